package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.Error;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Named conditions in rubric documents ({@code "type": "named"} with a name and the condition it
 * names) and their results in scorecard documents (a {@code name} beside the reason).
 */
class NamedConditionJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Text LEADERSHIP = Text.of("ด้านการนำ", "Leadership theme");
  private static final Text RESULTS = Text.en("Results theme");

  private final AssessmentJson json = AssessmentJson.standard();

  /**
   * The mini award with a scheme "themes": tier "led" holds when the leadership theme (category 1
   * at 40 % and category 2 at 50 %) or the results theme (item 2.1 at 75 %) holds.
   */
  private static Rubric themed() {
    return Rubric.from(MiniRubrics.award())
        .award(
            new AwardScheme(
                "themes",
                Text.en("Themes"),
                List.of(
                    new AwardTier(
                        "led",
                        Text.en("Led"),
                        Condition.anyOf(
                            Condition.named(
                                LEADERSHIP,
                                Condition.allOf(
                                    Condition.atLeast(Metric.percent("1"), 40),
                                    Condition.atLeast(Metric.percent("2"), 50))),
                            Condition.named(
                                RESULTS, Condition.atLeast(Metric.percent("2.1"), 75))))),
                Provenance.unverified(Text.en("test"), Text.en("test"))))
        .build();
  }

  /** 1.1 at 35 % (14.00), 1.2 at 55 % (11.00), 2.1 at 50 % (20.00). */
  private static Scorecard scored(Rubric rubric) {
    return Scorer.standard()
        .score(
            rubric,
            MiniRubrics.assessmentOf(rubric)
                .rating(Rating.of("1.1", 35))
                .rating(Rating.of("1.2", 55))
                .rating(Rating.of("2.1", 50))
                .build());
  }

  @Test
  void a_rubric_with_named_conditions_reads_back_equal_and_writes_the_same_bytes_again() {
    // given
    Rubric rubric = themed();

    // when
    String written = json.writeString(rubric);
    Rubric back = json.readRubric(written);

    // then
    assertThat(back).isEqualTo(rubric);
    assertThat(json.writeString(back)).isEqualTo(written);
    // and the named condition has its own type, its name in both languages and the condition
    JsonNode named = MAPPER.readTree(written).at("/awards/1/tiers/0/condition/conditions/0");
    assertThat(named.get("type").stringValue()).isEqualTo("named");
    assertThat(named.at("/name/th").stringValue()).isEqualTo("ด้านการนำ");
    assertThat(named.at("/name/en").stringValue()).isEqualTo("Leadership theme");
    assertThat(named.at("/condition/type").stringValue()).isEqualTo("all-of");
    assertThat(named.at("/condition/conditions")).hasSize(2);
    assertThat(named.properties())
        .extracting(e -> e.getKey())
        .containsExactly("type", "name", "condition");
  }

  @Test
  void a_scorecard_keeps_the_names_of_named_results_through_a_round_trip() {
    // given category 1 = 25.00 of 60 = 41.67 % ≥ 40 and category 2 = 20.00 of 40 = 50.00 % ≥ 50,
    // so the leadership theme holds; item 2.1 at 50.00 % is under 75, so the results theme fails
    Scorecard card = scored(themed());

    // when
    String written = json.writeString(card);
    Scorecard back = json.readScorecard(written);

    // then
    assertThat(back).isEqualTo(card);
    assertThat(json.writeString(back)).isEqualTo(written);
    List<ConditionResult> themes =
        back.award("themes").orElseThrow().checks().get(0).result().parts();
    assertThat(themes).extracting(ConditionResult::name).containsExactly(LEADERSHIP, RESULTS);
    assertThat(themes).extracting(ConditionResult::met).containsExactly(true, false);
    JsonNode result = MAPPER.readTree(written).at("/awards/1/checks/0/result/parts/0");
    assertThat(result.properties())
        .extracting(e -> e.getKey())
        .containsExactly("met", "name", "reason", "parts");
    assertThat(result.at("/reason/en").stringValue())
        .isEqualTo("Leadership theme: all conditions hold");
    // an unnamed result writes no name
    assertThat(MAPPER.readTree(written).at("/awards/1/checks/0/result").has("name")).isFalse();
  }

  @Test
  void named_conditions_and_their_results_conform_to_the_schemas() {
    // given
    Rubric rubric = themed();

    // when
    String rubricDoc = json.writeString(rubric);
    String scorecardDoc = json.writeString(scored(rubric));

    // then
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, rubricDoc)).isEmpty();
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, scorecardDoc)).isEmpty();
  }

  /** Writes the themed rubric, changes the object at a path, and gives the document back. */
  private String themedWith(String pointer, java.util.function.Consumer<ObjectNode> change) {
    JsonNode tree = MAPPER.readTree(json.writeString(themed()));
    change.accept((ObjectNode) tree.at(pointer));
    return MAPPER.writeValueAsString(tree);
  }

  @Test
  void the_schema_and_the_reader_both_refuse_a_named_condition_without_its_name() {
    // given the themed rubric with the name of the first theme taken out
    String nameless =
        themedWith("/awards/1/tiers/0/condition/conditions/0", named -> named.remove("name"));

    // when
    List<Error> schemaErrors = SchemaTest.errors(DocumentFormat.RUBRIC, nameless);
    Throwable thrown = catchThrowable(() -> json.readRubric(nameless));

    // then
    assertThat(schemaErrors)
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/awards/1/tiers/0/condition/conditions/0");
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("value.required");
              assertThat(v.path()).isEqualTo("/awards/1/tiers/0/condition/conditions/0/name");
              assertThat(v.message()).isEqualTo(Text.of("name ต้องระบุ", "name is required"));
            });
  }

  @Test
  void the_reader_refuses_a_named_condition_without_the_condition_it_names() {
    // given the second theme with its condition replaced by a field the format does not have
    String doc =
        themedWith(
            "/awards/1/tiers/0/condition/conditions/1",
            named -> {
              named.remove("condition");
              named.put("unused", true);
            });

    // when
    Throwable thrown = catchThrowable(() -> json.readRubric(doc));

    // then
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations())
        .extracting(v -> v.rule() + " " + v.path())
        .containsExactlyInAnyOrder(
            "value.required /awards/1/tiers/0/condition/conditions/1/condition",
            "json.unknown-field /awards/1/tiers/0/condition/conditions/1/unused");
  }
}
