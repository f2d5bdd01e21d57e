package io.github.assessmentkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report keeps at most a given number of violations and counts the rest in one last entry. */
class ValidationReportLimitTest {
  private static Violation at(int i, Severity severity) {
    return new Violation("/ratings/" + i, "rule.x", null, Text.of("ผิด", "wrong"), null, severity);
  }

  private static ValidationReport report(int errors, int warnings) {
    List<Violation> all = new ArrayList<>();
    for (int i = 0; i < errors; i++) {
      all.add(at(i, Severity.ERROR));
    }
    for (int i = errors; i < errors + warnings; i++) {
      all.add(at(i, Severity.WARNING));
    }
    return new ValidationReport(all);
  }

  @Test
  void a_long_report_keeps_the_first_and_counts_the_rest() {
    // given 5 errors, at most 2 kept: 5 - 2 = 3 more
    ValidationReport limited = report(5, 0).limitedTo(2);

    assertThat(limited.violations()).hasSize(3);
    assertThat(limited.violations().subList(0, 2))
        .containsExactly(at(0, Severity.ERROR), at(1, Severity.ERROR));
    Violation more = limited.violations().get(2);
    assertThat(more.rule()).isEqualTo(ValidationReport.TRUNCATED).isEqualTo("report.truncated");
    assertThat(more.path()).isEmpty();
    assertThat(more.value()).isEqualTo("3");
    assertThat(more.message().en()).isEqualTo("and 3 more violations not shown");
    assertThat(more.message().th()).isEqualTo("และอีก 3 รายการที่ไม่ได้แสดง");
    assertThat(more.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void a_short_report_is_kept_as_it_is() {
    ValidationReport two = report(2, 0);
    assertThat(two.limitedTo(2)).isSameAs(two);
  }

  @Test
  void the_count_of_warnings_left_out_is_a_warning() {
    // given 1 error then 3 warnings, at most 1 kept: the 3 left out are warnings
    ValidationReport limited = report(1, 3).limitedTo(1);

    assertThat(limited.violations().get(1).severity()).isEqualTo(Severity.WARNING);
    assertThat(limited.violations().get(1).value()).isEqualTo("3");
    assertThat(report(0, 3).limitedTo(1).isValid()).isTrue();
  }

  @Test
  void shortening_a_shortened_report_adds_to_its_count() {
    // given 6 errors cut to 4 (2 more), then to 2: 2 + 2 = 4 more
    ValidationReport twice = report(6, 0).limitedTo(4).limitedTo(2);

    assertThat(twice.violations()).hasSize(3);
    assertThat(twice.violations().get(2).value()).isEqualTo("4");
  }

  @Test
  void a_limit_below_one_is_refused() {
    assertThatThrownBy(() -> report(1, 0).limitedTo(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
