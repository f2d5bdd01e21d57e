package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.Checks;
import java.util.List;

/**
 * A criterion's leaders and learners, and who teaches whom.
 *
 * <p>Leaders are the organisations at or above the leaders' percent, best first; learners those
 * below the learners' percent, the lowest first. Learners choose in that order, each taking the
 * first leader with room by {@link Preference}, then by the leader's place in the list; no leader
 * takes more learners than the capacity, and no organisation is paired with itself. The same cohort
 * gives the same pairs whatever the order of its summaries.
 *
 * @param rule the criterion, thresholds and capacity
 * @param leaders the leaders, highest percent first; equal percents in the overall ranking's order
 * @param learners the learners, lowest percent first; equal percents in the overall ranking's order
 * @param pairs one per paired learner, in the learners' order
 * @param unpaired the learners left without a leader, in the learners' order
 */
public record LearningExchange(
    ExchangeRule rule,
    List<CriterionStanding> leaders,
    List<CriterionStanding> learners,
    List<LearningPair> pairs,
    List<UnpairedLearner> unpaired) {
  /**
   * Creates the value, checking its components.
   *
   * @param rule the criterion, thresholds and capacity
   * @param leaders the leaders
   * @param learners the learners
   * @param pairs the pairs
   * @param unpaired the learners left without a leader
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   */
  public LearningExchange {
    Checks.notNull(rule, "rule");
    leaders = Checks.copy(leaders, "leaders");
    learners = Checks.copy(learners, "learners");
    pairs = Checks.copy(pairs, "pairs");
    unpaired = Checks.copy(unpaired, "unpaired");
  }

  /**
   * Lists the learners of one leader.
   *
   * @param leaderId the leader's subject id
   * @return its pairs, in the learners' order
   */
  public List<LearningPair> pairsOf(String leaderId) {
    return pairs.stream().filter(p -> p.leader().subjectId().equals(leaderId)).toList();
  }
}
