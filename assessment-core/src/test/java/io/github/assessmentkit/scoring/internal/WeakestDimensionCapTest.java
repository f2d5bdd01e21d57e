package io.github.assessmentkit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.testing.CapRubrics;
import io.github.assessmentkit.testing.MiniRubrics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A rubric that caps a band-scale rating by its weakest dimension: item 1 (100 points) rated on the
 * bands 0,5 | 10..25 | 30..45 | 50..65 | 70..85 | 90..100 with dimensions A and D. The item's
 * percent is held at the top of the band of its lowest dimension; scored in whole units and on
 * ratios alike.
 */
class WeakestDimensionCapTest {
  private final StrategyRegistry registry = StrategyRegistry.standard();

  private static Rubric rubric(boolean caps) {
    return CapRubrics.item(caps);
  }

  /** Item 1 scored both ways, which agree; its line. */
  private IndicatorScore item(Rubric rubric, Rating rating) {
    Assessment a = MiniRubrics.assessmentOf(rubric).rating(rating).build();
    Scorecard units = Scorer.standard().score(rubric, a);
    Scorecard ratios = ScoringEngine.scoreOnRatios(rubric, a, Strategies.HOLISTIC_BAND, registry);
    assertThat(units).isEqualTo(ratios);
    return units.root().indicator("1").orElseThrow();
  }

  private static Rating rated(long item, long a, long d) {
    return Rating.of("1", item)
        .withDimensions(DimensionRating.of("A", a), DimensionRating.of("D", d));
  }

  private static void shows(IndicatorScore line, String earned, String label, @Nullable String by) {
    assertThat(line.earned()).isEqualByComparingTo(earned);
    assertThat(line.label().en()).isEqualTo(label);
    assertThat(line.cappedBy()).isEqualTo(by);
  }

  @Test
  void holds_the_item_at_the_top_of_its_weakest_dimensions_band() {
    // 70 with A 70 and D 45: D lies in band 3 (30..45), so the item is held at 45: 45.00 points
    shows(item(rubric(true), rated(70, 70, 45)), "45.00", "Band 3", "D");
    // the first of two equally weak dimensions is named: A 45 and D 45
    shows(item(rubric(true), rated(70, 45, 45)), "45.00", "Band 3", "A");
  }

  @Test
  void leaves_an_item_at_or_below_the_cap_as_rated() {
    // 70 with A 70 and D 75: D's band 5 tops at 85, above 70: not capped
    shows(item(rubric(true), rated(70, 70, 75)), "70.00", "Band 5", null);
    // 45 with D 45: the cap is 45, which holds nothing back
    shows(item(rubric(true), rated(45, 60, 45)), "45.00", "Band 3", null);
    // without dimensions, nothing to cap by
    shows(item(rubric(true), Rating.of("1", 70)), "70.00", "Band 5", null);
  }

  @Test
  void caps_nothing_when_the_rubric_does_not_declare_it() {
    shows(item(rubric(false), rated(70, 70, 45)), "70.00", "Band 5", null);
  }
}
