package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.testing.MiniRubrics;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Not applicable counted at a fraction that no rating of the scales can earn: the mini checklist of
 * {@link MiniRubrics} (100 points; G1 weight 2 with G1.1, G1.2; G2 weight 1 with G2.1 to G2.3;
 * every indicator yes / partial / no, earning 1, 1/2 or 0) with not applicable counted at 0.3.
 */
class NotApplicableCountedAtFractionTest {
  private final Rubric rubric =
      Rubric.from(MiniRubrics.checklist())
          .notApplicablePolicy(NotApplicablePolicy.countAt(new BigDecimal("0.3")))
          .build();

  @Test
  void an_indicator_not_applicable_earns_the_declared_fraction_of_its_points() {
    // given G1.1 not applicable, G1.2 yes; G2.1 yes, G2.2 partial, G2.3 no
    Assessment a =
        Assessment.quick(
            rubric,
            Rating.notApplicable("G1.1", "no such rule"),
            Rating.choice("G1.2", "yes"),
            Rating.choice("G2.1", "yes"),
            Rating.choice("G2.2", "partial"),
            Rating.choice("G2.3", "no"));

    // when
    Scorecard card = Scorer.standard().score(rubric, a);

    // then G1 = (0.3 + 1) / 2 = 0.65 of 200/3 = 43.333…, shown 43.33; G2 = (1 + 1/2 + 0) / 3 =
    // 1/2 of 100/3 = 16.666…, shown 16.67 (the larger remainder takes the cent left); the total
    // is 0.65 × 2/3 + 1/2 × 1/3 = 1.8/3 = 0.6 of 100 = 60.00
    assertThat(card.root().indicator("G1.1").orElseThrow().fraction()).isEqualTo(Ratio.of(3, 10));
    NodeScore g1 = card.node("G1").orElseThrow();
    assertThat(g1.fraction()).isEqualTo(Ratio.of(13, 20));
    assertThat(g1.percent()).isEqualByComparingTo("65.00");
    assertThat(g1.earned()).isEqualByComparingTo("43.33");
    assertThat(card.node("G2").orElseThrow().earned()).isEqualByComparingTo("16.67");
    assertThat(card.root().fraction()).isEqualTo(Ratio.of(3, 5));
    assertThat(card.total()).isEqualByComparingTo("60.00");

    // and a condition reading G1.1's percent finds none: not applicable is never a number, though
    // it counts at 0.3; G1.2, rated yes, reads 100.00
    assertThat(Decisions.read(Metric.indicatorPercent("G1.1"), card.root())).isNull();
    assertThat(Decisions.read(Metric.indicatorPercent("G1.2"), card.root()))
        .isEqualByComparingTo("100.00");
  }
}
