package io.github.assessmentkit.json;

import static io.github.assessmentkit.json.DocumentEdits.edit;
import static io.github.assessmentkit.json.DocumentEdits.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ladder's metric names what it measures (a percent its criterion, an indicator's percent its
 * indicator, points at least one criterion) and a condition made of parts has at least one part;
 * each lack is named at the property, as required.
 *
 * <p>The document is the example rubric: ladder {@code overall} on total points, award {@code mini}
 * with a gold tier of all of two conditions and a merit tier comparing points of 1 and 2.
 */
class MetricAndConditionPartsTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final String rubric =
      new String(Resources.bytes("examples/rubric-mini.json"), StandardCharsets.UTF_8);

  private List<Violation> refused(String document) {
    return refusal(() -> json.readRubric(document));
  }

  @Test
  void a_percent_or_indicator_percent_metric_without_what_it_measures_is_refused() {
    String percent =
        edit(
            rubric,
            "/ladders/0/metric",
            m -> {
              m.removeAll();
              m.put("type", "percent");
            });
    String indicator =
        edit(
            rubric,
            "/ladders/0/metric",
            m -> {
              m.removeAll();
              m.put("type", "indicator-percent");
            });

    List<Violation> a = refused(percent);
    List<Violation> b = refused(indicator);

    assertThat(a)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/ladders/0/metric/criterion", "value.required"));
    assertThat(a.get(0).message().get(Language.EN)).isEqualTo("criterion is required");
    assertThat(b)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/ladders/0/metric/indicator", "value.required"));
    assertThat(b.get(0).message().get(Language.TH)).isEqualTo("indicator ต้องระบุ");
  }

  @Test
  void a_points_metric_without_criteria_and_a_condition_without_parts_are_refused() {
    String noCriteria =
        edit(
            rubric, "/awards/0/tiers/1/condition/conditions/0/metric", m -> m.putArray("criteria"));
    String noParts = edit(rubric, "/awards/0/tiers/0/condition", c -> c.putArray("conditions"));

    assertThat(refused(noCriteria))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/awards/0/tiers/1/condition/conditions/0/metric/criteria", "value.required"));
    assertThat(refused(noParts))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/awards/0/tiers/0/condition/conditions", "value.required"));
  }
}
