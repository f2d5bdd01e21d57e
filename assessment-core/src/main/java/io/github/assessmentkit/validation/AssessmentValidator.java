package io.github.assessmentkit.validation;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.validation.internal.AssessmentRules;

/**
 * Checks an assessment against its rubric and returns every violation at once. Pure and
 * thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = AssessmentValidator.validate(rubric, assessment);
 * if (!report.isValid()) {
 *   report.violations().forEach(v -> System.out.println(v.path() + ": " + v.message().get(Language.TH)));
 * }
 * }</pre>
 */
public final class AssessmentValidator {
  private AssessmentValidator() {}

  /**
   * Validates an assessment against a rubric.
   *
   * @param rubric the rubric the assessment answers
   * @param assessment the assessment
   * @return every violation, in document order
   */
  public static ValidationReport validate(Rubric rubric, Assessment assessment) {
    return new ValidationReport(AssessmentRules.check(rubric, assessment, i -> i));
  }

  /**
   * Validates an assessment against a rubric, keeping at most {@code maxViolations} violations: the
   * rest are only counted, in one last {@link ValidationReport#TRUNCATED} entry, so that an
   * assessment with a great many faults does not hold a message for each.
   *
   * @param rubric the rubric the assessment answers
   * @param assessment the assessment
   * @param maxViolations the most violations kept; 1 or more
   * @return the first violations, in document order, and the count of the rest
   * @throws IllegalArgumentException if {@code maxViolations} is below 1
   */
  public static ValidationReport validate(Rubric rubric, Assessment assessment, int maxViolations) {
    Checks.positive(maxViolations, "maxViolations");
    return new ValidationReport(AssessmentRules.check(rubric, assessment, i -> i, maxViolations));
  }
}
