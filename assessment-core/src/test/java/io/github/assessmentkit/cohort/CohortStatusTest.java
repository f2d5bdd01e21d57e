package io.github.assessmentkit.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A round takes final assessments only unless told otherwise. Totals on the mini award rubric (1.1
 * = 40, 1.2 = 20, 2.1 = 40 points): 80/60/75 % gives 32 + 12 + 30 = 74.00; 30/30/60 % gives 12 + 6
 * + 24 = 42.00; 50 % everywhere gives 50.00.
 */
class CohortStatusTest {
  private static OrganisationSummary org(
      String id, String assessmentId, AssessmentStatus status, int a, int b, int c) {
    Assessment assessment =
        Assessment.builder(
                assessmentId,
                new Subject(id, Text.en(id), OrganisationType.SAVINGS, "Loei"),
                Round.RUBRIC.ref(),
                Round.YEAR)
            .rating(Rating.of("1.1", a))
            .rating(Rating.of("1.2", b))
            .rating(Rating.of("2.1", c))
            .status(status)
            .build();
    return OrganisationSummary.of(Scorer.standard().score(Round.RUBRIC, assessment));
  }

  private final OrganisationSummary closedA =
      org("coop-a", "a-a", AssessmentStatus.FINAL, 80, 60, 75);
  private final OrganisationSummary draftB =
      org("coop-b", "a-b", AssessmentStatus.DRAFT, 30, 30, 60);
  private final OrganisationSummary submittedC =
      org("coop-c", "a-c", AssessmentStatus.SUBMITTED, 50, 50, 50);

  @Test
  void a_summary_carries_the_status_of_its_assessment() {
    assertThat(closedA.status()).isEqualTo(AssessmentStatus.FINAL);
    assertThat(draftB.status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(closedA).isNotEqualTo(org("coop-a", "a-a", AssessmentStatus.REVIEWED, 80, 60, 75));
    assertThat(
            OrganisationSummary.builder(
                    "coop-x", OrganisationType.SAVINGS, Round.RUBRIC.ref(), Round.YEAR)
                .node(
                    "mini-award",
                    io.github.assessmentkit.Ratio.of(1),
                    io.github.assessmentkit.Ratio.of(2))
                .build()
                .status())
        .isEqualTo(AssessmentStatus.DRAFT);
  }

  @Test
  void by_default_the_cohort_leaves_out_what_is_not_final_and_lists_it_with_the_reason() {
    // when
    Cohort cohort = Cohort.of(Round.RUBRIC, Round.YEAR, List.of(draftB, closedA, submittedC));

    // then only coop-a is ranked
    assertThat(cohort.size()).isEqualTo(1);
    assertThat(cohort.summaries()).containsExactly(closedA);
    assertThat(cohort.rank(RankingOrder.byTotal()).overall().standings())
        .extracting(Standing::subjectId)
        .containsExactly("coop-a");
    assertThat(cohort.leftOut())
        .containsExactly(
            new LeftOut(
                "coop-b",
                AssessmentStatus.DRAFT,
                Text.of(
                    "สรุปผลขององค์กร coop-b มีสถานะ ฉบับร่าง ไม่ใช่ฉบับสุดท้าย",
                    "the summary of organisation coop-b is draft, not final")),
            new LeftOut(
                "coop-c",
                AssessmentStatus.SUBMITTED,
                Text.of(
                    "สรุปผลขององค์กร coop-c มีสถานะ ยื่นแล้ว ไม่ใช่ฉบับสุดท้าย",
                    "the summary of organisation coop-c is submitted, not final")));
  }

  @Test
  void told_to_take_any_status_the_cohort_ranks_every_summary() {
    // when
    Cohort cohort =
        Cohort.of(
            Round.RUBRIC, Round.YEAR, List.of(draftB, closedA, submittedC), Admission.ANY_STATUS);

    // then 74.00 > 50.00 > 42.00, and nothing is left out
    assertThat(cohort.size()).isEqualTo(3);
    assertThat(cohort.leftOut()).isEmpty();
    assertThat(cohort.rank(RankingOrder.byTotal()).overall().standings())
        .extracting(Standing::subjectId)
        .containsExactly("coop-a", "coop-c", "coop-b");
  }

  @Test
  void an_organisation_with_a_final_and_a_superseding_draft_counts_by_its_final_one() {
    // given coop-a's final assessment a-a (74.00) and its successor a-a2 still in draft (50.00)
    OrganisationSummary successor = org("coop-a", "a-a2", AssessmentStatus.DRAFT, 50, 50, 50);

    // when
    Cohort cohort = Cohort.of(Round.RUBRIC, Round.YEAR, List.of(closedA, successor));

    // then the result that stands is the final one
    assertThat(cohort.summaries()).containsExactly(closedA);
    assertThat(cohort.leftOut()).extracting(LeftOut::subjectId).containsExactly("coop-a");
    // two final summaries of one organisation are refused: the caller gives the one that stands
    OrganisationSummary closedSuccessor = org("coop-a", "a-a2", AssessmentStatus.FINAL, 50, 50, 50);
    assertThatThrownBy(() -> Cohort.of(Round.RUBRIC, Round.YEAR, List.of(closedA, closedSuccessor)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("organisation coop-a appears more than once");
  }

  @Test
  void a_summary_left_out_is_still_refused_when_it_is_of_another_round() {
    OrganisationSummary other =
        OrganisationSummary.builder(
                "coop-x", OrganisationType.SAVINGS, new RubricRef("mini-award", "2"), Round.YEAR)
            .node(
                "mini-award",
                io.github.assessmentkit.Ratio.of(50),
                io.github.assessmentkit.Ratio.of(100))
            .build();
    assertThatThrownBy(() -> Cohort.of(Round.RUBRIC, Round.YEAR, List.of(closedA, other)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("organisation coop-x was scored against mini-award@2, not mini-award@1");
  }
}
