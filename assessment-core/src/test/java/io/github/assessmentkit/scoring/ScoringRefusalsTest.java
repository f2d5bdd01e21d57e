package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import io.github.assessmentkit.validation.Violation;
import org.junit.jupiter.api.Test;

/** What scoring refuses: a blank rung id, and an invalid assessment, pointing at its rating. */
class ScoringRefusalsTest {

  @Test
  void a_level_decision_refuses_a_blank_rung_but_takes_none() {
    Text t = Text.en("x");

    assertThatThrownBy(() -> new LevelDecision("ladder", t, " ", t, null, t, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new LevelDecision("ladder", t, null, t, null, t, true).rungId()).isNull();
  }

  @Test
  void an_invalid_rating_is_pointed_at_by_its_place_in_the_assessment() {
    // the second rating (index 1) names an indicator the checklist lacks
    Rubric checklist = MiniRubrics.checklist();
    Assessment a =
        MiniRubrics.assessmentOf(checklist)
            .rating(Rating.choice("G1.1", "yes"))
            .rating(Rating.choice("Z9", "yes"))
            .build();

    assertThatThrownBy(() -> Scorer.standard().score(checklist, a))
        .isInstanceOfSatisfying(
            InvalidAssessmentException.class,
            e ->
                assertThat(e.report().violations())
                    .extracting(Violation::path)
                    .containsExactly("/ratings/1/indicator"));
  }
}
