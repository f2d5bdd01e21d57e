package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.json.GoldenVectorReport.Mismatch;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden vectors: the document format, the check of a rubric against them and its report.
 *
 * <p>The rubric is the mini award rubric (holistic band: an item earns its percentage of its
 * points) with one scheme more, "themed", whose one tier "star" holds when either named theme does:
 * Leadership theme (category 1 at least 60 %) or Results theme (category 2 at least 60 %). The
 * assessment rates 1.1 70 %, 1.2 50 %, 2.1 40 %, so: 1.1 70 % x 40 = 28.00, 1.2 50 % x 20 = 10.00,
 * category 1 = 38.00 of 60 = 63.333.. -> 63.33 %; 2.1 40 % x 40 = 16.00, category 2 = 16.00 of 40 =
 * 40.00 %; total 38 + 16 = 54.00 of 100 = 54.00 %. Ladder "overall": 54 > 40, good. Award "mini":
 * 54 > 50, gold. Award "themed": category 1 63.33 >= 60 holds, category 2 40 < 60 fails, star, with
 * the Leadership theme held.
 */
class GoldenVectorsTest {
  private static final Text LEADERSHIP = Text.of("ด้านผู้นำ", "Leadership theme");
  private static final Text RESULTS = Text.of("ด้านผลลัพธ์", "Results theme");

  private final AssessmentJson json = AssessmentJson.standard();
  private final Rubric rubric =
      Rubric.from(MiniRubrics.award())
          .award(
              new AwardScheme(
                  "themed",
                  Text.en("Themed award"),
                  List.of(
                      new AwardTier(
                          "star",
                          Text.en("Star"),
                          Condition.anyOf(
                              Condition.named(
                                  LEADERSHIP, Condition.atLeast(Metric.percent("1"), 60)),
                              Condition.named(
                                  RESULTS, Condition.atLeast(Metric.percent("2"), 60))))),
                  Provenance.unverified(Text.en("test"), Text.en("test"))))
          .build();

  private Assessment assessment() {
    return MiniRubrics.assessmentOf(rubric)
        .rating(Rating.of("1.1", 70))
        .rating(Rating.of("1.2", 50))
        .rating(Rating.of("2.1", 40))
        .build();
  }

  /** Every number worked out in the class comment. */
  private GoldenVector vector(String category1Earned) {
    Map<String, GoldenVector.NodeValues> nodes = new LinkedHashMap<>();
    nodes.put(
        "1",
        new GoldenVector.NodeValues(
            new BigDecimal(category1Earned), null, new BigDecimal("63.33"), null));
    nodes.put("2", new GoldenVector.NodeValues(new BigDecimal("16.00"), null, null, true));
    Map<String, GoldenVector.Award> awards = new LinkedHashMap<>();
    awards.put("mini", new GoldenVector.Award("gold", null));
    awards.put("themed", new GoldenVector.Award("star", List.of(LEADERSHIP)));
    return new GoldenVector(
        "strong-leadership",
        Text.of("ผู้นำเข้มแข็ง", "Strong leadership"),
        assessment(),
        null,
        new GoldenVector.Expected(
            new BigDecimal("54.00"),
            new BigDecimal("54.00"),
            nodes,
            Map.of(
                "1.1",
                new GoldenVector.IndicatorValues(
                    new BigDecimal("28.00"), new BigDecimal("40.00"), IndicatorStatus.RATED)),
            Map.of("overall", "good"),
            awards));
  }

  @Test
  void a_vector_written_reads_back_equal_and_writes_the_same_bytes() {
    // given
    GoldenVector v = vector("38.00");

    // when
    String written = json.writeString(v);
    GoldenVector again = json.readGoldenVector(written);

    // then
    assertThat(again).isEqualTo(v);
    assertThat(json.writeString(again)).isEqualTo(written);
    assertThat(written)
        .startsWith(
            "{\n  \"format\": \"assessmentkit/golden-vector\",\n  \"formatVersion\": 1,\n"
                + "  \"id\": \"strong-leadership\",")
        .contains("\"tier\": \"gold\"")
        .contains("\"overall\": \"good\"");
  }

