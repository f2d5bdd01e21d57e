package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.testing.StandardRubrics;
import io.github.assessmentkit.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gates, rung conditions, a scheme's own none-reached outcome, indicator metrics and conditions and
 * indicators that forbid not applicable, in rubric documents; the gated level in scorecard
 * documents. Every new property is optional and left out at its default, so documents without them
 * stay as they were.
 */
class GatesJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();

  /**
   * The gated standard of {@link StandardRubrics} with one more rung condition: excellent also
   * needs S3.2 at 100 % of its points, undecided when S3.2 has no value.
   */
  private static Rubric everything() {
    Ladder gated = StandardRubrics.grades().withGates(StandardRubrics.NO_DEFICIENCY);
    List<Rung> rungs = new ArrayList<>(gated.rungs());
    rungs.set(
        0,
        rungs
            .get(0)
            .withConditions(
                Condition.atLeast(Metric.indicatorPercent("S3.2"), 100)
                    .whenNotApplicable(WhenNotApplicable.UNDECIDED)));
    return StandardRubrics.standard(
        new Ladder(
            gated.id(), gated.title(), gated.metric(), rungs, gated.provenance(), gated.gates()),
        StandardRubrics.yesNo("S3.1").withNotApplicableAllowed(false));
  }

  @Test
  void a_rubric_with_gates_reads_back_equal_and_writes_the_same_bytes_again() {
    // given
    Rubric rubric = everything();

    // when
    String written = json.writeString(rubric);
    Rubric back = json.readRubric(written);

    // then
    assertThat(written)
        .contains("\"notApplicableAllowed\": false")
        .contains(
            "\"conditions\": [\n"
                + "            {\n"
                + "              \"type\": \"compare\",\n"
                + "              \"metric\": {\n"
                + "                \"type\": \"indicator-percent\",\n"
                + "                \"indicator\": \"S3.2\"\n"
                + "              },")
        .contains(
            "\"gates\": [\n"
                + "        {\n"
                + "          \"name\": {\n"
                + "            \"th\": \"ไม่มีข้อบกพร่องค้าง\",\n"
                + "            \"en\": \"No unresolved deficiency\"\n"
                + "          },\n"
                + "          \"condition\": {\n"
                + "            \"type\": \"rated-with\",\n"
                + "            \"indicator\": \"S3.1\",\n"
                + "            \"code\": \"yes\"\n"
                + "          },\n"
                + "          \"atMost\": \"fail\"\n"
                + "        }\n"
                + "      ],")
        .contains(
            "\"noneReached\": {\n        \"th\": \"ไม่ผ่าน\",\n        \"en\": \"fail\"\n      },");
    assertThat(back).isEqualTo(rubric);
    assertThat(back.ladders()).isEqualTo(rubric.ladders());
    assertThat(back.awards()).isEqualTo(rubric.awards());
    assertThat(back.indicator("S3.1").orElseThrow().notApplicableAllowed()).isFalse();
    assertThat(json.writeString(back)).isEqualTo(written);
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, written)).isEmpty();
  }

  @Test
  void a_rubric_without_them_carries_none_of_the_new_properties() {
    String written = json.writeString(MiniRubrics.award());
    assertThat(written)
        .doesNotContain("notApplicableAllowed")
        .doesNotContain("\"gates\"")
        .doesNotContain("noneReached")
        .doesNotContain("rated-with")
        .doesNotContain("indicator-percent");
  }

  @Test
  void a_gated_scorecard_reads_back_equal() {
    // given S3.1 answered no: 30 + 30 + 0 + 20 = 80.00, very good by its bound, fail by the gate
    Rubric rubric = everything();
    Scorecard card =
        Scorer.standard()
            .score(
                rubric,
                MiniRubrics.assessmentOf(rubric)
                    .rating(Rating.choice("S1.1", "yes"))
                    .rating(Rating.choice("S1.2", "yes"))
                    .rating(Rating.choice("S3.1", "no"))
                    .rating(Rating.choice("S3.2", "yes"))
                    .build());

    // when
    String written = json.writeString(card);
    Scorecard back = json.readScorecard(written);

    // then
    assertThat(written)
        .contains(
            "total points = 80.00 ≥ 80; at most fail by gate No unresolved deficiency:"
                + " indicator S3.1 rated no, not yes as required");
    assertThat(back).isEqualTo(card);
    assertThat(back.level("grade").orElseThrow().rungId()).isEqualTo("fail");
    assertThat(back.award("standard").orElseThrow().awarded()).isFalse();
    assertThat(json.writeString(back)).isEqualTo(written);
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, written)).isEmpty();
  }

  private List<Violation> refused(String document) {
    Throwable thrown = catchThrowable(() -> json.readRubric(document));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return ((JsonFormatException) thrown).report().violations();
  }

  @Test
  void a_rated_with_condition_without_a_code_is_refused_at_its_place() {
    String broken = json.writeString(everything()).replace("\"code\": \"yes\"", "\"cod\": \"yes\"");

    assertThat(refused(broken))
        .extracting(Violation::path)
        .contains("/ladders/0/gates/0/condition/code", "/ladders/0/gates/0/condition/cod");
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, broken)).isNotEmpty();
  }

  @Test
  void a_gate_at_a_rung_the_ladder_lacks_is_refused_at_its_ladder() {
    String broken =
        json.writeString(everything()).replace("\"atMost\": \"fail\"", "\"atMost\": \"gold\"");

    List<Violation> violations = refused(broken);
    assertThat(violations).extracting(Violation::path).containsExactly("/ladders/0");
    assertThat(violations.get(0).message().get(io.github.assessmentkit.text.Language.EN))
        .contains("ladder grade has no rung gold");
  }

  @Test
  void a_gate_without_a_condition_and_a_non_boolean_declaration_are_refused_with_pointers() {
    String written = json.writeString(everything());
    String noCondition =
        written.replace(
            "          \"condition\": {\n"
                + "            \"type\": \"rated-with\",\n"
                + "            \"indicator\": \"S3.1\",\n"
                + "            \"code\": \"yes\"\n"
                + "          },\n",
            "");
    String notBoolean =
        written.replace("\"notApplicableAllowed\": false", "\"notApplicableAllowed\": \"no\"");

    assertThat(refused(noCondition))
        .extracting(Violation::path)
        .contains("/ladders/0/gates/0/condition");
    assertThat(refused(notBoolean))
        .extracting(Violation::path)
        .contains("/criteria/1/indicators/0/notApplicableAllowed");
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, noCondition)).isNotEmpty();
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, notBoolean)).isNotEmpty();
  }

  @Test
  void a_gate_on_an_indicator_the_rubric_lacks_is_refused_at_its_ladder() {
    String broken =
        json.writeString(everything())
            .replace(
                "\"indicator\": \"S3.1\",\n            \"code\"",
                "\"indicator\": \"S9.9\",\n            \"code\"");

    List<Violation> violations = refused(broken);
    assertThat(violations).extracting(Violation::path).containsExactly("/ladders/0");
    assertThat(violations.get(0).message().get(io.github.assessmentkit.text.Language.EN))
        .isEqualTo("'grade/fail' refers to indicator 'S9.9', which the rubric lacks");
  }
}
