package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import org.junit.jupiter.api.Test;

/**
 * The numbers an explanation gives, on the mini checklist (total 100; G1 of weight 2 with G1.1 and
 * G1.2, G2 of weight 1 with G2.1, G2.2 and G2.3; yes/partial/no; a part that does not apply leaves
 * and its points go to the others): G1 holds 2/3 of 100 = 66.67 and G2 1/3 = 33.33.
 */
class ExplanationNumbersTest {
  private final Rubric rubric = MiniRubrics.checklist();

  private Scorecard score(String g11, String g12, String g21, String g22, String g23) {
    AssessmentBuilder a = MiniRubrics.assessmentOf(rubric);
    String[] ids = {"G1.1", "G1.2", "G2.1", "G2.2", "G2.3"};
    String[] codes = {g11, g12, g21, g22, g23};
    for (int k = 0; k < ids.length; k++) {
      if (codes[k] == null) {
        continue;
      }
      a.rating(
          codes[k].equals("n/a")
              ? Rating.notApplicable(ids[k], "does not apply")
              : Rating.choice(ids[k], codes[k]));
    }
    return Scorer.standard().score(rubric, a.build());
  }

  @Test
  void an_indicator_that_does_not_apply_leaves_the_terms_and_takes_a_share_of_zero() {
    // G2.2 does not apply: G2.1 and G2.3 (shares 0.5, 0.5) share G2's 33.33, 16.665 each: 16.66 cut
    // twice (33.32),
    // the cent left to the first: 16.67 and 16.66. Earned: G1 66.666… and G2 16.666… (half of
    // 33.333…) make 83.33; cut to 66.66 + 16.66, the cent left goes to the first of the equal
    // remainders, G1: G2 shows 16.66, all of it G2.1's (yes), G2.3 (no) 0.00.
    Scorecard s = score("yes", "yes", "yes", "n/a", "no");
    Explanation g2 = s.node("G2").orElseThrow().explanation();
    assertThat(g2.terms())
        .extracting(
            t ->
                t.id()
                    + " "
                    + t.possible()
                    + " "
                    + t.earned()
                    + " "
                    + t.fraction().compareTo(Ratio.ONE))
        .containsExactly("G2.1 16.67 16.66 0", "G2.3 16.66 0.00 -1");
    assertThat(g2.calculation()).isEqualTo("G2.1 16.66 + G2.3 0.00 = 16.66");
    assertThat(g2.allotment())
        .isEqualTo("33.33 → G2.1 0.5 = 16.67, G2.2 0 = 0.00, G2.3 0.5 = 16.66");
    assertThat(s.root().explanation().allotment())
        .isEqualTo("100.00 → G1 2/3 = 66.67, G2 1/3 = 33.33");
    // an indicator's line: value → fraction × exact possible
    assertThat(s.root().indicator("G2.3").orElseThrow().explanation()).startsWith("no → 0 × ");
    assertThat(s.root().indicator("G2.2").orElseThrow().explanation()).isEqualTo("—");
    // equal explanations are equal, and show their calculation
    Explanation again =
        score("yes", "yes", "yes", "n/a", "no").node("G2").orElseThrow().explanation();
    assertThat(again).isEqualTo(g2).hasSameHashCodeAs(g2);
    assertThat(g2).isNotEqualTo(s.node("G1").orElseThrow().explanation());
    assertThat(g2.toString()).contains(Strategies.POINTS_SUM).contains(g2.calculation());
  }

  @Test
  void a_criterion_with_nothing_rated_is_a_term_without_earned_points() {
    // G2 unrated: its term has its points and no earned points or fraction
    Scorecard s = score("yes", "partial", null, null, null);
    Term g2 =
        s.root().explanation().terms().stream()
            .filter(t -> t.id().equals("G2"))
            .findFirst()
            .orElseThrow();
    assertThat(g2.possible()).isEqualByComparingTo("33.33");
    assertThat(g2.earned()).isNull();
    assertThat(g2.fraction()).isNull();
  }
}
