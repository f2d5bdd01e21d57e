package io.github.assessmentkit.cohort;

import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;

/**
 * A summary a cohort was given and did not take, with the reason: under {@link
 * Admission#FINAL_ONLY}, the summary of an assessment that is not final.
 *
 * @param subjectId the organisation
 * @param status the status of its summary
 * @param reason why it was left out, in Thai and English
 */
public record LeftOut(String subjectId, AssessmentStatus status, Text reason) {
  /**
   * Creates the value, checking its components.
   *
   * @param subjectId the organisation
   * @param status the status of its summary
   * @param reason why it was left out, in Thai and English
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   * @throws io.github.assessmentkit.InvalidValueException if {@code subjectId} is blank
   */
  public LeftOut {
    Checks.notBlank(subjectId, "subjectId");
    Checks.notNull(status, "status");
    Checks.notNull(reason, "reason");
  }
}
