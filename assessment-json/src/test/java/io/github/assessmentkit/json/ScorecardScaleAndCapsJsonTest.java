package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.ResultScale;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.ScaledResult;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scorecard's {@code result} on the rubric's result scale, and an indicator line's {@code
 * dimensions} and {@code cappedBy}, in JSON: written, read back equal with the same bytes, in the
 * schema, checked for agreement with a pointer to the place at fault, and absent from scorecards
 * that do not have them.
 */
class ScorecardScaleAndCapsJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final AssessmentJson json = AssessmentJson.standard();
  private final Scorer scorer = Scorer.standard();

  /**
   * The governance checklist stated also on 0 to 5: G1.1 yes, G1.2 no, G2.1 yes, G2.2 yes, G2.3 no.
   *
   * <p>G1 has weight 2 of 3, so 200/3 points, 100/3 per indicator; G2 has 100/3, 100/9 per
   * indicator. Earned: 100/3 + 2 × 100/9 = 300/9 + 200/9 = 500/9 of 100, a fraction of 5/9. On 0 to
   * 5 that is 0 + 5/9 × (5 − 0) = 25/9 = 2.777…, shown 2.78.
   */
  private Scorecard onALevelScale() {
    Rubric rubric =
        Rubric.from(MiniRubrics.checklist())
            .resultScale(ResultScale.of(Text.of("ระดับ", "level"), 0, 5))
            .build();
    Assessment a =
        MiniRubrics.assessmentOf(rubric)
            .rating(Rating.choice("G1.1", "yes"))
            .rating(Rating.choice("G1.2", "no"))
            .rating(Rating.choice("G2.1", "yes"))
            .rating(Rating.choice("G2.2", "yes"))
            .rating(Rating.choice("G2.3", "no"))
            .build();
    return scorer.score(rubric, a);
  }

  /** The mini award with item 1.1 on the test bands described along A, D, L and I. */
  private static Rubric adliAward() {
    BandScale adli =
        new BandScale(
            Text.en("ADLI"),
            List.of(
                new Dimension("A", Text.en("Approach")),
                new Dimension("D", Text.en("Deployment")),
                new Dimension("L", Text.en("Learning")),
                new Dimension("I", Text.en("Integration"))),
            MiniRubrics.bands().bands());
    return Rubric.from(MiniRubrics.award())
        .replace(
            Criterion.builder("1.1", Text.en("Senior leaders"))
                .points(40)
                .indicator(Indicator.of("1.1", Text.en("How well do senior leaders lead?"), adli))
                .build())
        .capByWeakestDimension(true)
        .build();
  }

  /**
   * The capping award: 1.1 at 70 % with A 70, D 45 (with its reason), L 60, I 65; 1.2 at 50 %; 2.1
   * at 50 % with A 55.
   *
   * <p>1.1: the weakest dimension, D at 45, lies in band 3 (30 to 45), so 70 % is capped at 45 %:
   * 45 % × 40 = 18.00, capped by D. 1.2: 50 % × 20 = 10.00. 2.1: its only dimension, A at 55, lies
   * in band 4 (50 to 65), whose top 65 is above 50: not capped, 50 % × 40 = 20.00. Total 18.00 +
   * 10.00 + 20.00 = 48.00.
   */
  private Scorecard capped() {
    Rubric rubric = adliAward();
    Assessment a =
        MiniRubrics.assessmentOf(rubric)
            .rating(
                Rating.of("1.1", 70)
                    .withDimensions(
                        DimensionRating.of("A", 70),
                        DimensionRating.of(
                            "D",
                            45,
                            Text.of("ใช้เพียงสองฝ่ายจากห้าฝ่าย", "used by two units of five")),
                        DimensionRating.of("L", 60),
                        DimensionRating.of("I", 65)))
            .rating(Rating.of("1.2", 50))
            .rating(Rating.of("2.1", 50).withDimensions(DimensionRating.of("A", 55)))
            .build();
    return scorer.score(rubric, a);
  }

  private static List<Violation> refusal(AssessmentJson json, String document) {
    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> json.readScorecard(document));
    assertThat(e).as("the document is refused").isNotNull();
    return e.report().violations();
  }

  @Test
  void a_result_on_the_rubrics_scale_reads_back_equal_and_writes_the_same_bytes() {
    // given
    Scorecard card = onALevelScale();

    // when
    String written = json.writeString(card);
    Scorecard back = json.readScorecard(written);

    // then 25/9 = 2.777… is shown 2.78 (see onALevelScale), and nothing is lost on the way
    assertThat(card.result()).isEqualTo(new ScaledResult(card.result().scale(), Ratio.of(25, 9)));
    assertThat(card.result().value()).isEqualTo(new BigDecimal("2.78"));
    assertThat(written.replaceAll("\\s", ""))
        .contains(
            "\"strategy\":\"points-sum\",\"result\":{\"scale\":{\"name\":{\"th\":\"ระดับ\","
                + "\"en\":\"level\"},\"min\":0,\"max\":5},\"value\":2.78,\"exact\":\"25/9\"},"
                + "\"root\":");
    assertThat(back).isEqualTo(card);
    assertThat(back.scaledResult()).contains(card.result());
    assertThat(json.writeString(back)).isEqualTo(written);
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, written)).isEmpty();
  }

  @Test
  void capped_lines_keep_their_dimensions_and_the_capping_one_through_json() {
    // given
    Scorecard card = capped();

    // when
    String written = json.writeString(card);
    Scorecard back = json.readScorecard(written);

    // then 1.1 is capped by D at 45 % x 40 = 18.00; 2.1 is not capped (see capped())
    IndicatorScore senior = back.root().indicator("1.1").orElseThrow();
    IndicatorScore members = back.root().indicator("2.1").orElseThrow();
    assertThat(senior.cappedBy()).isEqualTo("D");
    assertThat(senior.earned()).isEqualTo(new BigDecimal("18.00"));
    assertThat(senior.dimensions())
        .extracting(DimensionRating::dimension)
        .containsExactly("A", "D", "L", "I");
    assertThat(senior.dimensions().get(1).rationale())
        .isEqualTo(Text.of("ใช้เพียงสองฝ่ายจากห้าฝ่าย", "used by two units of five"));
    assertThat(members.cappedBy()).isNull();
    assertThat(members.dimensions()).containsExactly(DimensionRating.of("A", 55));
    assertThat(members.earned()).isEqualTo(new BigDecimal("20.00"));
    assertThat(back.total()).isEqualTo(new BigDecimal("48.00"));
    // the dimensions in the form an assessment uses, then the capping dimension; no result scale
    assertThat(written.replaceAll("\\s", ""))
        .contains(
            "\"dimensions\":[{\"dimension\":\"A\",\"value\":70},"
                + "{\"dimension\":\"D\",\"value\":45,\"rationale\":{\"th\":\"ใช้เพียงสองฝ่ายจากห้าฝ่าย\","
                + "\"en\":\"usedbytwounitsoffive\"}},"
                + "{\"dimension\":\"L\",\"value\":60},{\"dimension\":\"I\",\"value\":65}],"
                + "\"cappedBy\":\"D\"}")
        .contains("\"dimensions\":[{\"dimension\":\"A\",\"value\":55}]}");
    assertThat(MAPPER.readTree(written).has("result")).isFalse();
    assertThat(back).isEqualTo(card);
    assertThat(json.writeString(back)).isEqualTo(written);
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, written)).isEmpty();
  }

  @Test
  void a_scorecard_without_a_result_scale_or_dimensions_keeps_its_bytes() {
    // given the example scorecard, written before results and dimensions reached scorecards
    String example =
        new String(Resources.bytes("examples/scorecard-mini.json"), StandardCharsets.UTF_8);

    // when
    Scorecard read = json.readScorecard(example);

    // then
    assertThat(read.result()).isNull();
    assertThat(read.root().indicators()).isEmpty();
    assertThat(read.node("1.1").orElseThrow().indicators())
        .allSatisfy(
            i -> {
              assertThat(i.dimensions()).isEmpty();
              assertThat(i.cappedBy()).isNull();
            });
    assertThat(json.writeString(read)).isEqualTo(example);
    assertThat(MAPPER.readTree(example).has("result")).isFalse();
    assertThat(example).doesNotContain("\"dimensions\"").doesNotContain("\"cappedBy\"");
  }

  @Test
  void a_value_that_is_not_the_exact_result_rounded_is_refused_at_the_value() {
    // given 2.77 where 25/9 rounds half-even to 2.78
    String document =
        json.writeString(onALevelScale()).replaceFirst("\"value\": 2\\.78", "\"value\": 2.77");

    // then
    assertThat(document).contains("2.77");
    assertThat(refusal(json, document))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/result/value");
              assertThat(v.rule()).isEqualTo("result.value-matches-exact");
              assertThat(v.value()).isEqualTo("2.77");
              assertThat(v.message().en())
                  .isEqualTo(
                      "the value 2.77 is not the exact result 25/9 rounded half-even to two"
                          + " places, which is 2.78");
              assertThat(v.message().th())
                  .isEqualTo(
                      "ค่า 2.77 ไม่ตรงกับผลที่แม่นตรง 25/9"
                          + " ที่ปัดเศษแบบครึ่งไปหาเลขคู่เป็นทศนิยมสองตำแหน่ง ซึ่งคือ 2.78");
            });
  }

  @Test
  void a_value_written_with_other_trailing_zeros_is_the_same_value() {
    // given 2.780 for 2.78: the same number
    String document =
        json.writeString(onALevelScale()).replaceFirst("\"value\": 2\\.78", "\"value\": 2.780");

    // then
    assertThat(document).contains("2.780");
    assertThat(json.readScorecard(document)).isEqualTo(onALevelScale());
  }

  @Test
  void an_exact_result_outside_the_scale_is_refused_at_the_exact() {
    // given 6 (shown 6.00) on a scale from 0 to 5
    String document =
        json.writeString(onALevelScale())
            .replaceFirst("\"value\": 2\\.78", "\"value\": 6.00")
            .replaceFirst("\"exact\": \"25/9\"", "\"exact\": \"6\"");

    // then
    assertThat(document).contains("\"exact\": \"6\"");
    assertThat(refusal(json, document))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/result/exact");
              assertThat(v.rule()).isEqualTo("result.exact-in-scale");
              assertThat(v.value()).isEqualTo("6");
              assertThat(v.message().en())
                  .isEqualTo("the exact result 6 lies outside the scale's range 0 to 5");
              assertThat(v.message().th())
                  .isEqualTo("ผลที่แม่นตรง 6 อยู่นอกช่วงของมาตรวัด 0 ถึง 5");
            });
  }

  @Test
  void a_negative_exact_result_reads_on_a_scale_below_zero_and_not_on_one_from_zero() {
    // given a scale from -5 to 5 with the exact result -5/2 (shown -2.50), and the same result on
    // the 0 to 5 scale
    String below =
        json.writeString(onALevelScale())
            .replaceFirst("\"min\": 0", "\"min\": -5")
            .replaceFirst("\"value\": 2\\.78", "\"value\": -2.50")
            .replaceFirst("\"exact\": \"25/9\"", "\"exact\": \"-5/2\"");
    String fromZero = below.replaceFirst("\"min\": -5", "\"min\": 0");

    // then -5/2 lies from -5 to 5, and is written back as it was read
    Scorecard read = json.readScorecard(below);
    assertThat(read.result().exact()).isEqualTo(Ratio.of(-5, 2));
    assertThat(read.result().value()).isEqualTo(new BigDecimal("-2.50"));
    assertThat(json.writeString(read)).isEqualTo(below);
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, below)).isEmpty();
    assertThat(refusal(json, fromZero))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/result/exact", "result.exact-in-scale"));
  }

  @Test
  void a_malformed_exact_result_is_refused_at_the_exact() {
    // given a decimal point inside a ratio
    String document =
        json.writeString(onALevelScale())
            .replaceFirst("\"exact\": \"25/9\"", "\"exact\": \"2.5/0.9\"");

    // then
    assertThat(document).contains("2.5/0.9");
    assertThat(refusal(json, document))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/result/exact");
              assertThat(v.rule()).isEqualTo("json.ratio");
              assertThat(v.message().en())
                  .isEqualTo(
                      "must be an exact ratio such as \"15/4\" or \"-5/2\", found \"2.5/0.9\"");
              assertThat(v.message().isBilingual()).isTrue();
            });
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, document))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/result/exact");
  }

  @Test
  void a_result_without_its_exact_value_is_refused_as_incomplete() {
    // given
    String document =
        json.writeString(onALevelScale()).replaceFirst(",\\s*\"exact\": \"25/9\"", "");

    // then
    assertThat(document).doesNotContain("\"exact\"");
    assertThat(refusal(json, document))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/result/exact", "value.required"));
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, document)).isNotEmpty();
  }

  @Test
  void capped_by_a_dimension_the_line_does_not_rate_is_refused_at_capped_by() {
    // given 1.1 capped by X, which is none of A, D, L, I
    String document =
        json.writeString(capped()).replaceFirst("\"cappedBy\": \"D\"", "\"cappedBy\": \"X\"");

    // then
    assertThat(document).contains("\"cappedBy\": \"X\"");
    assertThat(refusal(json, document))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/root/children/0/children/0/indicators/0/cappedBy");
              assertThat(v.rule()).isEqualTo("score-line.capped-by-dimension");
              assertThat(v.value()).isEqualTo("X");
              assertThat(v.message().en())
                  .isEqualTo(
                      "cappedBy names dimension 'X', which this line does not rate"
                          + " (it rates only A, D, L, I)");
              assertThat(v.message().th())
                  .isEqualTo(
                      "cappedBy ระบุมิติ 'X' ซึ่งบรรทัดนี้ไม่ได้ประเมิน (มีเพียง A, D, L, I)");
            });
  }

  @Test
  void capped_by_on_a_line_without_dimensions_is_refused_at_capped_by() {
    // given 1.2, which rates no dimension, said to be capped by D
    String document =
        json.writeString(capped())
            .replaceFirst(
                "\"indicator\": \"1\\.2\",", "\"indicator\": \"1.2\", \"cappedBy\": \"D\",");

    // then
    assertThat(document).contains("\"indicator\": \"1.2\", \"cappedBy\": \"D\",");
    assertThat(refusal(json, document))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/root/children/0/children/1/indicators/0/cappedBy");
              assertThat(v.rule()).isEqualTo("score-line.capped-by-dimension");
              assertThat(v.message().en())
                  .endsWith("which this line does not rate (it rates none)");
            });
  }

  @Test
  void a_malformed_dimension_on_a_line_is_refused_at_its_place() {
    // given D rated 145 on 1.1's line
    String document =
        json.writeString(capped())
            .replaceFirst(
                "\"dimension\": \"D\",(\\s*)\"value\": 45",
                "\"dimension\": \"D\",$1\"value\": 145");

    // then
    assertThat(document).contains("145");
    assertThatExceptionOfType(JsonFormatException.class)
        .isThrownBy(() -> json.readScorecard(document))
        .satisfies(
            e ->
                assertThat(e.report().violations())
                    .extracting(Violation::path, Violation::rule)
                    .containsExactly(
                        tuple(
                            "/root/children/0/children/0/indicators/0/dimensions/1/value",
                            "value.at-most")));
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, document)).isNotEmpty();
  }
}
