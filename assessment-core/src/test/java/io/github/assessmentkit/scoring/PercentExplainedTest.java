package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import org.junit.jupiter.api.Test;

/**
 * How a node's percent follows from its exact values, on the mini checklist (total 100; G1 of
 * weight 2 with G1.1 and G1.2, G2 of weight 1 with G2.1, G2.2 and G2.3), and the tier an award
 * names.
 */
class PercentExplainedTest {
  private final Rubric rubric = MiniRubrics.checklist();

  @Test
  void a_percent_is_exact_earned_over_exact_possible_rounded_once() {
    // G1 yes and yes: 1 of 2/3; G2 yes, partial, no: (1 + 1/2 + 0) / 3 = 1/2 of 1/3.
    // Total fraction 2/3 + 1/6 = 5/6: 500/6 = 250/3 of 100 points, 83.33 %.
    AssessmentBuilder a = MiniRubrics.assessmentOf(rubric);
    a.rating(Rating.choice("G1.1", "yes")).rating(Rating.choice("G1.2", "yes"));
    a.rating(Rating.choice("G2.1", "yes"))
        .rating(Rating.choice("G2.2", "partial"))
        .rating(Rating.choice("G2.3", "no"));
    Scorecard s = Scorer.standard().score(rubric, a.build());
    assertThat(s.root().percentExplained()).isEqualTo("250/3 ÷ 100 = 5/6 → 83.33 %");
    // G2: 50/3 of 100/3 = 1/2
    assertThat(s.node("G2").orElseThrow().percentExplained())
        .isEqualTo("50/3 ÷ 100/3 = 0.5 → 50.00 %");
  }

  @Test
  void a_criterion_that_does_not_apply_explains_no_percent() {
    // every indicator of G2 does not apply: G2 leaves, G1 takes the 100 points
    AssessmentBuilder a = MiniRubrics.assessmentOf(rubric);
    a.rating(Rating.choice("G1.1", "yes")).rating(Rating.choice("G1.2", "no"));
    for (String id : new String[] {"G2.1", "G2.2", "G2.3"}) {
      a.rating(Rating.notApplicable(id, "does not apply"));
    }
    Scorecard s = Scorer.standard().score(rubric, a.build());
    assertThat(s.node("G2").orElseThrow().applicable()).isFalse();
    assertThat(s.node("G2").orElseThrow().percentExplained()).isEqualTo("—");
    assertThat(s.root().percentExplained()).isEqualTo("50 ÷ 100 = 0.5 → 50.00 %");
  }

  @Test
  void an_award_names_the_tier_won() {
    // mini award rubric: 70, 50, 60 % give 28 + 10 + 24 = 62 points, above 50: gold
    Rubric award = MiniRubrics.award();
    Scorecard s =
        Scorer.standard()
            .score(
                award,
                MiniRubrics.assessmentOf(award)
                    .rating(Rating.of("1.1", 70))
                    .rating(Rating.of("1.2", 50))
                    .rating(Rating.of("2.1", 60))
                    .build());
    assertThat(s.awards().get(0).tier()).contains("gold");
  }
}
