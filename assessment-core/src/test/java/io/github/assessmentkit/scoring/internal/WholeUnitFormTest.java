package io.github.assessmentkit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.testing.MiniRubrics;
import org.junit.jupiter.api.Test;

/**
 * Which plans have a whole-unit form: those whose every criterion is scored by a points sum, a
 * weighted mean or a holistic band, which share points in fixed proportions. A checklist fraction
 * counts indicators met instead, so a plan using it is scored on ratios.
 */
class WholeUnitFormTest {
  private final StrategyRegistry registry = StrategyRegistry.standard();

  @Test
  void a_checklist_scored_by_points_sum_has_a_whole_unit_form() {
    assertThat(ScoringEngine.hasUnits(MiniRubrics.checklist(), Strategies.POINTS_SUM, registry))
        .isTrue();
  }

  @Test
  void a_checklist_scored_by_checklist_fraction_has_none() {
    assertThat(
            ScoringEngine.hasUnits(
                MiniRubrics.checklist(), Strategies.CHECKLIST_FRACTION, registry))
        .isFalse();
  }
}
