package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.history.FlagRule;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.history.HistoryRules;
import io.github.assessmentkit.history.Plaque;
import io.github.assessmentkit.history.TrendDirection;
import io.github.assessmentkit.json.internal.Obj;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A history as JSON: written, read back equal (series with a break, directions, plaques and flags),
 * conforming to its schema, and refused with the place and rule when a field is missing or wrong.
 */
class HistoryJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private static final Rubric V1 = MiniRubrics.award();

  /** Version 2: item 2.1 split into 2.1a and 2.1b, 20 points each. */
  private static final Rubric V2 =
      Rubric.from(V1)
          .version("2")
          .remove("2.1")
          .add("2", item("2.1a"))
          .add("2", item("2.1b"))
          .build();

  private static Criterion item(String id) {
    return Criterion.builder(id, Text.en("Item " + id))
        .points(20)
        .indicator(MiniRubrics.band(id))
        .build();
  }

  private static Assessment year(Rubric rubric, int be, String... ratings) {
    Assessment base = MiniRubrics.assessmentOf(rubric).build();
    AssessmentBuilder b =
        Assessment.builder("a-" + be, base.subject(), rubric.ref(), FiscalYear.ofBuddhistEra(be));
    for (String r : ratings) {
      String[] pair = r.split("=");
      b.rating(Rating.of(pair[0], Integer.parseInt(pair[1])));
    }
    return b.build();
  }

  /**
   * Totals 0.4a + 0.2b + 0.4c (2.1a and 2.1b 0.2 each): 2563 30, 2564 58 (gold), 2565 38 (no award,
   * 2.1 unrated: coverage 2 of 3), 2566 on version 2: 28 + 14 + 10 + 10 = 62 (gold).
   */
  static History history() {
    MigrationMapping mapping =
        MigrationMapping.between(V1.ref(), V2.ref()).split("2.1", "2.1a", "2.1b").build();
    return History.builder(
            HistoryRules.defaults("mini-award")
                .withPlaques(
                    List.of(
                        Plaque.award("gold", Text.of("โล่ทอง", "Gold plaque"), "mini", "gold"))))
        .rubric(V1)
        .rubric(V2)
        .correspondence(mapping.correspondence(V1, V2))
        .assessment(year(V1, 2565, "1.1=50", "1.2=30"))
        .assessment(year(V2, 2566, "1.1=70", "1.2=70", "2.1a=50", "2.1b=50"))
        .assessment(year(V1, 2563, "1.1=30", "1.2=30", "2.1=30"))
        .assessment(year(V1, 2564, "1.1=70", "1.2=50", "2.1=50"))
        .build();
  }

  private static List<Violation> refusal(Runnable read) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, read::run);
    assertThat(e).isNotNull();
    return e.report().violations();
  }

  @Test
  void a_history_reads_back_equal_from_a_string_bytes_and_a_stream() {
    History h = history();

    String text = json.writeString(h);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(h, bytes);

    assertThat(json.readHistory(text)).isEqualTo(h);
    assertThat(json.readHistory(bytes.toByteArray())).isEqualTo(h);
    assertThat(json.readHistory(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(h);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void the_document_holds_the_break_the_directions_and_the_flags() {
    History h = history();

    // the split item's halves start in 2566 with a break; 2.1 ends there
    assertThat(h.node("2.1a").orElseThrow().points().get(3).breakBefore()).isTrue();
    assertThat(h.node("2.1").orElseThrow().trend().direction()).isEqualTo(TrendDirection.TOO_SHORT);
    assertThat(h.flags())
        .extracting(f -> f.year().buddhistEra(), f -> f.rule())
        .contains(
            tuple(2564, FlagRule.PLAQUE_WON),
            tuple(2565, FlagRule.PLAQUE_LOST),
            tuple(2565, FlagRule.COVERAGE_FELL),
            tuple(2566, FlagRule.PLAQUE_REGAINED));
    JsonNode doc = JsonMapper.builder().build().readTree(json.writeString(h));
    assertThat(doc.get("format").stringValue()).isEqualTo("assessmentkit/history");
    // the node order: total, 1, 1.1, 1.2, 2, 2.1a, 2.1b, then 2.1; 2.1a's 2566 point
    JsonNode point = doc.at("/nodes/5/points/3");
    assertThat(point.get("fiscalYear").intValue()).isEqualTo(2566);
    assertThat(point.get("nodeId").stringValue()).isEqualTo("2.1a");
    assertThat(point.get("percent").decimalValue()).isEqualByComparingTo("50.00");
    assertThat(point.get("breakBefore").booleanValue()).isTrue();
    assertThat(point.has("change")).isFalse();
    JsonNode last = doc.at("/flags/" + (h.flags().size() - 1));
    assertThat(last.get("rule").stringValue()).isEqualTo("plaque-regained");
    assertThat(last.get("about").stringValue()).isEqualTo("gold");
  }

  @Test
  void what_the_writer_produces_conforms_to_the_schema() {
    assertThat(SchemaTest.errors(DocumentFormat.HISTORY, json.writeString(history()))).isEmpty();
  }

  @Test
  void the_schema_and_the_reader_refuse_a_flag_with_an_unknown_rule() {
    String text = json.writeString(history()).replace("\"plaque-regained\"", "\"plaque-kept\"");

    assertThat(SchemaTest.errors(DocumentFormat.HISTORY, text)).isNotEmpty();
    assertThat(refusal(() -> json.readHistory(text)))
        .extracting(Violation::rule, Violation::value)
        .containsExactly(tuple("value.one-of", "plaque-kept"));
  }

  @Test
  void a_missing_field_is_named_by_its_pointer() {
    String text = json.writeString(history()).replaceFirst(",\\s*\"breakBefore\": false", "");

    assertThat(SchemaTest.errors(DocumentFormat.HISTORY, text)).isNotEmpty();
    assertThat(refusal(() -> json.readHistory(text)))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/nodes/0/points/0/breakBefore", "value.required"));
  }

  @Test
  void a_trend_the_model_refuses_is_reported_at_the_trend() {
    // a too-short trend with a slope
    String text =
        json.writeString(history())
            .replaceFirst(
                "\"direction\": \"too-short\"", "\"direction\": \"too-short\", \"slope\": 1.00");

    assertThat(refusal(() -> json.readHistory(text)))
        .extracting(Violation::path)
        .singleElement()
        .asString()
        .matches("/nodes/\\d+/trend");
  }

  @Test
  void every_flag_rule_is_written_under_its_id() {
    for (FlagRule r : FlagRule.values()) {
      assertThat(Obj.jsonName(r)).isEqualTo(r.id());
    }
  }
}
