package io.github.assessmentkit.validation;

import io.github.assessmentkit.assessment.Assessment;
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
}
