package io.github.assessmentkit.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rubric with an organisational profile, as the CQA set has (P.1 and P.2): the profile is not
 * scored, so a scorecard holds no node for it, and a cohort must read the rubric the same way.
 */
class ProfileCohortTest {
  private static final Rubric RUBRIC =
      Rubric.from(Round.RUBRIC)
          .criterion(
              Criterion.builder("P", Text.en("Profile"))
                  .kind(CriterionKind.PROFILE)
                  .child("P.1", Text.en("Description"), c -> {})
                  .build())
          .build();

  private static OrganisationSummary org(String id, int a, int b, int c) {
    Assessment assessment =
        Assessment.builder(
                "a-" + id,
                new Subject(id, Text.en(id), OrganisationType.SAVINGS, "Loei"),
                RUBRIC.ref(),
                Round.YEAR)
            .rating(Rating.of("1.1", a))
            .rating(Rating.of("1.2", b))
            .rating(Rating.of("2.1", c))
            .status(AssessmentStatus.FINAL)
            .build();
    return OrganisationSummary.of(Scorer.standard().score(RUBRIC, assessment));
  }

  @Test
  void a_cohort_holds_the_scorecards_of_a_rubric_with_an_unscored_profile() {
    // given totals 0.4a + 0.2b + 0.4c: coop-a 0.4 × 80 + 0.2 × 80 + 0.4 × 70 = 76, coop-b 0.4 × 60
    // + 0.2 × 60 + 0.4 × 80 = 68
    List<OrganisationSummary> summaries =
        List.of(org("coop-b", 60, 60, 80), org("coop-a", 80, 80, 70));

    // when
    Cohort cohort = Cohort.of(RUBRIC, Round.YEAR, summaries);

    // then the profile is not among the nodes, nor in the spreads, and the ranking reads the totals
    assertThat(cohort.nodeIds()).containsExactly("mini-award", "1", "1.1", "1.2", "2", "2.1");
    assertThat(summaries.get(0).nodeIds()).isEqualTo(cohort.nodeIds());
    assertThat(cohort.distribution().overall().criteria())
        .extracting(Spread::criterionId)
        .containsExactly("mini-award", "1", "1.1", "1.2", "2", "2.1");
    assertThat(cohort.rank(RankingOrder.byTotal()).overall().standings())
        .extracting(Standing::subjectId, s -> s.totalPoints().toPlainString())
        .containsExactly(tuple("coop-a", "76.00"), tuple("coop-b", "68.00"));
  }
}
