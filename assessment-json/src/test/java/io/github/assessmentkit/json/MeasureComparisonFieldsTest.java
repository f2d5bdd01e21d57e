package io.github.assessmentkit.json;

import static io.github.assessmentkit.json.DocumentEdits.refusal;
import static io.github.assessmentkit.json.DocumentEdits.withUnknownField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Comparison;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A measure's comparison reads back equal and refuses a field the format does not know. */
class MeasureComparisonFieldsTest {
  private final AssessmentJson json = AssessmentJson.standard();

  private final Assessment compared =
      PlanRubrics.in(PlanSamples.RUBRIC, 2565)
          .measure(
              new Measure(
                      "savings",
                      Text.en("savings growth"),
                      "%",
                      Direction.HIGHER_IS_BETTER,
                      new BigDecimal("5"),
                      List.of(
                          new Observation(FiscalYear.ofBuddhistEra(2565), new BigDecimal("4.6"))))
                  .withComparisons(
                      new Comparison(
                          "province",
                          Text.of("ค่าเฉลี่ยจังหวัด", "provincial average"),
                          new BigDecimal("4.8"))))
          .build();

  @Test
  void a_comparison_reads_back_equal_and_refuses_a_field_it_does_not_know() {
    String written = json.writeString(compared);

    assertThat(json.readAssessment(written)).isEqualTo(compared);
    assertThat(
            refusal(
                () -> json.readAssessment(withUnknownField(written, "/measures/0/comparisons/0"))))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/measures/0/comparisons/0/extra", "json.unknown-field"));
  }
}
