package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A criterion that holds indicators beside its sub-criteria: its parts are its indicators, then its
 * sub-criteria, and they share its points by weight.
 *
 * <p>The tree: M (10 points) holds indicator a (weight 2) beside M.1 (weight 3, indicator b) and
 * M.2 (weight 5, indicator c): 2 / 3 / 5 points. N (10 points) holds indicator d (weight 2) beside
 * N.1 (4 points, indicator e) and N.2 (4 points, indicator f).
 */
class MixedCriterionScoringTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private final Rubric rubric =
      Rubric.builder("mixed-parts", "1")
          .title(Text.en("Mixed parts"))
          .provenance(TEST)
          .defaultStrategy(Strategies.POINTS_SUM)
          .criterion(
              Criterion.builder("M", Text.en("M"))
                  .points(10)
                  .indicator(yesNo("a").withWeight(2))
                  .child("M.1", Text.en("M.1"), c -> c.weight(3).indicator(yesNo("b")))
                  .child("M.2", Text.en("M.2"), c -> c.weight(5).indicator(yesNo("c")))
                  .build())
          .criterion(
              Criterion.builder("N", Text.en("N"))
                  .points(10)
                  .indicator(yesNo("d").withWeight(2))
                  .child("N.1", Text.en("N.1"), c -> c.points(4).indicator(yesNo("e")))
                  .child("N.2", Text.en("N.2"), c -> c.points(4).indicator(yesNo("f")))
                  .build())
          .build();

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void indicators_and_sub_criteria_share_the_criterion_s_points_by_weight() {
    // given a yes, b partial, c no; d yes, e yes, f partial
    Assessment x =
        Assessment.quick(
            rubric,
            Rating.choice("a", "yes"),
            Rating.choice("b", "partial"),
            Rating.choice("c", "no"),
            Rating.choice("d", "yes"),
            Rating.choice("e", "yes"),
            Rating.choice("f", "partial"));

    // when
    Scorecard card = Scorer.standard().score(rubric, x);

    // then M: a = 2 of 2; M.1 = 1/2 x 3 = 1.5 of 3; M.2 = 0 of 5; M = 3.5 of 10 = 35.00 %
    NodeScore m = card.node("M").orElseThrow();
    assertThat(m.indicators()).extracting(IndicatorScore::indicatorId).containsExactly("a");
    assertThat(m.children()).extracting(NodeScore::id).containsExactly("M.1", "M.2");
    IndicatorScore a = m.indicators().get(0);
    assertThat(a.possible()).isEqualTo(points("2.00"));
    assertThat(a.earned()).isEqualTo(points("2.00"));
    assertThat(card.node("M.1").orElseThrow().possible()).isEqualTo(points("3.00"));
    assertThat(card.node("M.1").orElseThrow().earned()).isEqualTo(points("1.50"));
    assertThat(card.node("M.2").orElseThrow().possible()).isEqualTo(points("5.00"));
    assertThat(m.earned()).isEqualTo(points("3.50"));
    assertThat(m.percent()).isEqualTo(points("35.00"));
    assertThat(m.coverage()).isEqualTo(new Coverage(3, 3, 1));
    // N: d's weight counts as its 2 points: d = 2; N.1 = 4; N.2 = 1/2 x 4 = 2; N = 8 of 10
    assertThat(card.root().indicator("d").orElseThrow().possible()).isEqualTo(points("2.00"));
    assertThat(card.node("N.2").orElseThrow().earned()).isEqualTo(points("2.00"));
    assertThat(card.node("N").orElseThrow().earned()).isEqualTo(points("8.00"));
    assertThat(card.node("N").orElseThrow().percent()).isEqualTo(points("80.00"));
    // total 3.5 + 8 = 11.5 of 20
    assertThat(card.total()).isEqualTo(points("11.50"));
    assertThat(card.possible()).isEqualTo(points("20.00"));
  }

  @Test
  void a_not_applicable_indicator_beside_sub_criteria_hands_its_points_to_them() {
    // given a not applicable, b partial, c no; N all yes
    Assessment x =
        Assessment.quick(
            rubric,
            Rating.notApplicable("a", "no such activity"),
            Rating.choice("b", "partial"),
            Rating.choice("c", "no"),
            Rating.choice("d", "yes"),
            Rating.choice("e", "yes"),
            Rating.choice("f", "yes"));

    // when
    Scorecard card = Scorer.standard().score(rubric, x);

    // then a's 2 go to M.1 and M.2 by weight 3 : 5: M.1 = 10 x 3/8 = 3.75, M.2 = 6.25; M = 1/2 x
    // 3.75 = 1.875 of 10 = 18.75 %; shown 1.875 -> 1.88 (half-even: 7 is odd, so up)
    assertThat(card.node("M.1").orElseThrow().exactPossible()).isEqualTo(Ratio.of(15, 4));
    assertThat(card.node("M.1").orElseThrow().possible()).isEqualTo(points("3.75"));
    assertThat(card.node("M.2").orElseThrow().possible()).isEqualTo(points("6.25"));
    NodeScore m = card.node("M").orElseThrow();
    assertThat(m.exactEarned()).isEqualTo(Ratio.of(15, 8));
    assertThat(m.possible()).isEqualTo(points("10.00"));
    assertThat(m.percent()).isEqualTo(points("18.75"));
    // total 1.875 + 10 = 11.875 -> 11.88 of 20; M's shown points are its part of the total's
    // 11.88: 1.875 and 10 cut to 1.87 + 10.00, the cent left to M's remainder: 1.88
    assertThat(card.total()).isEqualTo(points("11.88"));
    assertThat(m.earned()).isEqualTo(points("1.88"));
  }
}
