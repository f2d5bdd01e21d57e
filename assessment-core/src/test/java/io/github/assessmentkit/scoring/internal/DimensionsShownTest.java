package io.github.assessmentkit.scoring.internal;

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
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An item's line shows the dimension ratings it was given, in the order given, scored in whole
 * units and on ratios alike; an item rated without them shows none.
 *
 * <p>Item 1 (100 points) is rated on the bands 0,50 | 60..100 with dimensions A and D.
 */
class DimensionsShownTest {
  private static final BandScale SCALE =
      new BandScale(
          Text.en("A and D"),
          List.of(
              new Dimension("A", Text.en("Approach")), new Dimension("D", Text.en("Deployment"))),
          List.of(
              new Band(1, List.of(0, 50), Text.en("low"), Map.of()),
              new Band(2, List.of(60, 70, 80, 90, 100), Text.en("high"), Map.of())));

  private static final Rubric RUBRIC =
      Rubric.builder("dimensions", "1")
          .title(Text.en("dimensions"))
          .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
          .defaultStrategy(Strategies.HOLISTIC_BAND)
          .criterion(
              Criterion.builder("1", Text.en("Item"))
                  .kind(CriterionKind.PROCESS)
                  .points(100)
                  .indicator(Indicator.of("1", Text.en("How well?"), SCALE))
                  .build())
          .build();

  private static IndicatorScore item(Rating rating) {
    Assessment a = MiniRubrics.assessmentOf(RUBRIC).rating(rating).build();
    Scorecard units = Scorer.standard().score(RUBRIC, a);
    Scorecard ratios =
        ScoringEngine.scoreOnRatios(
            RUBRIC, a, Strategies.HOLISTIC_BAND, StrategyRegistry.standard());
    assertThat(units).isEqualTo(ratios);
    return units.root().indicator("1").orElseThrow();
  }

  @Test
  void the_line_shows_the_dimension_ratings_given() {
    // given item 1 rated 80 with D 90 and A 70 (the rubric does not cap by them)
    DimensionRating d = DimensionRating.of("D", 90);
    DimensionRating a = DimensionRating.of("A", 70);

    // when
    IndicatorScore line = item(Rating.of("1", 80).withDimensions(d, a));

    // then D then A, as given; the item earns 80 of 100
    assertThat(line.dimensions()).containsExactly(d, a);
    assertThat(line.earned()).isEqualByComparingTo("80.00");
  }

  @Test
  void a_line_rated_without_dimensions_shows_none() {
    assertThat(item(Rating.of("1", 80)).dimensions()).isEmpty();
  }
}
