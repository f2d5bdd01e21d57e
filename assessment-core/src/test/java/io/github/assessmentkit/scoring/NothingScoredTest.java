package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.ResultScale;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * "Nothing could be scored" is a state of the scorecard a caller tests ({@link
 * Scorecard#isScored()}, {@link NodeScore#isScored()}), not a silent 0, and it has no result on the
 * rubric's result scale.
 *
 * <p>On the checklist (100 points by weight 2 : 1, G1 = G1.1 + G1.2, G2 = G2.1 + G2.2 + G2.3),
 * stating its result on 0 to 5 as well.
 */
class NothingScoredTest {
  private final Rubric checklist =
      Rubric.from(MiniRubrics.checklist())
          .resultScale(ResultScale.of(Text.en("level"), 0, 5))
          .build();

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void an_assessment_with_no_ratings_at_all_is_not_scored_and_has_no_scaled_result() {
    // when
    Scorecard card = Scorer.standard().score(checklist, Assessment.quick(checklist));

    // then missing ratings count as zero by default, so the maximum stays 100 and nothing is
    // earned; but nothing was rated, which the scorecard says rather than a bare 0
    assertThat(card.isScored()).isFalse();
    assertThat(card.scaledResult()).isEmpty();
    assertThat(card.node("G1").orElseThrow().isScored()).isFalse();
    assertThat(card.node("G2").orElseThrow().isScored()).isFalse();
    assertThat(card.total()).isEqualTo(points("0.00"));
    assertThat(card.possible()).isEqualTo(points("100.00"));
    // coverage 5 ratable, none rated; each indicator warned of
    assertThat(card.coverage()).isEqualTo(new Coverage(5, 0, 0));
    assertThat(card.warnings())
        .extracting(ScoreWarning::code)
        .containsExactly("not-rated", "not-rated", "not-rated", "not-rated", "not-rated");
  }

  @Test
  void an_assessment_where_every_indicator_is_not_applicable_is_not_scored() {
    // given
    Assessment a =
        Assessment.quick(
            checklist,
            Rating.notApplicable("G1.1", "dormant"),
            Rating.notApplicable("G1.2", "dormant"),
            Rating.notApplicable("G2.1", "dormant"),
            Rating.notApplicable("G2.2", "dormant"),
            Rating.notApplicable("G2.3", "dormant"));

    // when
    Scorecard card = Scorer.standard().score(checklist, a);

    // then the whole rubric does not apply: no fraction, no scaled result, nothing scored
    assertThat(card.isScored()).isFalse();
    assertThat(card.root().applicable()).isFalse();
    assertThat(card.root().fraction()).isNull();
    assertThat(card.root().exactEarned()).isEqualTo(Ratio.ZERO);
    assertThat(card.scaledResult()).isEmpty();
    assertThat(card.node("G1").orElseThrow().isScored()).isFalse();
    assertThat(card.coverage()).isEqualTo(Coverage.NONE);
    assertThat(card.warnings())
        .extracting(ScoreWarning::code)
        .last()
        .isEqualTo("nothing-applicable");
  }

  @Test
  void when_unrated_indicators_are_left_out_and_none_is_rated_nothing_is_scored() {
    // given a rubric that leaves missing ratings out of the calculation, and no ratings
    Rubric leavingOut =
        Rubric.from(checklist).whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE).build();

    // when
    Scorecard card = Scorer.standard().score(leavingOut, Assessment.quick(leavingOut));

    // then nothing counts anywhere: not scored, no fraction, no scaled result; the five gaps are
    // still ratable and not rated
    assertThat(card.isScored()).isFalse();
    assertThat(card.root().fraction()).isNull();
    assertThat(card.scaledResult()).isEmpty();
    assertThat(card.warnings())
        .extracting(ScoreWarning::code)
        .contains("not-rated", "nothing-applicable");
    assertThat(card.coverage()).isEqualTo(new Coverage(5, 0, 0));
    assertThat(card.isComplete()).isFalse();
  }

  @Test
  void one_rating_is_enough_to_be_scored_and_the_rest_still_shows_as_not_scored() {
    // given only G1.1, yes
    Assessment a = Assessment.quick(checklist, Rating.choice("G1.1", "yes"));

    // when
    Scorecard card = Scorer.standard().score(checklist, a);

    // then G1.1 earns its 1/2 of G1's 2/3 of 100 = 100/3 = 33.333.. -> 33.33; the rest count as
    // zero; on 0 to 5: 1/3 x 5 = 5/3 = 1.666.. -> 1.67
    assertThat(card.isScored()).isTrue();
    assertThat(card.node("G1").orElseThrow().isScored()).isTrue();
    assertThat(card.node("G2").orElseThrow().isScored()).isFalse();
    assertThat(card.total()).isEqualTo(points("33.33"));
    assertThat(card.percent()).isEqualTo(points("33.33"));
    ScaledResult result = card.scaledResult().orElseThrow();
    assertThat(result.exact()).isEqualTo(Ratio.of(5, 3));
    assertThat(result.value()).isEqualTo(points("1.67"));
  }
}
