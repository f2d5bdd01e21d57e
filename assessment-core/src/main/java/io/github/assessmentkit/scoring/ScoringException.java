package io.github.assessmentkit.scoring;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.text.Text;

/**
 * Thrown when a strategy cannot score a criterion as the rubric sets it up, for example the
 * holistic band strategy on an item without exactly one band-scale indicator.
 */
public class ScoringException extends AssessmentException {
  private static final long serialVersionUID = 1L;

  /** The criterion at fault. */
  private final String criterionId;

  /**
   * Creates the exception.
   *
   * @param criterionId the criterion at fault
   * @param message what is wrong
   */
  public ScoringException(String criterionId, Text message) {
    super(message);
    this.criterionId = criterionId;
  }

  /** {@return the criterion at fault} */
  public String criterionId() {
    return criterionId;
  }
}
