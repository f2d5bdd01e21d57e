package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.json.GoldenVectorReport.Mismatch;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each expectation of a golden vector is compared on its own: an expected node, indicator, ladder
 * or scheme the scorecard lacks is a mismatch saying so; a possible, percent, applicability or
 * status that differs is a mismatch at its own pointer; a strategy the vector names is used.
 *
 * <p>The rubric is the mini award (1.1 40 points, 1.2 20, 2.1 40; ladder "overall" good above 40;
 * award "mini" gold above 50). The assessment rates 1.1 70 % and 1.2 50 %, leaving 2.1 unrated: 1.1
 * 70 % x 40 = 28.00, 1.2 50 % x 20 = 10.00, category 1 = 38.00 of 60, total 38.00.
 */
class GoldenVectorExpectationsTest {
  private final Rubric rubric = MiniRubrics.award();

  private Assessment assessment() {
    return MiniRubrics.assessmentOf(rubric)
        .rating(Rating.of("1.1", 70))
        .rating(Rating.of("1.2", 50))
        .build();
  }

  private static GoldenVector.Expected totalOnly(
      Map<String, GoldenVector.NodeValues> nodes,
      Map<String, GoldenVector.IndicatorValues> indicators,
      Map<String, String> levels,
      Map<String, GoldenVector.Award> awards) {
    return new GoldenVector.Expected(
        new BigDecimal("38.00"), null, nodes, indicators, levels, awards);
  }

  private List<Mismatch> mismatches(GoldenVector v) {
    GoldenVectorReport report = GoldenVectors.check(rubric, List.of(v));
    return report.outcomes().get(0).mismatches();
  }

  @Test
  void what_the_scorecard_lacks_is_named_as_missing() {
    GoldenVector v =
        new GoldenVector(
            "missing",
            null,
            assessment(),
            null,
            totalOnly(
                Map.of("9", new GoldenVector.NodeValues(BigDecimal.ONE, null, null, null)),
                Map.of("9.9", new GoldenVector.IndicatorValues(BigDecimal.ONE, null, null)),
                Map.of("steps", "top"),
                Map.of("prize", new GoldenVector.Award("gold", null))));

    assertThat(mismatches(v))
        .extracting(Mismatch::pointer, Mismatch::expected, Mismatch::actual)
        .containsExactly(
            tuple("/expected/nodes/9", "a node", "none"),
            tuple("/expected/indicators/9.9", "an indicator", "none"),
            tuple("/expected/levels/steps", "top", "none"),
            tuple("/expected/awards/prize/tier", "gold", "none"));
  }

  @Test
  void a_node_is_compared_on_possible_percent_and_applicability() {
    // category 1: possible 60.00, percent 38 / 60 = 63.33, applicable; expected 50, 10 and false
    GoldenVector v =
        new GoldenVector(
            "node",
            null,
            assessment(),
            null,
            totalOnly(
                Map.of(
                    "1",
                    new GoldenVector.NodeValues(
                        null, new BigDecimal("50"), new BigDecimal("10"), false)),
                Map.of(),
                Map.of(),
                Map.of()));

    List<Mismatch> found = mismatches(v);

    assertThat(found)
        .extracting(Mismatch::pointer, Mismatch::expected)
        .containsExactly(
            tuple("/expected/nodes/1/possible", "50"),
            tuple("/expected/nodes/1/percent", "10"),
            tuple("/expected/nodes/1/applicable", "false"));
    assertThat(found.get(0).actual()).isEqualTo("60.00");
    assertThat(found.get(2).actual()).isEqualTo("true");
  }

  @Test
  void an_indicator_is_compared_on_possible_and_status() {
    // 2.1 is not rated: it earns nothing ("unrated"), its possible is 40.00 and its status is
    // not "rated"; expected earned 5, possible 30 and status rated
    GoldenVector v =
        new GoldenVector(
            "indicator",
            null,
            assessment(),
            null,
            totalOnly(
                Map.of(),
                Map.of(
                    "2.1",
                    new GoldenVector.IndicatorValues(
                        new BigDecimal("5"), new BigDecimal("30"), IndicatorStatus.RATED)),
                Map.of(),
                Map.of()));

    List<Mismatch> found = mismatches(v);

    assertThat(found)
        .extracting(Mismatch::pointer, Mismatch::expected)
        .containsExactly(
            tuple("/expected/indicators/2.1/earned", "5"),
            tuple("/expected/indicators/2.1/possible", "30"),
            tuple("/expected/indicators/2.1/status", "rated"));
    assertThat(found.get(0).actual()).isEqualTo("unrated");
    assertThat(found.get(2).actual()).isNotEqualTo("rated");
  }

  @Test
  void expectations_that_hold_give_no_mismatch() {
    // 1.1: earned 28.00 of 40.00, rated; category 1 possible 60, applicable; level fair (38 is
    // not above 40); no award tier reached (38 is not above 50, nor above 40)
    GoldenVector v =
        new GoldenVector(
            "holds",
            null,
            assessment(),
            null,
            new GoldenVector.Expected(
                new BigDecimal("38"),
                new BigDecimal("38"),
                Map.of("1", new GoldenVector.NodeValues(null, new BigDecimal("60"), null, true)),
                Map.of(
                    "1.1",
                    new GoldenVector.IndicatorValues(
                        new BigDecimal("28"), new BigDecimal("40"), IndicatorStatus.RATED)),
                Map.of("overall", "fair"),
                Map.of("mini", new GoldenVector.Award(null, null))));

    GoldenVectorReport report = GoldenVectors.check(rubric, List.of(v));

    assertThat(report.outcomes().get(0).mismatches()).isEmpty();
    assertThat(report.passed()).isTrue();
    assertThat(report.failures()).isEmpty();
  }

  @Test
  void a_strategy_the_vector_names_is_the_one_scored_with() {
    // given a vector naming a strategy no registry knows
    GoldenVector v =
        new GoldenVector(
            "strategy",
            null,
            assessment(),
            "no-such-strategy",
            totalOnly(Map.of(), Map.of(), Map.of(), Map.of()));

    List<Mismatch> found = mismatches(v);

    assertThat(found)
        .extracting(Mismatch::pointer, Mismatch::expected, Mismatch::actual)
        .containsExactly(tuple("/assessment", "a scorecard", "none"));
    assertThat(found.get(0).explanation().get(Language.EN)).contains("no-such-strategy");
  }

  @Test
  void a_report_lists_only_the_vectors_that_failed_with_their_mismatches() {
    GoldenVector good =
        new GoldenVector(
            "good", null, assessment(), null, totalOnly(Map.of(), Map.of(), Map.of(), Map.of()));
    GoldenVector bad =
        new GoldenVector(
            "bad",
            null,
            assessment(),
            null,
            new GoldenVector.Expected(
                new BigDecimal("1"), null, Map.of(), Map.of(), Map.of(), Map.of()));

    GoldenVectorReport report = GoldenVectors.check(rubric, List.of(good, bad));

    // then 1 of 2 passed; the total 38.00 was expected to be 1
    assertThat(report.passed()).isFalse();
    assertThat(report.failures())
        .extracting(GoldenVectorReport.Outcome::vectorId)
        .containsExactly("bad");
    String en = report.summary().get(Language.EN);
    assertThat(en).startsWith("1 of 2 golden vectors passed\nbad:\n  ");
    assertThat(en.lines()).hasSize(3);
    assertThat(report.toString()).isEqualTo(en);
    assertThat(report.summary().get(Language.TH))
        .startsWith("เวกเตอร์ทองคำผ่าน 1 จาก 2 รายการ\nbad:\n  ");
  }
}
