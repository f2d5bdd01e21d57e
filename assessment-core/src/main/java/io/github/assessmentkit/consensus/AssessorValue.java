package io.github.assessmentkit.consensus;

import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What one assessor gave one indicator in their individual assessment.
 *
 * @param assessorId the assessor, the one listed in the assessment
 * @param assessmentId the individual assessment
 * @param state the value, not applicable or unknown; {@code null} when the assessment has no rating
 *     of the indicator (not rated)
 */
public record AssessorValue(String assessorId, String assessmentId, @Nullable RatingState state) {
  /**
   * Creates the value, checking its components.
   *
   * @param assessorId the assessor
   * @param assessmentId the individual assessment
   * @param state the state, or {@code null} when not rated
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if an id is blank
   */
  public AssessorValue {
    Checks.notBlank(assessorId, "assessorId");
    Checks.notBlank(assessmentId, "assessmentId");
  }

  /** {@return whether the assessor rated a value on the scale} */
  public boolean isRated() {
    return States.value(state).isPresent();
  }

  /** {@return whether the assessor found the indicator not applicable} */
  public boolean isNotApplicable() {
    return States.notApplicable(state).isPresent();
  }
}
