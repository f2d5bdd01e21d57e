package io.github.assessmentkit.testing;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Map;

/**
 * A one-item rubric for the weakest-dimension cap: item 1 (100 points, holistic band) rated on the
 * bands 0,5 | 10..25 | 30..45 | 50..65 | 70..85 | 90..100 with dimensions A (approach) and D
 * (deployment).
 */
public final class CapRubrics {
  /** The six bands with dimensions A and D. */
  public static final BandScale ADLI =
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

  private CapRubrics() {}

  /**
   * The rubric, with or without the cap.
   *
   * @param caps whether a rating is capped by its weakest dimension
   * @return the rubric
   */
  public static Rubric item(boolean caps) {
    return Rubric.builder("caps", "1")
        .title(Text.en("caps"))
        .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
        .defaultStrategy(Strategies.HOLISTIC_BAND)
        .capByWeakestDimension(caps)
        .criterion(
            Criterion.builder("1", Text.en("Item"))
                .kind(CriterionKind.PROCESS)
                .points(100)
                .indicator(Indicator.of("1", Text.en("How well?"), ADLI))
                .build())
        .build();
  }
}
