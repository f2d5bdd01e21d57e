package io.github.assessmentkit.validation;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.internal.AssessmentMessages;
import io.github.assessmentkit.text.Text;

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
   * @param report the report, with at least one violation
   */
  public InvalidAssessmentException(ValidationReport report) {
    super(summary(report));
    this.report = report;
  }

  private static Text summary(ValidationReport report) {
    Violation first = report.violations().get(0);
    return AssessmentMessages.invalidAssessment(
        report.violations().size(), first.path(), first.message());
  }

  /** {@return every violation found} */
  public ValidationReport report() {
    return report;
  }
}
