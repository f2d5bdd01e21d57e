package io.github.assessmentkit.scoring.internal;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A points-sum criterion of a single part takes that part's label, an indicator's or a
 * sub-criterion's; one of several parts has none. Scored in whole units and on ratios alike.
 *
 * <p>The tree, points-sum, 30 points: S (10) holds s1; T (10) holds t1, t2; U (10) holds only the
 * sub-criterion U1, which holds u1. Rated: s1 partial, t1 yes, t2 no, u1 yes.
 */
class SinglePartLabelTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private static final Rubric RUBRIC =
      Rubric.builder("labels", "1")
          .title(Text.en("Labels"))
          .provenance(TEST)
          .defaultStrategy(Strategies.POINTS_SUM)
          .criterion(Criterion.builder("S", Text.en("S")).points(10).indicator(yesNo("s1")).build())
          .criterion(
              Criterion.builder("T", Text.en("T"))
                  .points(10)
                  .indicator(yesNo("t1"))
                  .indicator(yesNo("t2"))
                  .build())
          .criterion(
              Criterion.builder("U", Text.en("U"))
                  .points(10)
                  .child("U1", Text.en("U1"), c -> c.indicator(yesNo("u1")))
                  .build())
          .build();

  @Test
  void a_points_sum_of_one_part_shows_that_part_s_label() {
    // given
    Assessment a =
        Assessment.quick(
            RUBRIC,
            Rating.choice("s1", "partial"),
            Rating.choice("t1", "yes"),
            Rating.choice("t2", "no"),
            Rating.choice("u1", "yes"));

    // when scored in whole units (every rating counts) and on ratios
    Scorecard card = Scorer.standard().score(RUBRIC, a);
    Scorecard ratios =
        ScoringEngine.scoreOnRatios(RUBRIC, a, Strategies.POINTS_SUM, StrategyRegistry.standard());

    // then the two agree; S shows s1's label "Partly" (1/2 x 10 = 5 of 10); T, of two parts of 5
    // points each, shows none (5 + 0 = 5 of 10); U1 shows u1's "Yes", and U, of the one part U1,
    // shows U1's (10 of 10); the whole 5 + 5 + 10 = 20 of 30
    assertThat(card).isEqualTo(ratios);
    assertThat(card.node("S").orElseThrow().label())
        .isEqualTo(Text.of("ดำเนินการบางส่วน", "Partly"));
    assertThat(card.node("S").orElseThrow().earned()).isEqualTo(new BigDecimal("5.00"));
    assertThat(card.node("T").orElseThrow().label()).isNull();
    assertThat(card.node("T").orElseThrow().earned()).isEqualTo(new BigDecimal("5.00"));
    assertThat(card.node("U1").orElseThrow().label()).isEqualTo(Text.of("มี/ดำเนินการครบ", "Yes"));
    assertThat(card.node("U").orElseThrow().label()).isEqualTo(Text.of("มี/ดำเนินการครบ", "Yes"));
    assertThat(card.node("U").orElseThrow().earned()).isEqualTo(new BigDecimal("10.00"));
    assertThat(card.total()).isEqualTo(new BigDecimal("20.00"));
  }
}
