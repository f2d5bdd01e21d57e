package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.Error;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Numeric scales in rubric documents: {@code "type": "numeric"} with a name, {@code min}, {@code
 * max} and an optional {@code step}.
 */
class NumericScaleJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String FIRST_SCALE = "/criteria/0/indicators/0/scale";

  private final AssessmentJson json = AssessmentJson.standard();

  /** Two controls of 50 points each: one scored 0 to 5 in half points, one marked 10 to 20. */
  private static Rubric rubric() {
    return Rubric.builder("numeric-test", "1")
        .title(Text.en("Numeric scales"))
        .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
        .totalPoints(100)
        .defaultStrategy(Strategies.POINTS_SUM)
        .criterion(
            Criterion.builder("1", Text.en("Controls"))
                .indicator(
                    Indicator.of(
                        "1.1",
                        Text.en("Policy approved"),
                        NumericScale.of(Text.of("คะแนน", "score"), 0, 5)
                            .withStep(new BigDecimal("0.5"))))
                .indicator(
                    Indicator.of(
                        "1.2", Text.en("Paper marked"), NumericScale.of(Text.en("marks"), 10, 20)))
                .build())
        .build();
  }

  @Test
  void a_rubric_with_numeric_scales_reads_back_equal_and_writes_the_same_bytes_again() {
    // given
    Rubric rubric = rubric();

    // when
    String written = json.writeString(rubric);
    Rubric back = json.readRubric(written);

    // then
    assertThat(back).isEqualTo(rubric);
    assertThat(json.writeString(back)).isEqualTo(written);
    // and the scale is written as its type, its name, min, max and the step when it has one
    assertThat(MAPPER.writeValueAsString(MAPPER.readTree(written).at(FIRST_SCALE)))
        .isEqualTo(
            "{\"type\":\"numeric\",\"name\":{\"th\":\"คะแนน\",\"en\":\"score\"},"
                + "\"min\":0,\"max\":5,\"step\":0.5}");
    assertThat(MAPPER.writeValueAsString(MAPPER.readTree(written).at(scale(1))))
        .isEqualTo("{\"type\":\"numeric\",\"name\":{\"en\":\"marks\"},\"min\":10,\"max\":20}");
  }

  @Test
  void a_rubric_with_numeric_scales_and_its_scorecard_conform_to_the_schemas() {
    // given 1.1 at 2.5 of 0-5 = 0.5 × 50 = 25.00; 1.2 at 15 of 10-20 = 5 / 10 = 0.5 × 50 = 25.00
    Rubric rubric = rubric();
    Assessment rated =
        Assessment.quick(
            rubric, Rating.of("1.1", RatingValue.of(new BigDecimal("2.5"))), Rating.of("1.2", 15));

    // when
    Scorecard card = Scorer.standard().score(rubric, rated);
    String scorecard = json.writeString(card);

    // then
    assertThat(card.total()).isEqualTo(new BigDecimal("50.00"));
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, json.writeString(rubric))).isEmpty();
    assertThat(SchemaTest.errors(DocumentFormat.ASSESSMENT, json.writeString(rated))).isEmpty();
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, scorecard)).isEmpty();
    assertThat(json.readScorecard(scorecard)).isEqualTo(card);
  }

  @Test
  void the_schema_and_the_reader_both_refuse_a_numeric_scale_without_its_maximum() {
    // given
    String doc = rubricWith(FIRST_SCALE, s -> s.remove("max"));

    // when
    List<Error> schemaErrors = SchemaTest.errors(DocumentFormat.RUBRIC, doc);
    Throwable thrown = catchThrowable(() -> json.readRubric(doc));

    // then
    assertThat(schemaErrors)
        .extracting(e -> e.getInstanceLocation().toString())
        .contains(FIRST_SCALE);
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations())
        .extracting(v -> v.rule() + " " + v.path())
        .containsExactly("value.required " + FIRST_SCALE + "/max");
  }

  @Test
  void the_schema_and_the_reader_both_refuse_a_step_of_zero() {
    // given
    String doc = rubricWith(FIRST_SCALE, s -> s.put("step", 0));

    // when
    List<Error> schemaErrors = SchemaTest.errors(DocumentFormat.RUBRIC, doc);
    Throwable thrown = catchThrowable(() -> json.readRubric(doc));

    // then
    assertThat(schemaErrors)
        .extracting(e -> e.getInstanceLocation().toString())
        .contains(FIRST_SCALE + "/step");
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations())
        .extracting(v -> v.rule() + " " + v.path())
        .containsExactly("value.positive " + FIRST_SCALE + "/step");
  }

  @Test
  void the_reader_refuses_a_minimum_not_below_the_maximum_with_the_scale_s_message() {
    // given min 5 and max 5, which the schema cannot compare
    String doc = rubricWith(FIRST_SCALE, s -> s.put("min", 5).remove("step"));

    // when
    Throwable thrown = catchThrowable(() -> json.readRubric(doc));

    // then the refusal names the indicator whose scale it is, as for every kind of scale
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("value.consistent");
              assertThat(v.path()).isEqualTo("/criteria/0/indicators/0");
              assertThat(v.message().get(Language.EN))
                  .isEqualTo("a numeric scale needs min below max, was min 5, max 5");
              assertThat(v.message().get(Language.TH))
                  .isEqualTo(
                      "ข้อมูลขัดแย้งกัน: มาตรวัดแบบตัวเลขต้องมี min น้อยกว่า max แต่ได้รับ min 5, max 5");
            });
  }

  private static String scale(int indicator) {
    return "/criteria/0/indicators/" + indicator + "/scale";
  }

  /** Writes the rubric, changes the object at a path, and gives the document back. */
  private String rubricWith(String pointer, Consumer<ObjectNode> change) {
    JsonNode tree = MAPPER.readTree(json.writeString(rubric()));
    change.accept((ObjectNode) tree.at(pointer));
    return MAPPER.writeValueAsString(tree);
  }
}
