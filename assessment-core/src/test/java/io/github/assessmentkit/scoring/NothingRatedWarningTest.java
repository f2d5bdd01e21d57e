package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/** A criterion with no indicator rated is left out with a warning saying where its points go. */
class NothingRatedWarningTest {

  @Test
  void left_out_and_renormalised_its_points_move_to_its_siblings() {
    // given the mini award, whose missing ratings are left out and their points shared among the
    // siblings, and an assessment rating 1.1 and 2.1 but not 1.2
    Rubric rubric =
        Rubric.from(MiniRubrics.award()).whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE).build();
    var assessment =
        MiniRubrics.assessmentOf(rubric)
            .rating(Rating.of("1.1", 55))
            .rating(Rating.of("2.1", 55))
            .build();

    // when
    Scorecard card = Scorer.standard().score(rubric, assessment);

    // then criterion 1.2 is left out, its points moving to 1.1 (its indicator 1.2 is warned
    // of as unrated too)
    assertThat(card.warnings())
        .filteredOn(w -> w.path().equals("1.2"))
        .extracting(w -> w.message())
        .contains(
            Text.of(
                "ไม่มีตัวชี้วัดใดของ '1.2' ได้รับการประเมิน จึงไม่นับ และคะแนนย้ายไปยังส่วนอื่น",
                "no indicator of '1.2' is rated, so it is left out and its points move to its"
                    + " siblings"));
  }
}
