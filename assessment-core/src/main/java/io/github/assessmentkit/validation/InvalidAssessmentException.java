package io.github.assessmentkit.validation;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.internal.AssessmentMessages;
import io.github.assessmentkit.text.Text;
import java.util.List;

/**
 * Thrown instead of a scorecard when an assessment is not valid against its rubric. Carries the
 * whole report, so nothing found is lost.
 */
public class InvalidAssessmentException extends AssessmentException {
  private static final long serialVersionUID = 1L;

  /** The report. */
  private final transient ValidationReport report;

  /**
   * Creates the exception.
   *
   * @param report the report, with at least one violation; the summary counts and quotes its errors
   *     (its violations when it holds no error)
   */
  public InvalidAssessmentException(ValidationReport report) {
    super(summary(report));
    this.report = report;
  }

  private static Text summary(ValidationReport report) {
    List<Violation> errors = report.errors();
    List<Violation> counted = errors.isEmpty() ? report.violations() : errors;
    Violation first = counted.get(0);
    return AssessmentMessages.invalidAssessment(counted.size(), first.path(), first.message());
  }

  /** {@return every violation found} */
  public ValidationReport report() {
    return report;
  }
}
