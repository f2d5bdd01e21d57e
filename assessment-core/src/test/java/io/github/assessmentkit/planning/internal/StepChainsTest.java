package io.github.assessmentkit.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values above a rating, one step at a time, for each kind of scale. */
class StepChainsTest {

  private static List<String> above(io.github.assessmentkit.scale.Scale scale, RatingValue v) {
    return StepChains.above(scale, v).stream().map(RatingValue::toString).toList();
  }

  @Test
  void a_band_scale_steps_through_every_allowed_percent_above_the_value() {
    // the bands allow 0, 5, 10 … 100: above 80 come 85, 90, 95, 100; above 45 the next band's 50
    assertThat(above(MiniRubrics.bands(), RatingValue.of(80)))
        .containsExactly("85", "90", "95", "100");
    assertThat(above(MiniRubrics.bands(), RatingValue.of(40)))
        .startsWith("45", "50", "55")
        .hasSize(12);
    assertThat(above(MiniRubrics.bands(), RatingValue.of(100))).isEmpty();
  }

  @Test
  void a_level_scale_steps_through_the_levels_above() {
    // levels 0 to 4: above 2 come 3 and 4; above 4 nothing
    assertThat(above(MiniRubrics.levels(), RatingValue.choice("2"))).containsExactly("3", "4");
    assertThat(above(MiniRubrics.levels(), RatingValue.choice("0")))
        .containsExactly("1", "2", "3", "4");
    assertThat(above(MiniRubrics.levels(), RatingValue.choice("4"))).isEmpty();
  }

  @Test
  void yes_partial_no_goes_no_partial_yes_and_yes_no_goes_no_yes() {
    assertThat(above(YesPartialNoScale.STANDARD, RatingValue.choice("no")))
        .containsExactly("partial", "yes");
    assertThat(above(YesPartialNoScale.STANDARD, RatingValue.choice("partial")))
        .containsExactly("yes");
    assertThat(above(YesPartialNoScale.STANDARD, RatingValue.choice("yes"))).isEmpty();
    assertThat(above(YesNoScale.STANDARD, RatingValue.choice("no"))).containsExactly("yes");
    assertThat(above(YesNoScale.STANDARD, RatingValue.choice("yes"))).isEmpty();
  }

  @Test
  void a_likert_scale_steps_one_point_at_a_time_to_its_last_point() {
    LikertScale five = new LikertScale(5, Text.en("poor"), Text.en("excellent"));
    assertThat(above(five, RatingValue.of(3))).containsExactly("4", "5");
    assertThat(above(five, RatingValue.of(1))).containsExactly("2", "3", "4", "5");
    assertThat(above(five, RatingValue.of(5))).isEmpty();
  }

  @Test
  void a_measure_steps_to_each_threshold_bound_not_reached_in_its_direction() {
    // higher is better, bounds 1.0, 1.5, 2.0: 1.2 has reached 1.0, so 1.5 then 2.0; 1.5 reached
    // exactly counts as reached
    MeasureScale higher =
        new MeasureScale(
            "ratio",
            Direction.HIGHER_IS_BETTER,
            null,
            List.of(
                new Threshold(new BigDecimal("1.0"), new BigDecimal("0.25"), Text.en("fair")),
                new Threshold(new BigDecimal("1.5"), new BigDecimal("0.5"), Text.en("good")),
                new Threshold(new BigDecimal("2.0"), new BigDecimal("1"), Text.en("best"))),
            Text.en("poor"));
    assertThat(above(higher, RatingValue.of(new BigDecimal("1.2")))).containsExactly("1.5", "2.0");
    assertThat(above(higher, RatingValue.of(new BigDecimal("1.5")))).containsExactly("2.0");
    assertThat(above(higher, RatingValue.of(new BigDecimal("0.4"))))
        .containsExactly("1.0", "1.5", "2.0");
    assertThat(above(higher, RatingValue.of(new BigDecimal("2.5")))).isEmpty();
    // lower is better, bounds 10, 5, 2: 6 has reached 10, so 5 then 2; 5 exactly has reached 5
    MeasureScale lower =
        new MeasureScale(
            "days",
            Direction.LOWER_IS_BETTER,
            null,
            List.of(
                new Threshold(new BigDecimal("10"), new BigDecimal("0.25"), Text.en("fair")),
                new Threshold(new BigDecimal("5"), new BigDecimal("0.5"), Text.en("good")),
                new Threshold(new BigDecimal("2"), new BigDecimal("1"), Text.en("best"))),
            Text.en("slow"));
    assertThat(above(lower, RatingValue.of(6))).containsExactly("5", "2");
    assertThat(above(lower, RatingValue.of(5))).containsExactly("2");
    assertThat(above(lower, RatingValue.of(12))).containsExactly("10", "5", "2");
    assertThat(above(lower, RatingValue.of(1))).isEmpty();
  }

  @Test
  void a_numeric_scale_steps_on_its_grid_to_its_maximum_and_has_no_steps_without_a_grid() {
    // 0 to 2 by 0.5: above 1 come 1.5 and 2.0 (the maximum itself is a step); above 2 nothing
    NumericScale grid = NumericScale.of(Text.en("n"), 0, 2).withStep(new BigDecimal("0.5"));
    assertThat(above(grid, RatingValue.of(1))).containsExactly("1.5", "2.0");
    assertThat(above(grid, RatingValue.of(2))).isEmpty();
    assertThat(StepChains.above(NumericScale.of(Text.en("n"), 0, 2), RatingValue.of(1))).isNull();
  }
}
