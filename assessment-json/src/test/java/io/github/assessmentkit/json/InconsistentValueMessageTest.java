package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * A value every part of which is well formed but which the model still refuses: the report gives
 * the model's own reason, in Thai and in English.
 */
class InconsistentValueMessageTest {
  private static final AssessmentJson JSON = AssessmentJson.standard();

  @Test
  void reading_reports_the_models_reason_in_thai_and_in_english() {
    // given evidence effective from 2023-09-30 to 2022-10-01, a range that ends before it starts
    byte[] bytes = Resources.bytes("bad/effective-period-reversed.json");

    // when
    Throwable thrown = catchThrowable(() -> JSON.readAssessment(bytes));

    // then
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    Violation v = ((JsonFormatException) thrown).report().violations().get(0);
    assertThat(v.path()).isEqualTo("/evidence/0");
    assertThat(v.rule()).isEqualTo("value.consistent");
    assertThat(v.message().en())
        .isEqualTo("date range ends (2022-10-01) before it starts (2023-09-30)");
    assertThat(v.message().th())
        .isEqualTo("ข้อมูลขัดแย้งกัน: ช่วงวันที่สิ้นสุด (2022-10-01) ก่อนวันเริ่มต้น (2023-09-30)");
  }

  @Test
  void validating_reports_the_models_reason_in_thai_too() {
    // given the same document, checked against a rubric
    Rubric rubric = JSON.readRubric(Resources.open("examples/rubric-mini.json"));
    byte[] bytes = Resources.bytes("bad/effective-period-reversed.json");

    // when
    ValidationReport report = JSON.validateAssessment(rubric, bytes);

    // then
    assertThat(report.violations())
        .anySatisfy(
            v -> {
              assertThat(v.path()).isEqualTo("/evidence/0");
              assertThat(v.rule()).isEqualTo("value.consistent");
              assertThat(v.message().th())
                  .isEqualTo(
                      "ข้อมูลขัดแย้งกัน: ช่วงวันที่สิ้นสุด (2022-10-01) ก่อนวันเริ่มต้น (2023-09-30)");
              assertThat(v.message().en())
                  .isEqualTo("date range ends (2022-10-01) before it starts (2023-09-30)");
            });
  }

  @Test
  void a_rubric_refusal_reports_the_models_reason_in_thai() {
    // given a rubric whose second band overlaps the first
    byte[] bytes = Resources.bytes("bad/rubric-bands-overlap.json");

    // when
    Throwable thrown = catchThrowable(() -> JSON.readRubric(bytes));

    // then the Thai reason is Thai, not the English one repeated
    Violation v = ((JsonFormatException) thrown).report().violations().get(0);
    assertThat(v.path()).isEqualTo("/criteria/0/children/0/indicators/0");
    assertThat(v.rule()).isEqualTo("value.consistent");
    assertThat(v.message().en()).isEqualTo("band 2 overlaps band 1");
    assertThat(v.message().th())
        .isEqualTo("ข้อมูลขัดแย้งกัน: ช่วงคะแนนที่ 2 ทับซ้อนกับช่วงคะแนนที่ 1");
  }
}