  @Test
  void a_vector_with_no_tier_reached_writes_null_and_reads_it_back() {
    // given a vector expecting no award of "mini"
    GoldenVector v =
        new GoldenVector(
            "none",
            null,
            assessment(),
            null,
            new GoldenVector.Expected(
                new BigDecimal("54.00"),
                null,
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of("mini", new GoldenVector.Award(null, null))));

    // when
    String written = json.writeString(v);

    // then
    assertThat(written).contains("\"mini\": {\n        \"tier\": null\n      }");
    assertThat(json.readGoldenVector(written)).isEqualTo(v);
  }

  @Test
  void what_the_writer_writes_conforms_to_the_golden_vector_schema_and_its_assessment_to_its_own()
      throws IOException {
    // given
    String written = json.writeString(vector("38.00"));

    // when
    var errors = SchemaTest.errors(DocumentFormat.GOLDEN_VECTOR, written);
    var node = new tools.jackson.databind.json.JsonMapper().readTree(written);
    var assessmentErrors =
        SchemaTest.schema(DocumentFormat.ASSESSMENT).validate(node.get("assessment"));

    // then
    assertThat(errors).isEmpty();
    assertThat(assessmentErrors).isEmpty();
    assertThat(DocumentFormat.GOLDEN_VECTOR.schemaResource())
        .isEqualTo("/io/github/assessmentkit/json/schema/golden-vector-1.schema.json");
  }

  @Test
  void the_schema_refuses_what_the_reader_refuses() {
    // given a vector without a total, one with a tier-less award, one whose path leaves its folder
    String noTotal = document("\"expected\": {\"percent\": 54}");
    String noTier = document("\"expected\": {\"total\": 54, \"awards\": {\"mini\": {}}}");
    String outside =
        """
        {"format": "assessmentkit/golden-vector", "formatVersion": 1, "id": "v",
         "assessment": "../elsewhere/a.json", "expected": {"total": 54}}
        """;
    String inside = outside.replace("../elsewhere/a.json", "assessments/a.json");

    // then
    assertThat(SchemaTest.errors(DocumentFormat.GOLDEN_VECTOR, noTotal)).isNotEmpty();
    assertThat(SchemaTest.errors(DocumentFormat.GOLDEN_VECTOR, noTier)).isNotEmpty();
    assertThat(SchemaTest.errors(DocumentFormat.GOLDEN_VECTOR, outside)).isNotEmpty();
    assertThat(SchemaTest.errors(DocumentFormat.GOLDEN_VECTOR, inside)).isEmpty();
  }

  @Test
  void a_rubric_that_gives_every_expected_result_passes() {
    // when
    GoldenVectorReport report = GoldenVectors.check(rubric, List.of(vector("38.00")));

    // then
    assertThat(report.passed()).isTrue();
    assertThat(report.outcomes())
        .extracting(GoldenVectorReport.Outcome::vectorId, GoldenVectorReport.Outcome::passed)
        .containsExactly(tuple("strong-leadership", true));
    assertThat(report.summary().get(Language.EN)).isEqualTo("1 of 1 golden vectors passed");
    assertThat(report.summary().get(Language.TH)).isEqualTo("เวกเตอร์ทองคำผ่าน 1 จาก 1 รายการ");
  }

