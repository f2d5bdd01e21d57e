package io.github.assessmentkit.rubric;

import io.github.assessmentkit.text.Text;

/**
 * The parts of a node do not add up to its points: the one build error whose expected value a
 * derived rubric may owe to its base, which {@link RubricBuilder#build()} then names.
 */
final class PointsMismatchException extends InvalidRubricException {
  private static final long serialVersionUID = 1L;

  PointsMismatchException(String nodeId, Text message) {
    super(nodeId, message);
  }
}
