package io.github.assessmentkit.scoring;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.internal.Messages;
import java.util.Collection;

/** Thrown when a rubric looked up is not registered; the message lists the known ones. */
public class UnknownRubricException extends AssessmentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param ref what was looked up
   * @param known the registered references
   */
  public UnknownRubricException(String ref, Collection<String> known) {
    super(Messages.unknownRubric(ref, known));
  }
}