  @Test
  void a_mismatch_names_the_node_and_shows_how_its_number_was_reached() {
    // given a vector that expects category 1 to earn 39.00; it earns 28.00 + 10.00 = 38.00
    GoldenVector v = vector("39.00");
    NodeScore category1 = Scorer.standard().score(rubric, v.assessment()).node("1").orElseThrow();

    // when
    GoldenVectorReport report = GoldenVectors.check(rubric, List.of(v));

    // then
    assertThat(report.passed()).isFalse();
    List<Mismatch> mismatches = report.failures().get(0).mismatches();
    assertThat(mismatches).hasSize(1);
    Mismatch m = mismatches.get(0);
    assertThat(m.pointer()).isEqualTo("/expected/nodes/1/earned");
    assertThat(m.expected()).isEqualTo("39.00");
    assertThat(m.actual()).isEqualTo("38.00");
    // the explanation is the node's own: its calculation, where its 60 points went (1.1 40 of 60
    // = 2/3, 1.2 20 of 60 = 1/3) and its percent from its exact values, 38 / 60 = 19/30
    assertThat(category1.explanation().calculation()).isEqualTo("1.1 28.00 + 1.2 10.00 = 38.00");
    assertThat(m.explanation().get(Language.EN))
        .isEqualTo(
            "calculation "
                + category1.explanation().calculation()
                + "; allotment "
                + category1.explanation().allotment()
                + "; percent "
                + category1.percentExplained());
    assertThat(category1.explanation().allotment())
        .isEqualTo("60.00 → 1.1 2/3 = 40.00, 1.2 1/3 = 20.00");
    assertThat(category1.percentExplained()).isEqualTo("38 ÷ 60 = 19/30 → 63.33 %");
    assertThat(m.message().get(Language.EN))
        .isEqualTo(
            "earned of 1: expected 39.00, got 38.00 (calculation 1.1 28.00 + 1.2 10.00 = 38.00;"
                + " allotment 60.00 → 1.1 2/3 = 40.00, 1.2 1/3 = 20.00;"
                + " percent 38 ÷ 60 = 19/30 → 63.33 %)");
    assertThat(m.message().get(Language.TH))
        .isEqualTo(
            "คะแนนที่ได้ของ 1: คาดไว้ 39.00 แต่ได้ 38.00 (การคำนวณ 1.1 28.00 + 1.2 10.00 = 38.00;"
                + " การแบ่งคะแนนเต็ม 60.00 → 1.1 2/3 = 40.00, 1.2 1/3 = 20.00;"
                + " ร้อยละ 38 ÷ 60 = 19/30 → 63.33 %)");
    assertThat(report.summary().get(Language.EN))
        .isEqualTo(
            "0 of 1 golden vectors passed\nstrong-leadership:\n  " + m.message().get(Language.EN));
  }

  @Test
  void an_indicator_level_and_award_that_differ_are_explained_by_the_line_and_the_reasons() {
    // given expectations that all differ: 1.1 earns 28.00 (70 % of 40), the level is good, the
    // award is gold and the Leadership theme held, not the Results theme
    Map<String, GoldenVector.Award> awards = new LinkedHashMap<>();
    awards.put("mini", new GoldenVector.Award("silver", null));
    awards.put("themed", new GoldenVector.Award("star", List.of(RESULTS)));
    GoldenVector v =
        new GoldenVector(
            "all-wrong",
            null,
            assessment(),
            null,
            new GoldenVector.Expected(
                new BigDecimal("54"),
                null,
                Map.of(),
                Map.of("1.1", new GoldenVector.IndicatorValues(new BigDecimal("30"), null, null)),
                Map.of("overall", "fair"),
                awards));

    // when
    List<Mismatch> mismatches =
        GoldenVectors.check(rubric, List.of(v)).failures().get(0).mismatches();

    // then the total 54 equals 54.00 by value and is not reported
    assertThat(mismatches)
        .extracting(Mismatch::pointer, Mismatch::expected, Mismatch::actual)
        .containsExactly(
            tuple("/expected/indicators/1.1/earned", "30", "28.00"),
            tuple("/expected/levels/overall", "fair", "good"),
            tuple("/expected/awards/mini/tier", "silver", "gold"),
            tuple(
                "/expected/awards/themed/namedConditionsHeld",
                "[Results theme]",
                "[Leadership theme]"));
    // 70 → 0.7 × 40 = 28
    assertThat(mismatches.get(0).explanation().get(Language.EN))
        .isEqualTo("points 70 → 0.7 × 40 = 28");
    assertThat(mismatches.get(1).explanation().get(Language.EN))
        .isEqualTo("total points = 54.00 > 40");
    assertThat(mismatches.get(2).explanation().get(Language.EN))
        .isEqualTo("gold: total points = 54.00 > 50");
    assertThat(mismatches.get(3).message().get(Language.EN))
        .startsWith(
            "named conditions held in themed: expected [Results theme], got [Leadership theme]");
  }

