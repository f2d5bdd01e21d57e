package io.github.assessmentkit.scoring;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.internal.Messages;

/** Thrown when the same {@code id@version} is registered twice. */
public class DuplicateRubricException extends AssessmentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param ref the repeated {@code id@version}
   */
  public DuplicateRubricException(String ref) {
    super(Messages.duplicateRubric(ref));
  }
}
