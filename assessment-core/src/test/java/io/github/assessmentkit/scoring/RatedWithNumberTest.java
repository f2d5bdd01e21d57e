package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A rated-with condition on an indicator rated with a number (the mini award rubric's band-scale
 * items, item 1.1 rated 70): the code names the same number however it is written, and a code that
 * is not a number never matches.
 */
class RatedWithNumberTest {
  private final Rubric rubric = MiniRubrics.award();
  private final Scorecard card =
      Scorer.standard()
          .score(
              rubric,
              assessmentOf(rubric)
                  .rating(Rating.of("1.1", 70))
                  .rating(Rating.of("1.2", 50))
                  .rating(Rating.of("2.1", 60))
                  .build());

  private ConditionResult ratedWith(String code) {
    return Decisions.evaluate(
        Condition.ratedWith("1.1", code), card.root(), card.levels(), rubric.ladders());
  }

  @Test
  void a_number_matches_the_same_number_however_written() {
    assertThat(ratedWith("70").met()).isTrue();
    assertThat(ratedWith("70.00").met()).isTrue();
    assertThat(ratedWith("70").reason().get(Language.EN))
        .isEqualTo("indicator 1.1 rated 70, as required (70)");
  }

  @Test
  void a_number_does_not_match_another_number_or_a_word() {
    assertThat(ratedWith("75").met()).isFalse();
    assertThat(ratedWith("75").reason().get(Language.EN))
        .isEqualTo("indicator 1.1 rated 70, not 75 as required");
    assertThat(ratedWith("yes").met()).isFalse();
  }
}
