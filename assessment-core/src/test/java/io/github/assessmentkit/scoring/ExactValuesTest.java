package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.ResultScale;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Defect 1 of the scoring issue: percents and means came from shares already rounded to cents.
 * Scoring now keeps earned and possible points exact and rounds once, for display.
 */
class ExactValuesTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /**
   * Total 100 over three checklist criteria of weight 1 (C1, C2, C3, a third each), one yes /
   * partial / no indicator each; C1 and C2 rated no, C3 rated partial (exactly 50 %).
   */
  private static Scorecard thirds() {
    Rubric rubric =
        Rubric.builder("thirds", "1")
            .title(Text.en("Three equal criteria"))
            .provenance(Provenance.unverified(Text.en("test"), Text.en("worked by hand")))
            .defaultStrategy(Strategies.POINTS_SUM)
            .totalPoints(100)
            .criterion(criterion("C1"))
            .criterion(criterion("C2"))
            .criterion(criterion("C3"))
            .build();
    return Scorer.standard()
        .score(
            rubric,
            assessmentOf(rubric)
                .rating(Rating.choice("C1.q", "no"))
                .rating(Rating.choice("C2.q", "no"))
                .rating(Rating.choice("C3.q", "partial"))
                .build());
  }

  private static Criterion criterion(String id) {
    return Criterion.builder(id, Text.en("criterion " + id))
        .kind(CriterionKind.CHECKLIST)
        .weight(1)
        .indicator(yesNo(id + ".q"))
        .build();
  }

  @Test
  void a_criterion_worth_a_third_of_100_rated_exactly_half_shows_50_percent_and_earns_16_67() {
    // when
    Scorecard card = thirds();

    // then C3 is worth exactly 100/3 and earns 1/2 × 100/3 = 50/3 = 16.666…
    NodeScore c3 = card.node("C3").orElseThrow();
    assertThat(c3.exactPossible()).isEqualTo(Ratio.of(100, 3));
    assertThat(c3.fraction()).isEqualTo(Ratio.of(1, 2));
    assertThat(c3.exactEarned()).isEqualTo(Ratio.of(50, 3));
    // its percent is 50/3 ÷ 100/3 = 1/2 → 50.00 %; from the rounded share it was 33.33 × 0.5 =
    // 16.665 → 16.66 (half-even), and 16.66 ÷ 33.33 = 49.98 %
    assertThat(c3.percent()).isEqualTo(d("50.00"));
    // shown possible: 100/3 = 33.333… cut to 33.33 three times is 99.99; the cent left goes to the
    // first of three equal remainders, C1: 33.34, 33.33, 33.33
    assertThat(card.node("C1").orElseThrow().possible()).isEqualTo(d("33.34"));
    assertThat(card.node("C2").orElseThrow().possible()).isEqualTo(d("33.33"));
    assertThat(c3.possible()).isEqualTo(d("33.33"));
    // shown earned: the total 50/3 rounds to 16.67; its parts 0, 0 and 16.666… cut to 16.66 leave
    // one cent, which goes to C3, the only remainder: C3 shows 16.67
    assertThat(c3.earned()).isEqualTo(d("16.67"));
    assertThat(card.node("C1").orElseThrow().earned()).isEqualTo(d("0.00"));
    assertThat(card.total()).isEqualTo(d("16.67"));
    // the total is 50/3 of 100: 16.666… % → 16.67 %
    assertThat(card.root().exactEarned()).isEqualTo(Ratio.of(50, 3));
    assertThat(card.percent()).isEqualTo(d("16.67"));
    // and C3's line shows the same: 1/2 of 33.33, 16.67 earned
    IndicatorScore line = card.root().indicator("C3.q").orElseThrow();
    assertThat(line.fraction()).isEqualTo(Ratio.of(1, 2));
    assertThat(line.exactPossible()).isEqualTo(Ratio.of(100, 3));
    assertThat(line.exactEarned()).isEqualTo(Ratio.of(50, 3));
    assertThat(line.earned()).isEqualTo(d("16.67"));
  }

  /**
   * One weighted-mean criterion Q worth 100 points holding three indicators on a 0–5 numeric scale,
   * weights 5, 8 and 11 (24 in all), rated 2, 5 and 5; the result stated on a 0–5 scale.
   */
  private static Scorecard mean() {
    NumericScale zeroToFive = NumericScale.of(Text.en("conformity"), 0, 5);
    Rubric rubric =
        Rubric.builder("mean", "1")
            .title(Text.en("A weighted mean of 0-5 scores"))
            .provenance(Provenance.unverified(Text.en("test"), Text.en("worked by hand")))
            .defaultStrategy(Strategies.WEIGHTED_MEAN)
            .totalPoints(100)
            .resultScale(ResultScale.of(Text.en("conformity"), 0, 5))
            .criterion(
                Criterion.builder("Q", Text.en("Quality"))
                    .kind(CriterionKind.CHECKLIST)
                    .points(100)
                    .indicator(score("Q.1", zeroToFive, 5))
                    .indicator(score("Q.2", zeroToFive, 8))
                    .indicator(score("Q.3", zeroToFive, 11))
                    .build())
            .build();
    return Scorer.standard()
        .score(
            rubric,
            assessmentOf(rubric)
                .rating(Rating.of("Q.1", 2))
                .rating(Rating.of("Q.2", 5))
                .rating(Rating.of("Q.3", 5))
                .build());
  }

  private static Indicator score(String id, NumericScale scale, long weight) {
    return Indicator.of(id, Text.en("score " + id), scale).withWeight(BigDecimal.valueOf(weight));
  }

  @Test
  void a_weighted_mean_of_0_to_5_scores_of_exactly_4_375_shows_87_50_percent_and_4_38() {
    // when
    Scorecard card = mean();

    // then the exact mean is (5 × 2 + 8 × 5 + 11 × 5) / 24 = 105/24 = 35/8 = 4.375 of 5, a fraction
    // of 7/8: 87.50 %
    NodeScore q = card.node("Q").orElseThrow();
    assertThat(q.fraction()).isEqualTo(Ratio.of(7, 8));
    assertThat(q.percent()).isEqualTo(d("87.50"));
    assertThat(q.exactEarned()).isEqualTo(Ratio.of(175, 2));
    assertThat(card.percent()).isEqualTo(d("87.50"));
    assertThat(card.total()).isEqualTo(d("87.50"));
    // on the 0-5 result scale: 0 + 7/8 × 5 = 35/8 exactly, shown half-even 4.38. From the
    // rounded shares 20.84, 33.33 and 45.83 (100 × 5/24, 8/24, 11/24, the cent to the first tie)
    // the mean was (20.84 × 2 + 33.33 × 5 + 45.83 × 5) / 100 = 437.48 / 100 = 4.3748 → 4.37
    ScaledResult result = card.scaledResult().orElseThrow();
    assertThat(result.exact()).isEqualTo(Ratio.of(35, 8));
    assertThat(result.value()).isEqualTo(d("4.38"));
    // the lines: possible 125/6, 100/3, 275/6 (20.833…, 33.333…, 45.833…: cut to 20.83, 33.33,
    // 45.83 = 99.99, three equal remainders of 1/3 cent, the cent to the first: 20.84)
    assertThat(q.indicators())
        .extracting(IndicatorScore::possible)
        .containsExactly(d("20.84"), d("33.33"), d("45.83"));
    assertThat(q.indicators())
        .extracting(IndicatorScore::exactPossible)
        .containsExactly(Ratio.of(125, 6), Ratio.of(100, 3), Ratio.of(275, 6));
    // earned 2/5 × 125/6 = 25/3, 100/3, 275/6: together 525/6 = 87.5, Q's earned exactly, so the
    // shown lines add up to Q's 87.50: 8.333…, 33.333…, 45.833… cut to 8.33 + 33.33 + 45.83 =
    // 87.49, the cent to the first of three equal remainders: 8.34, 33.33, 45.83
    assertThat(q.indicators())
        .extracting(IndicatorScore::exactEarned)
        .containsExactly(Ratio.of(25, 3), Ratio.of(100, 3), Ratio.of(275, 6));
    assertThat(q.indicators())
        .extracting(IndicatorScore::earned)
        .containsExactly(d("8.34"), d("33.33"), d("45.83"));
  }
}
