package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.text.Text;

/**
 * A leader paired with a learner in one criterion.
 *
 * @param criterionId the criterion
 * @param leader the leader, with its percent
 * @param learner the learner, with its percent
 * @param preference why this leader
 */
public record LearningPair(
    String criterionId,
    CriterionStanding leader,
    CriterionStanding learner,
    Preference preference) {
  /**
   * Creates the value, checking its components.
   *
   * @param criterionId the criterion
   * @param leader the leader
   * @param learner the learner
   * @param preference why this leader
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   */
  public LearningPair {
    Checks.notBlank(criterionId, "criterionId");
    Checks.notNull(leader, "leader");
    Checks.notNull(learner, "learner");
    Checks.notNull(preference, "preference");
  }

  /**
   * {@return the pair in words, for example "coop-1 (80.00 %) teaches coop-9 (30.00 %) in 1: same
   * province and same type; …"}
   */
  public Text explanation() {
    return CohortMessages.pair(
        criterionId,
        leader.subjectId(),
        leader.shownPercent().toPlainString(),
        learner.subjectId(),
        learner.shownPercent().toPlainString(),
        preference.reason());
  }
}
