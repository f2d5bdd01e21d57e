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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A weight of 0: the criterion or indicator is assessed and reported (its line, its percent, its
 * coverage) but not counted in its parent or in the total.
 *
 * <p>The tree: 100 points by weight, P (1), Q (1) and Z (0), so 50 / 50 / 0. P holds p1 (1), p2 (0)
 * and p3 (1): 25 / 0 / 25. Q holds q1. Z holds z1 and z2 (1 each) and so has nothing to share.
 */
class ZeroWeightTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private final Rubric rubric =
      Rubric.builder("zero-weight", "1")
          .title(Text.en("Zero weight"))
          .provenance(TEST)
          .defaultStrategy(Strategies.POINTS_SUM)
          .totalPoints(100)
          .criterion(
              Criterion.builder("P", Text.en("P"))
                  .weight(1)
                  .indicator(yesNo("p1"))
                  .indicator(yesNo("p2").withWeight(0))
                  .indicator(yesNo("p3"))
                  .build())
          .criterion(Criterion.builder("Q", Text.en("Q")).weight(1).indicator(yesNo("q1")).build())
          .criterion(
              Criterion.builder("Z", Text.en("Z"))
                  .weight(0)
                  .indicator(yesNo("z1"))
                  .indicator(yesNo("z2"))
                  .build())
          .build();

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void a_zero_weight_criterion_and_indicator_are_reported_but_not_counted() {
    // given p1 yes, p2 no, p3 partial; q1 partial; z1 yes, z2 no
    Assessment a =
        Assessment.quick(
            rubric,
            Rating.choice("p1", "yes"),
            Rating.choice("p2", "no"),
            Rating.choice("p3", "partial"),
            Rating.choice("q1", "partial"),
            Rating.choice("z1", "yes"),
            Rating.choice("z2", "no"));

    // when
    Scorecard card = Scorer.standard().score(rubric, a);

    // then p2 is on its line, rated no, with 0 of 0 points
    IndicatorScore p2 = card.root().indicator("p2").orElseThrow();
    assertThat(p2.status()).isEqualTo(IndicatorStatus.RATED);
    assertThat(p2.fraction()).isEqualTo(Ratio.ZERO);
    assertThat(p2.possible()).isEqualTo(points("0.00"));
    assertThat(p2.earned()).isEqualTo(points("0.00"));
    // P = 25 + 0 + 1/2 x 25 = 37.5 of 50 = 75.00 % (counting p2 as a third part would give 50 %)
    NodeScore p = card.node("P").orElseThrow();
    assertThat(p.earned()).isEqualTo(points("37.50"));
    assertThat(p.percent()).isEqualTo(points("75.00"));
    // Z is reported with its own percent, (1 + 0) / 2 = 50.00 %, on 0 of 0 points
    NodeScore z = card.node("Z").orElseThrow();
    assertThat(z.applicable()).isTrue();
    assertThat(z.exactPossible()).isEqualTo(Ratio.ZERO);
    assertThat(z.possible()).isEqualTo(points("0.00"));
    assertThat(z.earned()).isEqualTo(points("0.00"));
    assertThat(z.fraction()).isEqualTo(Ratio.of(1, 2));
    assertThat(z.percent()).isEqualTo(points("50.00"));
    assertThat(z.isScored()).isTrue();
    assertThat(z.coverage()).isEqualTo(new Coverage(2, 2, 1));
    // Q = 1/2 x 50 = 25; total 37.5 + 25 + 0 = 62.5 of 100
    assertThat(card.node("Q").orElseThrow().earned()).isEqualTo(points("25.00"));
    assertThat(card.total()).isEqualTo(points("62.50"));
    assertThat(card.possible()).isEqualTo(points("100.00"));
    assertThat(card.warnings()).isEmpty();
  }

  @Test
  void a_zero_weight_criterion_gets_nothing_when_a_sibling_s_points_are_shared_out() {
    // given as above, but q1 not applicable
    Assessment a =
        Assessment.quick(
            rubric,
            Rating.choice("p1", "yes"),
            Rating.choice("p2", "no"),
            Rating.choice("p3", "partial"),
            Rating.notApplicable("q1", "no such activity"),
            Rating.choice("z1", "yes"),
            Rating.choice("z2", "no"));

    // when
    Scorecard card = Scorer.standard().score(rubric, a);

    // then Q's 50 go to the counted parts by weight, P 1 and Z 0: P takes all 100; P = 50 + 0 +
    // 1/2 x 50 = 75 of 100; Z still 0 of 0 at 50.00 %; total 75 of 100
    assertThat(card.node("P").orElseThrow().possible()).isEqualTo(points("100.00"));
    assertThat(card.node("P").orElseThrow().earned()).isEqualTo(points("75.00"));
    assertThat(card.node("Z").orElseThrow().possible()).isEqualTo(points("0.00"));
    assertThat(card.node("Z").orElseThrow().percent()).isEqualTo(points("50.00"));
    assertThat(card.total()).isEqualTo(points("75.00"));
  }

  @Test
  void a_zero_weight_part_does_not_close_a_gate_or_weaken_a_chain() {
    // given Gate (10, all-or-nothing): a1 yes, a2 (weight 0) no; Chain (10, weakest link): c1
    // partial, c2 yes, c3 (weight 0) no
    Rubric r =
        Rubric.builder("zero-weight-gates", "1")
            .title(Text.en("Zero weight in gates"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .criterion(
                Criterion.builder("Gate", Text.en("Gate"))
                    .points(10)
                    .strategy(Strategies.ALL_OR_NOTHING)
                    .indicator(yesNo("a1"))
                    .indicator(yesNo("a2").withWeight(0))
                    .build())
            .criterion(
                Criterion.builder("Chain", Text.en("Chain"))
                    .points(10)
                    .strategy(Strategies.WEAKEST_LINK)
                    .indicator(yesNo("c1"))
                    .indicator(yesNo("c2"))
                    .indicator(yesNo("c3").withWeight(0))
                    .build())
            .build();
    Assessment a =
        Assessment.quick(
            r,
            Rating.choice("a1", "yes"),
            Rating.choice("a2", "no"),
            Rating.choice("c1", "partial"),
            Rating.choice("c2", "yes"),
            Rating.choice("c3", "no"));

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then a2 and c3 are not counted in their parents: Gate, every counted part met = 10 of 10;
    // Chain, the weakest counted part c1 = 1/2 x 10 = 5; the lines of a2 and c3 are still shown
    assertThat(card.root().indicator("a2").orElseThrow().fraction()).isEqualTo(Ratio.ZERO);
    assertThat(card.root().indicator("c3").orElseThrow().fraction()).isEqualTo(Ratio.ZERO);
    assertThat(
            List.of(
                card.node("Gate").orElseThrow().earned(),
                card.node("Chain").orElseThrow().earned(),
                card.total()))
        .as("Gate, Chain, total")
        .containsExactly(points("10.00"), points("5.00"), points("15.00"));
  }
}
