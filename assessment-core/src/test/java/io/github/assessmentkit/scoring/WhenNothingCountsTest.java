package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricBuilder;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.rubric.WhenNothingCounts;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What an all-or-nothing gate and a weakest-link chain mean over nothing applicable is declared
 * ({@link WhenNothingCounts}), not an accident of the arithmetic.
 *
 * <p>The tree: Gate (10 points, all-or-nothing) holds g1, g2; Chain (10 points, weakest link) holds
 * w1, w2; Other (10 points, points-sum) holds o1; 30 in all. Every indicator of Gate and Chain is
 * rated not applicable; o1 is yes.
 */
class WhenNothingCountsTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private static RubricBuilder rubric(@Nullable WhenNothingCounts gates) {
    return Rubric.builder("gates", "1")
        .title(Text.en("Gates"))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM)
        .criterion(
            Criterion.builder("Gate", Text.en("Gate"))
                .points(10)
                .strategy(Strategies.ALL_OR_NOTHING)
                .whenNothingCounts(gates)
                .indicator(yesNo("g1"))
                .indicator(yesNo("g2"))
                .build())
        .criterion(
            Criterion.builder("Chain", Text.en("Chain"))
                .points(10)
                .strategy(Strategies.WEAKEST_LINK)
                .whenNothingCounts(gates)
                .indicator(yesNo("w1"))
                .indicator(yesNo("w2"))
                .build())
        .criterion(
            Criterion.builder("Other", Text.en("Other")).points(10).indicator(yesNo("o1")).build());
  }

  private static Assessment gatesNotApplicable(Rubric r) {
    return Assessment.quick(
        r,
        Rating.notApplicable("g1", "no such activity"),
        Rating.notApplicable("g2", "no such activity"),
        Rating.notApplicable("w1", "no such activity"),
        Rating.notApplicable("w2", "no such activity"),
        Rating.choice("o1", "yes"));
  }

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void by_default_a_gate_with_nothing_applicable_does_not_apply_and_its_parent_s_policy_decides() {
    // given
    Rubric r = rubric(null).build();

    // when
    Scorecard card = Scorer.standard().score(r, gatesNotApplicable(r));

    // then Gate and Chain leave; the rubric moves their points to Other: 30 of 30 = 100.00 %
    for (String id : new String[] {"Gate", "Chain"}) {
      NodeScore gate = card.node(id).orElseThrow();
      assertThat(gate.applicable()).as(id).isFalse();
      assertThat(gate.possible()).as(id).isEqualTo(points("0.00"));
      assertThat(gate.fraction()).as(id).isNull();
    }
    assertThat(card.node("Other").orElseThrow().possible()).isEqualTo(points("30.00"));
    assertThat(card.total()).isEqualTo(points("30.00"));
    assertThat(card.possible()).isEqualTo(points("30.00"));
    assertThat(card.warnings())
        .extracting(w -> w.code() + " " + w.path())
        .containsExactly("not-applicable Gate", "not-applicable Chain");
  }

  @Test
  void declared_met_a_gate_with_nothing_applicable_earns_all_its_points() {
    // given
    Rubric r = rubric(WhenNothingCounts.MET).build();

    // when
    Scorecard card = Scorer.standard().score(r, gatesNotApplicable(r));

    // then Gate 10 of 10 and Chain 10 of 10 (100.00 %), though nothing in them was scored; Other
    // 10 of 10; total 30 of 30
    for (String id : new String[] {"Gate", "Chain"}) {
      NodeScore gate = card.node(id).orElseThrow();
      assertThat(gate.applicable()).as(id).isTrue();
      assertThat(gate.earned()).as(id).isEqualTo(points("10.00"));
      assertThat(gate.possible()).as(id).isEqualTo(points("10.00"));
      assertThat(gate.percent()).as(id).isEqualTo(points("100.00"));
      assertThat(gate.isScored()).as(id).isFalse();
      assertThat(gate.explanation().rule().get(Language.EN))
          .as(id)
          .isEqualTo("nothing in it counts, which it declares met: all its points");
    }
    assertThat(card.total()).isEqualTo(points("30.00"));
    assertThat(card.possible()).isEqualTo(points("30.00"));
    assertThat(card.warnings()).isEmpty();
  }

  @Test
  void declared_not_met_a_gate_with_nothing_applicable_earns_nothing_and_keeps_its_maximum() {
    // given
    Rubric r = rubric(WhenNothingCounts.NOT_MET).build();

    // when
    Scorecard card = Scorer.standard().score(r, gatesNotApplicable(r));

    // then Gate 0 of 10 and Chain 0 of 10 (0.00 %); Other 10 of 10; total 10 of 30 = 33.33 %
    for (String id : new String[] {"Gate", "Chain"}) {
      NodeScore gate = card.node(id).orElseThrow();
      assertThat(gate.applicable()).as(id).isTrue();
      assertThat(gate.earned()).as(id).isEqualTo(points("0.00"));
      assertThat(gate.possible()).as(id).isEqualTo(points("10.00"));
      assertThat(gate.percent()).as(id).isEqualTo(points("0.00"));
    }
    assertThat(card.total()).isEqualTo(points("10.00"));
    assertThat(card.possible()).isEqualTo(points("30.00"));
    assertThat(card.percent()).isEqualTo(points("33.33"));
  }

  @Test
  void a_rubric_wide_declaration_holds_where_no_criterion_declares_its_own() {
    // given the rubric declares not met; Chain declares met for itself
    Rubric r =
        rubric(null)
            .whenNothingCounts(WhenNothingCounts.NOT_MET)
            .modify("Chain", c -> c.whenNothingCounts(WhenNothingCounts.MET))
            .build();

    // when
    Scorecard card = Scorer.standard().score(r, gatesNotApplicable(r));

    // then Gate 0, Chain 10, Other 10: 20 of 30 = 66.67 %
    assertThat(card.node("Gate").orElseThrow().earned()).isEqualTo(points("0.00"));
    assertThat(card.node("Chain").orElseThrow().earned()).isEqualTo(points("10.00"));
    assertThat(card.total()).isEqualTo(points("20.00"));
    assertThat(card.percent()).isEqualTo(points("66.67"));
  }

  @Test
  void the_declaration_also_covers_a_gate_whose_ratings_were_all_left_out_as_missing() {
    // given missing ratings leave the calculation, Gate and Chain are declared not met, and only
    // o1 is rated
    Rubric r =
        rubric(WhenNothingCounts.NOT_MET)
            .whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
            .build();
    Assessment a = Assessment.quick(r, Rating.choice("o1", "yes"));

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then Gate and Chain: 0 of 10, each with 2 ratable indicators not rated; total 10 of 30
    NodeScore gate = card.node("Gate").orElseThrow();
    assertThat(gate.earned()).isEqualTo(points("0.00"));
    assertThat(gate.possible()).isEqualTo(points("10.00"));
    assertThat(gate.coverage()).isEqualTo(new Coverage(2, 0, 0));
    assertThat(card.total()).isEqualTo(points("10.00"));
    assertThat(card.possible()).isEqualTo(points("30.00"));
    assertThat(card.coverage()).isEqualTo(new Coverage(5, 1, 1));
  }

  @Test
  void where_something_applies_the_gate_judges_what_applies_whatever_the_declaration() {
    // given g1 yes, g2 not applicable; w1 partial, w2 not applicable
    Rubric r = rubric(WhenNothingCounts.NOT_MET).build();
    Assessment a =
        Assessment.quick(
            r,
            Rating.choice("g1", "yes"),
            Rating.notApplicable("g2", "no such activity"),
            Rating.choice("w1", "partial"),
            Rating.notApplicable("w2", "no such activity"),
            Rating.choice("o1", "no"));

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then Gate: all that applies is met: 10; Chain: the weakest of what applies, 1/2: 5; Other 0
    assertThat(card.node("Gate").orElseThrow().earned()).isEqualTo(points("10.00"));
    assertThat(card.node("Chain").orElseThrow().earned()).isEqualTo(points("5.00"));
    assertThat(card.total()).isEqualTo(points("15.00"));
  }
}
