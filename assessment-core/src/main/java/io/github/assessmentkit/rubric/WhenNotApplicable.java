package io.github.assessmentkit.rubric;

/**
 * What a ladder rung or an award condition decides when the metric it reads does not apply: the
 * criterion it names was excluded as not applicable (every indicator under it was rated not
 * applicable, or it lies under a criterion that was), or nothing at all applies for a total. Not
 * applicable is never a number, so the rung or condition cannot compare it with its bound; it
 * follows the rule it declares instead, and its reason says so. Thread-safe: an enum.
 *
 * <p>The default, {@link #FAILS}, keeps what rubrics written before this rule decided: a node that
 * does not apply used to read as 0, which fails every bound above 0. (Only a bound of 0 with {@code
 * ≥}, which every value meets, decides differently: it now fails on a node that does not apply.)
 *
 * <p>How the rule combines in {@link Condition#allOf all-of} and {@link Condition#anyOf any-of}:
 * all-of fails when some part fails, else is undecided when some part is undecided, else holds;
 * any-of holds when some part holds, else is undecided when some part is undecided, else fails. A
 * {@link Condition.RungReached} condition on a ladder that was undecided is itself undecided. An
 * award scheme stops at its first tier, from the top, that is met or undecided: a lower tier is not
 * given while a higher one is undecided.
 */
public enum WhenNotApplicable {
  /**
   * The condition holds (the rung is reached): for a rule that only forbids something found under
   * the criterion, as in "no fraud found", where a criterion that does not apply finds nothing.
   */
  HOLDS,
  /**
   * The condition fails (the rung is not reached, the ladder goes on down): for a rule that asks
   * the criterion to show something. The default.
   */
  FAILS,
  /**
   * The whole decision is undecided: the ladder places the assessment on no rung, and the award
   * scheme grants no tier, until a person decides; the reason says which criterion did not apply.
   */
  UNDECIDED
}
