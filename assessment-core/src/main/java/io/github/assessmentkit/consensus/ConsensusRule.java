package io.github.assessmentkit.consensus;

/**
 * How a consensus is proposed from the values the assessors rated. Values are ordered from the one
 * earning least to the one earning most, as the indicator's scale orders them (see {@link Panel}).
 * Whatever the rule, the proposal never lies outside the range of the values rated, and it does not
 * depend on the order in which the assessments are given.
 *
 * <p>Thread-safe: an enum.
 */
public enum ConsensusRule {
  /**
   * The median step. With an odd count, the middle value. With an even count, the step halfway
   * between the two middle values on the scale; when halfway falls between two steps, the lower of
   * them. So on a band scale 40, 45, 60, 70 gives 50 (halfway from 45 to 60 among the allowed
   * percentages 45, 50, 55, 60), and 40, 45 gives 40, the lower of the two middles. The proposal
   * may be a value no assessor gave, but always one between the two middle values.
   */
  MEDIAN_STEP,

  /**
   * The lower middle. With an odd count, the middle value; with an even count, the lower of the two
   * middle values. Always a value an assessor gave: 40, 45, 60, 70 gives 45.
   */
  LOWER_MIDDLE,

  /**
   * The majority: the value rated most often, for choices such as levels or yes/partial/no (it
   * works on numbers too). A tie is broken toward the lower value: yes, yes, no, no gives no.
   */
  MAJORITY
}
