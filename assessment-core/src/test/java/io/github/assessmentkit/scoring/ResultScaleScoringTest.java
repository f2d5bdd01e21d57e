package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.ResultScale;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A rubric states its result on a declared scale besides points: {@code min + earned ÷ possible ×
 * (max − min)}, exact, shown rounded half-even to two places.
 */
class ResultScaleScoringTest {
  private static final ResultScale ZERO_TO_FIVE = ResultScale.of(Text.en("level"), 0, 5);
  private static final ResultScale TEN_TO_TWENTY = ResultScale.of(Text.en("marks"), 10, 20);
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  /** One criterion of 10 points with one indicator scored 0 to 100. */
  private static Rubric percentRubric(ResultScale scale) {
    return Rubric.builder("one-number", "1")
        .title(Text.en("One number"))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM)
        .resultScale(scale)
        .criterion(
            Criterion.builder("1", Text.en("One"))
                .points(10)
                .indicator(
                    Indicator.of("n", Text.en("A number"), NumericScale.of(Text.en("%"), 0, 100)))
                .build())
        .build();
  }

  private static BigDecimal value(String value) {
    return new BigDecimal(value);
  }

  @Test
  void seventy_five_percent_is_3_75_on_0_to_5_and_17_5_on_10_to_20() {
    // when
    Rubric five = percentRubric(ZERO_TO_FIVE);
    Rubric twenty = percentRubric(TEN_TO_TWENTY);
    Scorecard onFive = Scorer.standard().score(five, Assessment.quick(five, Rating.of("n", 75)));
    Scorecard onTwenty =
        Scorer.standard().score(twenty, Assessment.quick(twenty, Rating.of("n", 75)));

    // then 7.5 of 10 = 3/4: 0 + 3/4 x 5 = 15/4 = 3.75; 10 + 3/4 x 10 = 35/2 = 17.50
    assertThat(onFive.total()).isEqualTo(value("7.50"));
    assertThat(onFive.scaledResult().orElseThrow().exact()).isEqualTo(Ratio.of(15, 4));
    assertThat(onFive.scaledResult().orElseThrow().value()).isEqualTo(value("3.75"));
    assertThat(onFive.scaledResult().orElseThrow().scale()).isEqualTo(ZERO_TO_FIVE);
    assertThat(onTwenty.scaledResult().orElseThrow().exact()).isEqualTo(Ratio.of(35, 2));
    assertThat(onTwenty.scaledResult().orElseThrow().value()).isEqualTo(value("17.50"));
  }

  @Test
  void the_ends_of_the_scale_are_nothing_earned_and_everything_earned() {
    // when
    Rubric twenty = percentRubric(TEN_TO_TWENTY);
    Scorecard none = Scorer.standard().score(twenty, Assessment.quick(twenty, Rating.of("n", 0)));
    Scorecard all = Scorer.standard().score(twenty, Assessment.quick(twenty, Rating.of("n", 100)));

    // then 0 of 10 -> 10 + 0 = 10.00; 10 of 10 -> 10 + 10 = 20.00; rated 0 is scored, not empty
    assertThat(none.isScored()).isTrue();
    assertThat(none.scaledResult().orElseThrow().value()).isEqualTo(value("10.00"));
    assertThat(all.scaledResult().orElseThrow().value()).isEqualTo(value("20.00"));
  }

  @Test
  void a_third_of_the_way_is_kept_exact_and_rounded_once_for_display() {
    // given the checklist (G1 = 200/3 by G1.1 and G1.2, 100/3 each; G2 = 100/3 by G2.1 .. G2.3)
    Rubric five = Rubric.from(MiniRubrics.checklist()).resultScale(ZERO_TO_FIVE).build();
    Rubric twenty = Rubric.from(MiniRubrics.checklist()).resultScale(TEN_TO_TWENTY).build();
    Rating[] ratings = {
      Rating.choice("G1.1", "yes"),
      Rating.choice("G1.2", "no"),
      Rating.choice("G2.1", "yes"),
      Rating.choice("G2.2", "yes"),
      Rating.choice("G2.3", "yes")
    };

    // when
    Scorecard onFive = Scorer.standard().score(five, Assessment.quick(five, ratings));
    Scorecard onTwenty = Scorer.standard().score(twenty, Assessment.quick(twenty, ratings));

    // then earned 100/3 + 100/3 = 200/3 of 100, a fraction of 2/3 (66.67 %); on 0 to 5: 2/3 x 5 =
    // 10/3 = 3.333.. -> 3.33; on 10 to 20: 10 + 2/3 x 10 = 50/3 = 16.666.. -> 16.67
    assertThat(onFive.percent()).isEqualTo(value("66.67"));
    assertThat(onFive.scaledResult().orElseThrow().exact()).isEqualTo(Ratio.of(10, 3));
    assertThat(onFive.scaledResult().orElseThrow().value()).isEqualTo(value("3.33"));
    assertThat(onTwenty.scaledResult().orElseThrow().exact()).isEqualTo(Ratio.of(50, 3));
    assertThat(onTwenty.scaledResult().orElseThrow().value()).isEqualTo(value("16.67"));
  }

  @Test
  void a_rubric_without_a_result_scale_states_its_result_in_points_only() {
    // when
    Rubric plain = MiniRubrics.checklist();
    Scorecard card =
        Scorer.standard().score(plain, Assessment.quick(plain, Rating.choice("G1.1", "yes")));

    // then
    assertThat(card.isScored()).isTrue();
    assertThat(card.scaledResult()).isEmpty();
  }
}
