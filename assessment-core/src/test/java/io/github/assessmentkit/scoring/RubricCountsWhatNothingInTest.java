package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The rubric's not-applicable policy decides what a top-level criterion in which nothing counts is
 * worth, even when that is true of every top-level criterion: counted at a fraction, the rubric is
 * still scored.
 *
 * <p>The tree, points-sum, 20 points: A (10) holds a1, B (10) holds b1; each of A and B leaves out
 * a not-applicable part, while the rubric counts a not-applicable top-level criterion at 0.5.
 */
class RubricCountsWhatNothingInTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  @Test
  void every_top_level_criterion_left_out_is_counted_at_the_rubric_s_fraction() {
    // given
    Rubric r =
        Rubric.builder("counted-at", "1")
            .title(Text.en("Counted at"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .notApplicablePolicy(NotApplicablePolicy.countAt(new BigDecimal("0.5")))
            .criterion(
                Criterion.builder("A", Text.en("A"))
                    .points(10)
                    .notApplicable(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE)
                    .indicator(yesNo("a1"))
                    .build())
            .criterion(
                Criterion.builder("B", Text.en("B"))
                    .points(10)
                    .notApplicable(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE)
                    .indicator(yesNo("b1"))
                    .build())
            .build();
    Assessment a =
        Assessment.quick(
            r,
            Rating.notApplicable("a1", "no such activity"),
            Rating.notApplicable("b1", "no such activity"));

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then nothing in A or B counts, and the rubric counts each at 0.5: A 5 of 10, B 5 of 10, the
    // whole 10 of 20 = 50.00 %
    for (String id : new String[] {"A", "B"}) {
      NodeScore node = card.node(id).orElseThrow();
      assertThat(node.applicable()).as(id).isTrue();
      assertThat(node.earned()).as(id).isEqualTo(new BigDecimal("5.00"));
      assertThat(node.possible()).as(id).isEqualTo(new BigDecimal("10.00"));
    }
    assertThat(card.root().applicable()).isTrue();
    assertThat(card.total()).isEqualTo(new BigDecimal("10.00"));
    assertThat(card.possible()).isEqualTo(new BigDecimal("20.00"));
    assertThat(card.root().percent()).isEqualTo(new BigDecimal("50.00"));
    assertThat(card.warnings()).isEmpty();
  }
}
