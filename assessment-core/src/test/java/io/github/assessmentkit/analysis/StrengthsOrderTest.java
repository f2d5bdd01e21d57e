package io.github.assessmentkit.analysis;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The order of the strengths on the mini award (1.1 and 2.1 worth 40 points, 1.2 worth 20): the
 * highest percent first, at the same percent the most points earned first, and at the same percent
 * and points the criterion ids in ascending order.
 */
class StrengthsOrderTest {
  private final Rubric award = MiniRubrics.award();

  private GapReport analyse(long r11, long r12, long r21) {
    Assessment a =
        assessmentOf(award)
            .rating(Rating.of("1.1", r11))
            .rating(Rating.of("1.2", r12))
            .rating(Rating.of("2.1", r21))
            .build();
    return GapAnalysis.analyse(award, a, Scorer.standard().score(award, a));
  }

  @Test
  void the_highest_percent_comes_first_whatever_the_points() {
    // 1.1 at 60 % (24.00 of 40), 1.2 at 90 % (18.00 of 20), 2.1 at 80 % (32.00 of 40):
    // by percent 1.2 (90), 2.1 (80), 1.1 (60), although 1.2 earned the fewest points
    GapReport report = analyse(60, 90, 80);

    assertThat(report.strengths())
        .extracting(Finding::criterionId)
        .containsExactly("1.2", "2.1", "1.1");
    assertThat(report.strengths())
        .extracting(Finding::earned)
        .containsExactly(new BigDecimal("18.00"), new BigDecimal("32.00"), new BigDecimal("24.00"));
  }

  @Test
  void at_the_same_percent_more_points_come_first_then_the_lower_id() {
    // all three at 80 %: 1.1 and 2.1 earn 0.80 x 40 = 32.00, 1.2 earns 0.80 x 20 = 16.00;
    // so 1.1 and 2.1 (32.00) before 1.2 (16.00), and 1.1 before 2.1 by id
    GapReport report = analyse(80, 80, 80);

    assertThat(report.strengths())
        .extracting(Finding::criterionId)
        .containsExactly("1.1", "2.1", "1.2");
    assertThat(report.strengths())
        .extracting(Finding::earned)
        .containsExactly(new BigDecimal("32.00"), new BigDecimal("32.00"), new BigDecimal("16.00"));
  }
}
