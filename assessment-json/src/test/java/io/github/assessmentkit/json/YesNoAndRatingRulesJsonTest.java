package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.Error;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.RatingRules;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.AssessmentValidator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code yes-no} scale, written as its type alone, and a rubric's {@code ratingRules}: an array
 * of objects naming an indicator or criterion ({@code node}) and the percents above which a rating
 * needs evidence, a strength or an opportunity for improvement.
 */
class YesNoAndRatingRulesJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final AssessmentJson json = AssessmentJson.standard();

  /** Two pass/fail checks of 50 points each; evidence for anything above 0 %. */
  private static Rubric rubric() {
    return Rubric.builder("yes-no-test", "1")
        .title(Text.en("Pass or fail"))
        .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
        .totalPoints(100)
        .defaultStrategy(Strategies.POINTS_SUM)
        .criterion(
            Criterion.builder("1", Text.en("Records"))
                .indicator(
                    Indicator.of("1.1", Text.en("Accounts audited on time"), YesNoScale.STANDARD))
                .indicator(
                    Indicator.of("1.2", Text.en("Meeting held on time"), YesNoScale.STANDARD))
                .build())
        .ratingRules("1", RatingRules.NONE.evidenceAbove(0))
        .ratingRules("1.2", RatingRules.NONE.strengthsAbove(50).improvementsAbove(0))
        .build();
  }

  @Test
  void a_rubric_with_yes_no_scales_and_rating_rules_reads_back_equal_and_writes_the_same_bytes() {
    // given
    Rubric rubric = rubric();

    // when
    String written = json.writeString(rubric);
    Rubric back = json.readRubric(written);

    // then
    assertThat(back).isEqualTo(rubric);
    assertThat(json.writeString(back)).isEqualTo(written);
    JsonNode tree = MAPPER.readTree(written);
    assertThat(MAPPER.writeValueAsString(tree.at("/criteria/0/indicators/0/scale")))
        .isEqualTo("{\"type\":\"yes-no\"}");
    assertThat(MAPPER.writeValueAsString(tree.at("/ratingRules")))
        .isEqualTo(
            "[{\"node\":\"1\",\"evidenceAbove\":0},"
                + "{\"node\":\"1.2\",\"strengthsAbove\":50,\"improvementsAbove\":0}]");
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, written)).isEmpty();
  }

  @Test
  void a_rubric_without_rating_rules_writes_no_rating_rules_property() {
    // when / then: documents written before keep their bytes
    assertThat(json.writeString(MiniRubrics.award())).doesNotContain("ratingRules");
  }

  @Test
  void rules_read_from_json_are_applied_by_validation() {
    // given 1.1 rated yes without evidence, 1.2 rated no
    Rubric rubric = json.readRubric(json.writeString(rubric()));
    Assessment a =
        Assessment.quick(rubric, Rating.choice("1.1", "yes"), Rating.choice("1.2", "no"));

    // when / then: yes earns 100 % > 0 %, so it needs evidence; no earns 0 %
    assertThat(AssessmentValidator.validate(rubric, a).violations())
        .extracting(v -> v.rule() + " " + v.path())
        .containsExactly("rating.evidence-required /ratings/0/evidence");
  }

  @Test
  void the_schema_and_the_reader_both_refuse_partial_credit_on_a_yes_no_scale() {
    // given
    String doc = rubricWith("/criteria/0/indicators/0/scale", s -> s.put("partialCredit", 0.5));

    // when
    List<Error> schemaErrors = SchemaTest.errors(DocumentFormat.RUBRIC, doc);
    Throwable thrown = catchThrowable(() -> json.readRubric(doc));

    // then
    assertThat(schemaErrors).isNotEmpty();
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations())
        .extracting(v -> v.path())
        .containsExactly("/criteria/0/indicators/0/scale/partialCredit");
  }

  @Test
  void the_schema_and_the_reader_both_refuse_a_rule_of_100_percent() {
    // given
    String doc = rubricWith("/ratingRules/0", r -> r.put("evidenceAbove", 100));

    // when
    List<Error> schemaErrors = SchemaTest.errors(DocumentFormat.RUBRIC, doc);
    Throwable thrown = catchThrowable(() -> json.readRubric(doc));

    // then
    assertThat(schemaErrors)
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/ratingRules/0/evidenceAbove");
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("value.below-100");
              assertThat(v.path()).isEqualTo("/ratingRules/0/evidenceAbove");
              assertThat(v.message().get(Language.EN)).isEqualTo("evidenceAbove must be below 100");
              assertThat(v.message().get(Language.TH)).endsWith("ต้องน้อยกว่า 100");
            });
  }

  @Test
  void the_schema_and_the_reader_both_refuse_a_node_id_with_a_trailing_space() {
    // given
    String doc = rubricWith("/ratingRules/1", r -> r.put("node", "1.2 "));

    // when
    List<Error> schemaErrors = SchemaTest.errors(DocumentFormat.RUBRIC, doc);
    Throwable thrown = catchThrowable(() -> json.readRubric(doc));

    // then
    assertThat(schemaErrors)
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/ratingRules/1/node");
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations())
        .extracting(v -> v.rule() + " " + v.path())
        .containsExactly("value.identifier-space /ratingRules/1/node");
  }

  @Test
  void the_reader_refuses_rules_for_an_id_the_rubric_lacks_with_the_rubrics_message() {
    // given
    String doc = rubricWith("/ratingRules/1", r -> r.put("node", "9.9"));

    // when
    Throwable thrown = catchThrowable(() -> json.readRubric(doc));

    // then
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/ratingRules/1");
              assertThat(v.message().get(Language.EN))
                  .contains(
                      "rating rules are declared for '9.9', which is neither an indicator"
                          + " nor a criterion of the rubric");
            });
  }

  /** Writes the rubric, changes the object at a path, and gives the document back. */
  private String rubricWith(String pointer, Consumer<ObjectNode> change) {
    JsonNode tree = MAPPER.readTree(json.writeString(rubric()));
    change.accept((ObjectNode) tree.at(pointer));
    return MAPPER.writeValueAsString(tree);
  }
}
