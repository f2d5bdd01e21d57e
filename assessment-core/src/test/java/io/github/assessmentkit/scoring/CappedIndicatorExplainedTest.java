package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.CapRubrics;
import io.github.assessmentkit.testing.MiniRubrics;
import org.junit.jupiter.api.Test;

/**
 * An indicator's line when its weakest dimension holds it back: item 1 (100 points) on the bands
 * 0,5 | 10..25 | 30..45 | 50..65 | 70..85 | 90..100 with dimensions A and D, capped by the weakest.
 */
class CappedIndicatorExplainedTest {
  private static final Rubric CAPS = CapRubrics.item(true);

  private static IndicatorScore item(Rating rating) {
    Assessment a = MiniRubrics.assessmentOf(CAPS).rating(rating).build();
    return Scorer.standard().score(CAPS, a).root().indicator("1").orElseThrow();
  }

  @Test
  void a_capped_indicator_names_the_dimension_that_held_it_back() {
    // 70 with D 45: D's band 3 tops at 45, so 45 % of 100 = 45
    IndicatorScore line =
        item(
            Rating.of("1", 70)
                .withDimensions(DimensionRating.of("A", 70), DimensionRating.of("D", 45)));

    assertThat(line.explanation()).isEqualTo("70 → ≤ D → 0.45 × 100 = 45");
  }

  @Test
  void an_indicator_not_capped_names_no_dimension() {
    // 70 with D 75: band 5 tops at 85, above 70: 70 % of 100 = 70
    IndicatorScore line =
        item(
            Rating.of("1", 70)
                .withDimensions(DimensionRating.of("A", 70), DimensionRating.of("D", 75)));

    assertThat(line.explanation()).isEqualTo("70 → 0.7 × 100 = 70");
  }
}
