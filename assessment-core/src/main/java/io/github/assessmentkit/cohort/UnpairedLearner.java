package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.text.Text;

/**
 * A learner left without a leader, and why.
 *
 * @param learner the learner, with its percent
 * @param noLeader true when no other organisation leads in the criterion; false when every leader
 *     already had as many learners as it takes
 */
public record UnpairedLearner(CriterionStanding learner, boolean noLeader) {
  /**
   * Creates the value, checking its components.
   *
   * @param learner the learner
   * @param noLeader whether there is no leader at all (else all are at capacity)
   * @throws io.github.assessmentkit.MissingValueException if the learner is null
   */
  public UnpairedLearner {
    Checks.notNull(learner, "learner");
  }

  /** {@return why it has no leader, in Thai and English} */
  public Text reason() {
    return noLeader ? CohortMessages.noLeader() : CohortMessages.leadersFull();
  }
}
