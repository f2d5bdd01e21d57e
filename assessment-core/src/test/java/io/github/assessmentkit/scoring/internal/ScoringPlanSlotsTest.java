package io.github.assessmentkit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/**
 * A plan gives each indicator of a scored criterion a position, in rubric order, and finds it by
 * id, by id with a likely position, or by the indicator's place among the rubric's indicators.
 *
 * <p>The rubric: A holds a1, a2; P, a profile criterion (not scored), holds nothing; B holds b1.
 * Positions: a1 0, a2 1, b1 2.
 */
class ScoringPlanSlotsTest {
  private static final Rubric RUBRIC =
      Rubric.builder("slots", "1")
          .title(Text.en("Slots"))
          .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
          .defaultStrategy(Strategies.POINTS_SUM)
          .criterion(
              Criterion.builder("A", Text.en("A"))
                  .points(20)
                  .indicator(MiniRubrics.yesNo("a1"))
                  .indicator(MiniRubrics.yesNo("a2"))
                  .build())
          .criterion(
              Criterion.builder("B", Text.en("B"))
                  .points(10)
                  .indicator(MiniRubrics.yesNo("b1"))
                  .build())
          .build();

  private final ScoringPlan plan =
      ScoringPlan.of(RUBRIC, Strategies.POINTS_SUM, StrategyRegistry.standard());

  @Test
  void gives_each_indicator_its_position_in_rubric_order() {
    assertThat(plan.slotCount()).isEqualTo(3);
    assertThat(plan.slot("a1")).isZero();
    assertThat(plan.slot("a2")).isEqualTo(1);
    assertThat(plan.slot("b1")).isEqualTo(2);
  }

  @Test
  void gives_minus_1_for_an_id_no_scored_criterion_holds() {
    assertThat(plan.slot("nowhere")).isEqualTo(-1);
  }

  @Test
  void finds_an_indicator_whatever_the_likely_position_says() {
    // right guesses, wrong guesses, and guesses outside 0..2 all find the indicator's position
    assertThat(plan.slot("a1", 0)).isZero();
    assertThat(plan.slot("b1", 2)).isEqualTo(2);
    assertThat(plan.slot("b1", 0)).isEqualTo(2);
    assertThat(plan.slot("a1", 2)).isZero();
    assertThat(plan.slot("a2", -1)).isEqualTo(1);
    assertThat(plan.slot("a2", 3)).isEqualTo(1);
    assertThat(plan.slot("a2", 1000)).isEqualTo(1);
    assertThat(plan.slot("nowhere", 1)).isEqualTo(-1);
  }

  @Test
  void maps_a_place_among_the_rubric_s_indicators_to_a_position() {
    // the rubric's indicators in order: a1, a2, b1; -1 stands for an indicator not found
    assertThat(plan.slotOfIndicator(0)).isZero();
    assertThat(plan.slotOfIndicator(1)).isEqualTo(1);
    assertThat(plan.slotOfIndicator(2)).isEqualTo(2);
    assertThat(plan.slotOfIndicator(-1)).isEqualTo(-1);
  }

  @Test
  void has_no_position_for_a_criterion_that_is_not_scored() {
    // a profile criterion beside them changes no position and has none
    Rubric withProfile =
        Rubric.builder("slots", "1")
            .title(Text.en("Slots"))
            .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
            .defaultStrategy(Strategies.POINTS_SUM)
            .criterion(RUBRIC.criteria().get(0))
            .criterion(Criterion.builder("P", Text.en("P")).kind(CriterionKind.PROFILE).build())
            .criterion(RUBRIC.criteria().get(1))
            .build();
    ScoringPlan p = ScoringPlan.of(withProfile, Strategies.POINTS_SUM, StrategyRegistry.standard());

    assertThat(p.slot("b1")).isEqualTo(2);
    assertThat(p.positions).containsOnlyKeys("A", "B");
  }
}
