package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What an explanation holds at its edges, on the mini checklist (total 100; G1 of weight 2 with
 * G1.1 and G1.2, G2 of weight 1 with G2.1, G2.2 and G2.3; yes 1, partial 0.5, no 0; the points of a
 * part that does not apply go to the others): a calculation given as text, a criterion none of
 * whose parts applies, a not-applicable indicator counted as met, and the fractions of
 * sub-criteria.
 */
class ExplanationEdgesTest {
  private final Rubric rubric = MiniRubrics.checklist();

  private Scorecard score(Rubric r, String... codes) {
    AssessmentBuilder a = MiniRubrics.assessmentOf(r);
    String[] ids = {"G1.1", "G1.2", "G2.1", "G2.2", "G2.3"};
    for (int k = 0; k < ids.length; k++) {
      a.rating(
          codes[k].equals("n/a")
              ? Rating.notApplicable(ids[k], "does not apply")
              : Rating.choice(ids[k], codes[k]));
    }
    return Scorer.standard().score(r, a.build());
  }

  @Test
  void a_calculation_given_as_text_has_no_terms_and_no_allotment() {
    Explanation e = Explanation.of("points-sum", Text.of("ผลรวม", "sum"), "1.1 2.00 = 2.00");

    assertThat(e.calculation()).isEqualTo("1.1 2.00 = 2.00");
    assertThat(e.terms()).isEmpty();
    assertThat(e.allotment()).isEmpty();
  }

  @Test
  void explanations_with_different_calculations_hash_apart() {
    // ten explanations differing only in their calculation: ten hash codes
    Set<Integer> hashes = new HashSet<>();
    for (int k = 0; k < 10; k++) {
      hashes.add(Explanation.of("points-sum", Text.of("ผลรวม", "sum"), "= " + k).hashCode());
    }
    assertThat(hashes).hasSize(10);
  }

  @Test
  void a_criterion_none_of_whose_parts_applies_shares_nothing_and_has_no_terms() {
    // G1.1 and G1.2 do not apply: G1 leaves and its points go to G2; its parts' exact points add
    // up to 0, so each share is written 0, and no part is left as a term
    Explanation g1 =
        score(rubric, "n/a", "n/a", "yes", "yes", "yes").node("G1").orElseThrow().explanation();

    assertThat(g1.allotment()).isEqualTo("0.00 → G1.1 0 = 0.00, G1.2 0 = 0.00");
    assertThat(g1.terms()).isEmpty();
  }

  @Test
  void a_not_applicable_indicator_counted_as_met_is_a_term() {
    // counted as met, G2.3 keeps its third of G2's 33.33 (11.11 each) and earns all of it:
    // G2 = 11.11 (yes) + 0.00 (no) + 11.11 (n/a, met) = 22.22
    Rubric countAsMet =
        Rubric.from(rubric).notApplicablePolicy(NotApplicablePolicy.COUNT_AS_MET).build();
    Explanation g2 =
        score(countAsMet, "yes", "yes", "yes", "no", "n/a").node("G2").orElseThrow().explanation();

    assertThat(g2.terms()).extracting(Term::id).containsExactly("G2.1", "G2.2", "G2.3");
    assertThat(g2.terms().get(2).fraction()).isEqualTo(Ratio.ONE);
    assertThat(g2.calculation()).isEqualTo("G2.1 11.11 + G2.2 0.00 + G2.3 11.11 = 22.22");
  }

  @Test
  void a_rated_sub_criterion_is_a_term_with_its_exact_fraction() {
    // G1: yes and partial over equal halves = (1 + 0.5) / 2 = 3/4; G2: yes, no, yes = 2/3
    Explanation root = score(rubric, "yes", "partial", "yes", "no", "yes").root().explanation();

    assertThat(root.terms()).extracting(Term::id).containsExactly("G1", "G2");
    assertThat(root.terms().get(0).fraction()).isEqualTo(Ratio.of(3, 4));
    assertThat(root.terms().get(1).fraction()).isEqualTo(Ratio.of(2, 3));
  }
}
