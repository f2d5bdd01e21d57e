package io.github.assessmentkit.rubric;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.text.Text;

/** Thrown when a rubric is built with a structural error; the message names the node. */
public class InvalidRubricException extends AssessmentException {
  private static final long serialVersionUID = 1L;

  /** The id of the node at fault. */
  private final String nodeId;

  /**
   * Creates the exception.
   *
   * @param nodeId the id of the criterion, indicator, ladder or scheme at fault
   * @param message what is wrong, in Thai and English
   */
  public InvalidRubricException(String nodeId, Text message) {
    super(message);
    this.nodeId = nodeId;
  }

  /** {@return the id of the node at fault} */
  public String nodeId() {
    return nodeId;
  }
}
