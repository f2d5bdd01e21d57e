package io.github.assessmentkit.validation;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report tells errors from warnings: it is valid while it holds no error, throws only for errors,
 * and its exception counts and quotes the errors (the warnings only when there is no error).
 */
class ValidationReportTest {
  private static final Violation ERROR_AT_1 =
      new Violation("/ratings/1", "rule.a", "x", Text.of("ก", "first error"));
  private static final Violation WARNING_AT_2 =
      new Violation("/ratings/2", "rule.b", null, Text.of("ข", "a warning"), Severity.WARNING);
  private static final Violation ERROR_AT_3 =
      new Violation("/ratings/3", "rule.c", null, Text.of("ค", "second error"), "1.1");

  @Test
  void a_report_of_warnings_only_is_valid_and_does_not_throw() {
    ValidationReport report = new ValidationReport(List.of(WARNING_AT_2));

    assertThat(report.isValid()).isTrue();
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).containsExactly(WARNING_AT_2);
    assertThatCode(report::orThrow).doesNotThrowAnyException();
    assertThat(ValidationReport.VALID.isValid()).isTrue();
  }

  @Test
  void one_error_among_warnings_makes_a_report_invalid() {
    // given the error last, after a warning
    ValidationReport report = new ValidationReport(List.of(WARNING_AT_2, ERROR_AT_3));

    assertThat(report.isValid()).isFalse();
    assertThat(report.errors()).containsExactly(ERROR_AT_3);
    assertThat(report.warnings()).containsExactly(WARNING_AT_2);
  }

  @Test
  void the_exception_counts_the_errors_and_quotes_the_first() {
    // given 2 errors and 1 warning: 2 places, the first error at /ratings/1
    ValidationReport report = new ValidationReport(List.of(WARNING_AT_2, ERROR_AT_1, ERROR_AT_3));

    InvalidAssessmentException e =
        catchThrowableOfType(report::orThrow, InvalidAssessmentException.class);

    assertThat(e.report()).isSameAs(report);
    assertThat(e.getMessage())
        .isEqualTo("the assessment is invalid in 2 places; first: /ratings/1 first error");
    assertThat(e.text().th()).isEqualTo("การประเมินไม่ถูกต้อง 2 จุด; จุดแรก: /ratings/1 ก");
  }

  @Test
  void the_exception_of_a_report_without_errors_quotes_its_warnings() {
    InvalidAssessmentException e =
        new InvalidAssessmentException(new ValidationReport(List.of(WARNING_AT_2)));

    assertThat(e.getMessage())
        .isEqualTo("the assessment is invalid in 1 place; first: /ratings/2 a warning");
  }

  @Test
  void a_report_is_written_one_line_per_violation_warnings_marked() {
    ValidationReport report = new ValidationReport(List.of(ERROR_AT_1, WARNING_AT_2));

    assertThat(report.toString())
        .isEqualTo("/ratings/1 [rule.a] first error\n/ratings/2 [rule.b] (warning) a warning");
  }

  @Test
  void each_constructor_of_a_violation_fills_in_what_it_is_not_given() {
    assertThat(ERROR_AT_1.severity()).isEqualTo(Severity.ERROR);
    assertThat(ERROR_AT_1.isError()).isTrue();
    assertThat(ERROR_AT_1.indicator()).isEmpty();
    assertThat(WARNING_AT_2.isError()).isFalse();
    assertThat(WARNING_AT_2.indicator()).isEmpty();
    assertThat(ERROR_AT_3.severity()).isEqualTo(Severity.ERROR);
    assertThat(ERROR_AT_3.indicator()).contains("1.1");
  }

  @Test
  void a_violation_refuses_a_blank_rule_or_indicator() {
    assertThatThrownBy(() -> new Violation("", " ", null, Text.en("m")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Violation("", "r", null, Text.en("m"), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Violation("", "r", null, Text.en("m"), (Severity) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void validating_with_a_limit_keeps_the_first_violations_and_counts_the_rest() {
    // given three ratings of indicators the rubric lacks: 3 violations, at most 2 kept, 1 more
    Rubric rubric = MiniRubrics.checklist();
    Assessment a =
        assessmentOf(rubric)
            .rating(Rating.choice("X1", "yes"))
            .rating(Rating.choice("X2", "yes"))
            .rating(Rating.choice("X3", "yes"))
            .build();

    ValidationReport all = AssessmentValidator.validate(rubric, a);
    ValidationReport limited = AssessmentValidator.validate(rubric, a, 2);

    assertThat(all.violations()).hasSize(3);
    assertThat(limited.violations()).hasSize(3);
    assertThat(limited.violations().subList(0, 2)).isEqualTo(all.violations().subList(0, 2));
    Violation more = limited.violations().get(2);
    assertThat(more.rule()).isEqualTo(ValidationReport.TRUNCATED);
    assertThat(more.value()).isEqualTo("1");
    assertThat(more.isError()).isTrue();
    assertThat(AssessmentValidator.validate(rubric, a, 3)).isEqualTo(all);
    assertThatThrownBy(() -> AssessmentValidator.validate(rubric, a, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