  @Test
  void an_assessment_the_rubric_cannot_score_is_a_mismatch_of_its_vector() {
    // given a vector whose assessment rates an indicator the rubric does not have
    Assessment other = MiniRubrics.assessmentOf(rubric).rating(Rating.of("9.9", 70)).build();
    GoldenVector v =
        new GoldenVector(
            "stray", null, other, null, GoldenVector.Expected.ofTotal(BigDecimal.ZERO));

    // when
    List<Mismatch> mismatches =
        GoldenVectors.check(rubric, List.of(v)).failures().get(0).mismatches();

    // then
    assertThat(mismatches)
        .extracting(Mismatch::pointer, Mismatch::expected, Mismatch::actual)
        .containsExactly(tuple("/assessment", "a scorecard", "none"));
    assertThat(mismatches.get(0).explanation().get(Language.EN))
        .startsWith("the assessment cannot be scored: ");
  }

  @Test
  void a_folder_is_read_in_name_order_with_assessments_referred_to_from_a_subfolder(
      @TempDir Path folder) throws IOException {
    // given one vector with its assessment in place, one referring to a file in assessments/
    Files.writeString(folder.resolve("b-in-place.json"), json.writeString(vector("38.00")));
    Files.createDirectory(folder.resolve("assessments"));
    Files.writeString(folder.resolve("assessments/strong.json"), json.writeString(assessment()));
    Files.writeString(
        folder.resolve("a-referred.json"),
        """
        {"format": "assessmentkit/golden-vector", "formatVersion": 1, "id": "referred",
         "assessment": "assessments/strong.json",
         "expected": {"total": 54.00, "levels": {"overall": "good"}}}
        """);

    // when
    GoldenVectorReport report = GoldenVectors.check(rubric, folder);

    // then
    assertThat(report.outcomes())
        .extracting(GoldenVectorReport.Outcome::vectorId)
        .containsExactly("referred", "strong-leadership");
    assertThat(report.passed()).isTrue();
    assertThat(GoldenVectors.read(folder.resolve("a-referred.json")).assessment())
        .isEqualTo(assessment());
    assertThat(GoldenVectors.read(folder.resolve("a-referred.json").toUri().toURL()).assessment())
        .isEqualTo(assessment());
  }

  @Test
  void a_malformed_file_in_a_folder_is_named_with_each_pointer_and_rule(@TempDir Path folder)
      throws IOException {
    // given
    Files.writeString(
        folder.resolve("broken.json"),
        document("\"expected\": {\"total\": \"54\", \"levels\": {\"overall\": 3}}"));

    // when
    GoldenVectorFormatException e =
        catchThrowableOfType(
            () -> GoldenVectors.check(rubric, folder), GoldenVectorFormatException.class);

    // then
    assertThat(e.source()).isEqualTo(folder.resolve("broken.json").toString());
    assertThat(e.report().violations())
        .extracting(v -> v.path(), v -> v.rule())
        .containsExactly(
            tuple("/expected/levels/overall", "json.type"), tuple("/expected/total", "json.type"));
    assertThat(e.getMessage())
        .isEqualTo(
            "the golden vector file '"
                + folder.resolve("broken.json")
                + "' cannot be read: 2 problems; first: /expected/levels/overall json.type must be"
                + " a string, found a number");
    assertThat(e).isInstanceOf(JsonFormatException.class);
  }

  @Test
  void an_empty_folder_and_twice_the_same_id_are_refused(@TempDir Path folder) {
    assertThatThrownBy(() -> GoldenVectors.check(rubric, folder))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("no golden vector file (*.json) in the folder '" + folder + "'");
    assertThatThrownBy(() -> GoldenVectors.check(rubric, List.of(vector("38"), vector("38"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("more than one golden vector has the id 'strong-leadership'");
  }

  @Test
  void a_scorecard_reads_the_same_numbers_the_check_compares() {
    // given
    Scorecard card = Scorer.standard().score(rubric, assessment());

    // then the numbers of the class comment
    assertThat(card.total()).isEqualTo(new BigDecimal("54.00"));
    assertThat(card.node("1").orElseThrow().percent()).isEqualTo(new BigDecimal("63.33"));
    assertThat(card.award("themed").orElseThrow().namedConditionsHeld())
        .containsExactly(LEADERSHIP);
  }

  private String document(String expected) {
    String a = json.writeString(assessment());
    return "{\"format\": \"assessmentkit/golden-vector\", \"formatVersion\": 1, \"id\": \"v\","
        + " \"assessment\": "
        + a
        + ", "
        + expected
        + "}";
  }
}
