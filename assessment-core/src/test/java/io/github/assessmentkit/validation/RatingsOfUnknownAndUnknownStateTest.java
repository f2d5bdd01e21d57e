package io.github.assessmentkit.validation;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two edges of the rating rules: an indicator the rubric lacks rated twice, and an unknown rating
 * of an indicator that may not be rated not applicable.
 */
class RatingsOfUnknownAndUnknownStateTest {
  private final Rubric checklist = MiniRubrics.checklist();

  private static List<String> rules(Rubric rubric, Assessment assessment) {
    return AssessmentValidator.validate(rubric, assessment).violations().stream()
        .map(v -> v.path() + " " + v.rule())
        .toList();
  }

  @Test
  void an_indicator_the_rubric_lacks_rated_twice_is_named_each_time_and_as_rated_twice() {
    // Z9 is not in the checklist: both ratings name it missing, the second also rated twice
    Assessment a =
        assessmentOf(checklist)
            .rating(Rating.choice("Z9", "yes"))
            .rating(Rating.choice("Z9", "no"))
            .build();

    assertThat(rules(checklist, a))
        .containsExactly(
            "/ratings/0/indicator rating.indicator-exists",
            "/ratings/1/indicator rating.indicator-exists",
            "/ratings/1/indicator rating.one-per-indicator");
  }

  @Test
  void an_unknown_rating_is_not_a_not_applicable_one() {
    // G2.1 may not be rated not applicable; "could not tell" is another state and allowed
    Rubric strict =
        Rubric.from(checklist)
            .replace(
                Criterion.builder("G2", Text.en("Transparency"))
                    .weight(1)
                    .indicator(MiniRubrics.yesNo("G2.1").withNotApplicableAllowed(false))
                    .build())
            .build();
    Assessment a = assessmentOf(strict).rating(Rating.unknown("G2.1", "no minutes seen")).build();

    assertThat(rules(strict, a)).isEmpty();
  }
}
