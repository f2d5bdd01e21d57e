package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An indicator's line when its weakest dimension holds it back: item 1 (100 points) on the bands
 * 0,5 | 10..25 | 30..45 | 50..65 | 70..85 | 90..100 with dimensions A and D, capped by the weakest.
 */
class CappedIndicatorExplainedTest {
  private static final BandScale ADLI =
      new BandScale(
          Text.en("A and D"),
          List.of(
              new Dimension("A", Text.en("Approach")), new Dimension("D", Text.en("Deployment"))),
          List.of(
              new Band(1, List.of(0, 5), Text.en("none"), Map.of()),
              new Band(2, List.of(10, 15, 20, 25), Text.en("early"), Map.of()),
              new Band(3, List.of(30, 35, 40, 45), Text.en("systematic"), Map.of()),
              new Band(4, List.of(50, 55, 60, 65), Text.en("aligned"), Map.of()),
              new Band(5, List.of(70, 75, 80, 85), Text.en("integrated"), Map.of()),
              new Band(6, List.of(90, 95, 100), Text.en("role model"), Map.of())));

  private static final Rubric CAPS =
      Rubric.builder("caps", "1")
          .title(Text.en("caps"))
          .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
          .defaultStrategy(Strategies.HOLISTIC_BAND)
          .capByWeakestDimension(true)
          .criterion(
              Criterion.builder("1", Text.en("Item"))
                  .kind(CriterionKind.PROCESS)
                  .points(100)
                  .indicator(Indicator.of("1", Text.en("How well?"), ADLI))
                  .build())
          .build();

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
