package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.testing.MiniRubrics;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Every number of a scorecard can be traced: an indicator's points from its value, a node's
 * possible points from its parent's, its points from its parts, its percent from its exact values;
 * and the explanation is data (a formula and terms) before it is text.
 */
class EveryNumberExplainedTest {
  private final Rubric checklist = MiniRubrics.checklist();

  /** G1 (weight 2 of 3) and G2 (1 of 3) of 100 points; G2.3 not applicable. */
  private final Assessment rated =
      assessmentOf(checklist)
          .rating(Rating.choice("G1.1", "yes"))
          .rating(Rating.choice("G1.2", "partial"))
          .rating(Rating.choice("G2.1", "yes"))
          .rating(Rating.choice("G2.2", "no"))
          .rating(Rating.notApplicable("G2.3", "no store"))
          .build();

  private final Scorecard card = Scorer.standard().score(checklist, rated);

  @Test
  void an_indicator_line_says_value_fraction_share_and_points() {
    // G1's 200/3 is shared by G1.1 and G1.2: 100/3 each, shown 33.34 and 33.33 (the first of two
    // equal remainders takes the cent left). G1 earns 100/3 + 50/3 = 50, shown 50.00: G1.1 earns
    // all it may and shows all it may, 33.34, so partial's 50/3 = 16.666.. shows 16.66
    assertThat(card.root().indicator("G1.2").orElseThrow().explanation())
        .isEqualTo("partial → 0.5 × 100/3 = 50/3 ≈ 16.66");
    assertThat(card.root().indicator("G1.1").orElseThrow().explanation())
        .isEqualTo("yes → 1 × 100/3 = 100/3 ≈ 33.34");
    // G2.1 yes: G2's 100/3 shared by G2.1 and G2.2 alone, 50/3 each
    assertThat(card.root().indicator("G2.1").orElseThrow().explanation())
        .isEqualTo("yes → 1 × 50/3 = 50/3 ≈ 16.67");
    // not applicable and left out: no number to explain
    assertThat(card.root().indicator("G2.3").orElseThrow().explanation()).isEqualTo("—");
  }

  @Test
  void a_node_says_where_its_parts_possible_points_came_from() {
    // the root's 100 shared 2 : 1; G2's 100/3 shared by G2.1 and G2.2 alone, G2.3 having left
    assertThat(card.root().explanation().allotment())
        .isEqualTo("100.00 → G1 2/3 = 66.67, G2 1/3 = 33.33");
    assertThat(card.node("G2").orElseThrow().explanation().allotment())
        .isEqualTo("33.33 → G2.1 0.5 = 16.67, G2.2 0.5 = 16.66, G2.3 0 = 0.00");
  }

  @Test
  void a_percent_is_explained_by_the_exact_values_it_comes_from() {
    // G1 earns 100/3 + 50/3 = 50 of 200/3: 3/4 (0.75), 75.00 %; G2 earns 50/3 of 100/3: 1/2, 50.00
    // %
    assertThat(card.node("G1").orElseThrow().percentExplained())
        .isEqualTo("50 ÷ 200/3 = 0.75 → 75.00 %");
    assertThat(card.node("G2").orElseThrow().percentExplained())
        .isEqualTo("50/3 ÷ 100/3 = 0.5 → 50.00 %");
    // total 50 + 50/3 = 200/3 of 100: 2/3, shown 66.67 %
    assertThat(card.root().percentExplained()).isEqualTo("200/3 ÷ 100 = 2/3 → 66.67 %");
    assertThat(card.percent()).isEqualTo(new BigDecimal("66.67"));
  }

  @Test
  void the_calculation_is_data_first_and_text_on_demand() {
    Explanation g2 = card.node("G2").orElseThrow().explanation();
    // the formula and its terms, for a renderer to lay out
    assertThat(g2.formula()).isEqualTo(new Formula.Sum());
    assertThat(g2.terms())
        .extracting(Term::id, Term::earned)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("G2.1", new BigDecimal("16.67")),
            org.assertj.core.groups.Tuple.tuple("G2.2", new BigDecimal("0.00")));
    // and the text of today, rendered when asked: the shown parts add up to the shown whole
    assertThat(g2.calculation()).isEqualTo("G2.1 16.67 + G2.2 0.00 = 16.67");
  }
}
