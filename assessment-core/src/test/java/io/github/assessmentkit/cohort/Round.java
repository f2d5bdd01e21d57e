package io.github.assessmentkit.cohort;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * Summaries of organisations scored against {@link MiniRubrics#award()}: items 1.1 (40 points), 1.2
 * (20) and 2.1 (40) rated a, b and c percent give a total of 0.4a + 0.2b + 0.4c, category 1 at (2a
 * + b) / 3 percent and category 2 at c percent.
 */
final class Round {
  static final Rubric RUBRIC = MiniRubrics.award();
  static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2556);

  private Round() {}

  static OrganisationSummary org(
      String id, @Nullable String province, OrganisationType type, int a, int b, int c) {
    Assessment assessment =
        Assessment.builder(
                "a-" + id, new Subject(id, Text.en(id), type, province), RUBRIC.ref(), YEAR)
            .rating(Rating.of("1.1", a))
            .rating(Rating.of("1.2", b))
            .rating(Rating.of("2.1", c))
            .status(AssessmentStatus.FINAL)
            .build();
    return OrganisationSummary.of(Scorer.standard().score(RUBRIC, assessment));
  }
}
