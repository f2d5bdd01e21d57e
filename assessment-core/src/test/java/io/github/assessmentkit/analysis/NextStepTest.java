package io.github.assessmentkit.analysis;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The next step of an opportunity is read from a rating on a band scale: a leaf whose one indicator
 * counts without a rating (not applicable, counted at a declared fraction) has none.
 */
class NextStepTest {
  @Test
  void a_leaf_counted_at_a_fraction_as_not_applicable_has_no_next_band() {
    // the mini award with "not applicable" counted at 0.6 of the points; 1.1 (40 points) rated
    // not applicable earns 0.6 x 40 = 24.00, 16.00 at stake; there is no band it was rated in,
    // so no next band is named (were its 60 % read as a rating, band 5 at 70 % would be named)
    Rubric rubric =
        Rubric.from(MiniRubrics.award())
            .notApplicablePolicy(NotApplicablePolicy.countAt(new BigDecimal("0.6")))
            .build();
    Assessment a =
        assessmentOf(rubric)
            .rating(Rating.notApplicable("1.1", "no senior leaders of its own"))
            .rating(Rating.of("1.2", 80))
            .rating(Rating.of("2.1", 80))
            .build();

    GapReport report = GapAnalysis.analyse(rubric, a, Scorer.standard().score(rubric, a));

    Finding item11 =
        report.opportunities().stream()
            .filter(f -> f.criterionId().equals("1.1"))
            .findFirst()
            .orElseThrow();
    assertThat(item11.atStake()).isEqualByComparingTo("16.00");
    assertThat(item11.nextStep()).isNull();
  }
}
