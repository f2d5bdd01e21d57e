package io.github.assessmentkit.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.time.FiscalQuarter;
import io.github.assessmentkit.time.FiscalYear;
import org.junit.jupiter.api.Test;

/**
 * An action on a node that was not rated when the plan was written has no baseline: its review says
 * where the node stands and the target, with nothing it was before and no points gained.
 */
class UnratedBaselineReviewTest {
  private final Rubric rubric = PlanRubrics.fourItems();
  private final Scorer scorer = Scorer.standard();

  @Test
  void a_review_without_a_baseline_names_no_earlier_standing_and_no_gain() {
    // 2564: only 1.1 rated; item 1.2 (20 points) unrated, so action A1 on it gets no baseline
    Assessment yearOne = PlanRubrics.in(rubric, 2564).rating(Rating.of("1.1", 30)).build();
    ActionPlan plan =
        ActionPlan.builder("p", rubric, yearOne, scorer.score(rubric, yearOne))
            .add(
                Action.of(
                    "A1",
                    "1.2",
                    ActionTarget.band(4),
                    "chair",
                    new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 4)))
            .build();
    // 2565: 1.2 at 50 %, band 4 (50 to 69): 0.50 x 20 = 10.00 points, the target reached
    Assessment yearTwo = PlanRubrics.in(rubric, 2565).rating(Rating.of("1.2", 50)).build();

    ActionResult a1 = plan.review(rubric, yearTwo, scorer.score(rubric, yearTwo)).results().get(0);

    assertThat(plan.action("A1").orElseThrow().baseline()).isNull();
    assertThat(a1.verdict()).isEqualTo(Verdict.MET);
    assertThat(a1.pointsGained()).isNull();
    assertThat(a1.explanation().get(Language.EN))
        .isEqualTo("A1 (1.2): met: band 4 now, target band 4; 50.00 %, 10.00 points");
    assertThat(a1.explanation().get(Language.TH))
        .isEqualTo(
            "A1 (1.2): บรรลุ: ตอนนี้ ช่วงคะแนนที่ 4 เป้าหมาย ช่วงคะแนนที่ 4; ร้อยละ 50.00 10.00 คะแนน");
  }
}
