package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A criterion weighted 0 whose indicators are all weighted 0: it is reported with a percent, its
 * indicators sharing it equally, and counts for nothing.
 *
 * <p>The tree: 100 points by weight, P (1) holding p1, and Z (0) holding z1 and z2, both weighted
 * 0. P takes all 100 points; Z has 0 points and no weight to share them by.
 */
class EveryPartWeightedZeroTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private final Rubric rubric =
      Rubric.builder("every-part-zero", "1")
          .title(Text.en("Every part weighted zero"))
          .provenance(TEST)
          .defaultStrategy(Strategies.POINTS_SUM)
          .totalPoints(100)
          .criterion(Criterion.builder("P", Text.en("P")).weight(1).indicator(yesNo("p1")).build())
          .criterion(
              Criterion.builder("Z", Text.en("Z"))
                  .weight(0)
                  .indicator(yesNo("z1").withWeight(0))
                  .indicator(yesNo("z2").withWeight(0))
                  .build())
          .build();

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void with_every_part_rated_its_parts_share_its_percent_equally() {
    // given p1 yes, z1 yes, z2 no
    Assessment a =
        Assessment.quick(
            rubric,
            Rating.choice("p1", "yes"),
            Rating.choice("z1", "yes"),
            Rating.choice("z2", "no"));

    // when
    Scorecard card = Scorer.standard().score(rubric, a);

    // then Z = (1 + 0) / 2 = 50.00 % on 0 of 0 points; the total is P's 100 of 100
    NodeScore z = card.node("Z").orElseThrow();
    assertThat(z.fraction()).isEqualTo(Ratio.of(1, 2));
    assertThat(z.percent()).isEqualTo(points("50.00"));
    assertThat(z.possible()).isEqualTo(points("0.00"));
    assertThat(card.total()).isEqualTo(points("100.00"));
  }

  @Test
  void with_one_part_not_applicable_the_other_carries_its_whole_percent() {
    // given p1 yes, z1 partial, z2 not applicable (it leaves, the rest renormalised)
    Assessment a =
        Assessment.quick(
            rubric,
            Rating.choice("p1", "yes"),
            Rating.choice("z1", "partial"),
            Rating.notApplicable("z2", "no such activity"));

    // when
    Scorecard card = Scorer.standard().score(rubric, a);

    // then z1 is Z's only counted part, its share the whole: Z = 1/2 = 50.00 % on 0 of 0 points
    NodeScore z = card.node("Z").orElseThrow();
    assertThat(z.applicable()).isTrue();
    assertThat(z.fraction()).isEqualTo(Ratio.of(1, 2));
    assertThat(z.percent()).isEqualTo(points("50.00"));
    assertThat(z.possible()).isEqualTo(points("0.00"));
    assertThat(card.root().indicator("z1").orElseThrow().possible()).isEqualTo(points("0.00"));
    assertThat(card.total()).isEqualTo(points("100.00"));
  }
}
