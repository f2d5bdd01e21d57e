package io.github.assessmentkit.scoring.internal;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scoring in whole units ({@link UnitShown}) rounds as the ratio path does: half-even to the cent,
 * the cents left over to the largest remainders, a part that earns all it may showing all it may,
 * and a cent of possible moving to a criterion held at its possible. Each rubric here has a
 * whole-unit form, and each scorecard equals the one scored on ratios.
 */
class UnitShownTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));
  private final StrategyRegistry registry = StrategyRegistry.standard();

  @Test
  void rounds_a_total_of_half_a_cent_to_the_even_cent() {
    // total 1 point over eight yes/partial/no indicators: 1/8 = 0.125 points each. One yes:
    // 12.5 cents, to the even 12; three: 37.5 cents, to the even 38
    List<Indicator> eight = new ArrayList<>();
    for (int k = 1; k <= 8; k++) {
      eight.add(yesNo("i" + k));
    }
    Rubric rubric = rubric(1, criterion("C", eight.toArray(new Indicator[0])));

    Scorecard one =
        scored(
            rubric, yes("i1"), no("i2"), no("i3"), no("i4"), no("i5"), no("i6"), no("i7"),
            no("i8"));
    Scorecard three =
        scored(
            rubric, yes("i1"), yes("i2"), yes("i3"), no("i4"), no("i5"), no("i6"), no("i7"),
            no("i8"));

    assertThat(one.total()).isEqualTo(new BigDecimal("0.12"));
    assertThat(one.node("C").orElseThrow().earned()).isEqualTo(new BigDecimal("0.12"));
    assertThat(one.percent()).isEqualTo(new BigDecimal("12.50"));
    assertThat(three.total()).isEqualTo(new BigDecimal("0.38"));
    assertThat(three.percent()).isEqualTo(new BigDecimal("37.50"));
  }

  @Test
  void rounds_a_percent_half_even() {
    // total 1 over eight indicators, 1/8 each; one partial: 1/16 = 6.25 % exactly, and of
    // criterion C the same; 0.0625 points is 6.25 cents, down to 6
    List<Indicator> eight = new ArrayList<>();
    for (int k = 1; k <= 8; k++) {
      eight.add(yesNo("i" + k));
    }
    Rubric rubric = rubric(1, criterion("C", eight.toArray(new Indicator[0])));

    Scorecard card =
        scored(
            rubric,
            Rating.choice("i1", "partial"),
            no("i2"),
            no("i3"),
            no("i4"),
            no("i5"),
            no("i6"),
            no("i7"),
            no("i8"));

    assertThat(card.percent()).isEqualTo(new BigDecimal("6.25"));
    assertThat(card.total()).isEqualTo(new BigDecimal("0.06"));
  }

  @Test
  void gives_a_cent_left_over_to_the_largest_remainder_not_the_largest_value() {
    // total 1 over three level-scale indicators (levels 0..4), 1/3 point each, shown possible
    // 0.34, 0.33, 0.33. l1 at level 3 earns 3/4 × 1/3 = 1/4 = 25 cents exactly; l2 at level 2
    // earns 1/2 × 1/3 = 1/6 = 16.67 cents; l3 at 0 nothing. C earns 5/12 = 41.67, shown 0.42:
    // 25 + 16 = 41 cut, the cent left goes to l2, the only one with a remainder
    Rubric rubric =
        rubric(
            1,
            criterion(
                "C",
                Indicator.of("l1", Text.en("l1"), MiniRubrics.levels()),
                Indicator.of("l2", Text.en("l2"), MiniRubrics.levels()),
                Indicator.of("l3", Text.en("l3"), MiniRubrics.levels())));

    Scorecard card =
        scored(
            rubric, Rating.choice("l1", "3"), Rating.choice("l2", "2"), Rating.choice("l3", "0"));

    NodeScore c = card.node("C").orElseThrow();
    assertThat(c.earned()).isEqualTo(new BigDecimal("0.42"));
    assertThat(earned(c, 0)).isEqualTo(new BigDecimal("0.25"));
    assertThat(earned(c, 1)).isEqualTo(new BigDecimal("0.17"));
    assertThat(earned(c, 2)).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void a_top_level_criterion_that_earns_all_it_may_shows_all_it_may() {
    // total 10, A, B, C by equal weight: 10/3 each, shown possible 3.34 (A, first on the tie),
    // 3.33, 3.33. A yes earns 333.33 cents, B partial 166.67, C no: 500 cents. Cut: 333 + 166,
    // the cent left to B's larger remainder (3.33, 1.67); A earns all it may, so a cent moves to
    // it from B: A 3.34, B 1.66
    Rubric rubric =
        rubric(
            10, criterion("A", yesNo("a")), criterion("B", yesNo("b")), criterion("C", yesNo("c")));

    Scorecard card = scored(rubric, yes("a"), Rating.choice("b", "partial"), no("c"));

    assertThat(card.total()).isEqualTo(new BigDecimal("5.00"));
    assertThat(card.node("A").orElseThrow().earned()).isEqualTo(new BigDecimal("3.34"));
    assertThat(card.node("A").orElseThrow().possible()).isEqualTo(new BigDecimal("3.34"));
    assertThat(card.node("B").orElseThrow().earned()).isEqualTo(new BigDecimal("1.66"));
    assertThat(card.node("C").orElseThrow().earned()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void a_sub_criterion_that_earns_all_it_may_shows_all_it_may() {
    // the same three as sub-criteria of P, worth 10 (the whole total): P earns 5.00, shared as
    // above: A 3.34 of 3.34, B 1.66
    Criterion p =
        Criterion.builder("P", Text.en("P"))
            .child(criterion("A", yesNo("a")))
            .child(criterion("B", yesNo("b")))
            .child(criterion("C", yesNo("c")))
            .build();
    Rubric rubric = rubric(10, p);

    Scorecard card = scored(rubric, yes("a"), Rating.choice("b", "partial"), no("c"));

    assertThat(card.node("P").orElseThrow().earned()).isEqualTo(new BigDecimal("5.00"));
    assertThat(card.node("A").orElseThrow().earned()).isEqualTo(new BigDecimal("3.34"));
    assertThat(card.node("A").orElseThrow().possible()).isEqualTo(new BigDecimal("3.34"));
    assertThat(card.node("B").orElseThrow().earned()).isEqualTo(new BigDecimal("1.66"));
  }

  @Test
  void a_criterion_given_a_cent_of_possible_shares_its_new_possible_among_its_parts() {
    // total 11, A, B, C by equal weight: 11/3 = 366.67 cents each; cut 366 each, the two cents
    // left to A and B (first on the tie): possible 3.67, 3.67, 3.66. Only C earns, all it may:
    // 366.67, shown 3.67, above its 3.66, so a cent of possible moves to C from A (rounded up,
    // and first): possible A 3.66, B 3.67, C 3.67. Each criterion shares its possible between
    // its two indicators, 11/6 = 183.33 cents each: A 3.66 as 1.83 + 1.83; B and C 3.67 as
    // 1.84 + 1.83 (the first on the tie); C earns 1.84 + 1.83
    Rubric rubric =
        rubric(
            11,
            criterion("A", yesNo("a1"), yesNo("a2")),
            criterion("B", yesNo("b1"), yesNo("b2")),
            criterion("C", yesNo("c1"), yesNo("c2")));

    Scorecard card = scored(rubric, no("a1"), no("a2"), no("b1"), no("b2"), yes("c1"), yes("c2"));

    assertThat(card.total()).isEqualTo(new BigDecimal("3.67"));
    NodeScore a = card.node("A").orElseThrow();
    NodeScore b = card.node("B").orElseThrow();
    NodeScore c = card.node("C").orElseThrow();
    assertThat(a.possible()).isEqualTo(new BigDecimal("3.66"));
    assertThat(b.possible()).isEqualTo(new BigDecimal("3.67"));
    assertThat(c.possible()).isEqualTo(new BigDecimal("3.67"));
    assertThat(c.earned()).isEqualTo(new BigDecimal("3.67"));
    assertThat(possible(a, 0)).isEqualTo(new BigDecimal("1.83"));
    assertThat(possible(a, 1)).isEqualTo(new BigDecimal("1.83"));
    assertThat(possible(b, 0)).isEqualTo(new BigDecimal("1.84"));
    assertThat(possible(b, 1)).isEqualTo(new BigDecimal("1.83"));
    assertThat(possible(c, 0)).isEqualTo(new BigDecimal("1.84"));
    assertThat(possible(c, 1)).isEqualTo(new BigDecimal("1.83"));
    assertThat(earned(c, 0)).isEqualTo(new BigDecimal("1.84"));
    assertThat(earned(c, 1)).isEqualTo(new BigDecimal("1.83"));
  }

  @Test
  void a_line_not_applicable_counted_by_policy_shows_what_it_earns_a_missing_one_nothing() {
    // total 12 over x, y, z, 4 points each; not applicable counts as met, missing as 0 (the
    // default): x yes 4.00, y not applicable 4.00 at fraction 1, z missing counts 0 but its line
    // shows no earned points and no fraction; C earns 8.00
    Rubric rubric =
        Rubric.builder("na", "1")
            .title(Text.en("NA"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .totalPoints(12)
            .notApplicablePolicy(NotApplicablePolicy.COUNT_AS_MET)
            .criterion(criterion("C", yesNo("x"), yesNo("y"), yesNo("z")))
            .build();

    Scorecard card = scored(rubric, yes("x"), Rating.notApplicable("y", "no store"));

    NodeScore c = card.node("C").orElseThrow();
    assertThat(c.earned()).isEqualTo(new BigDecimal("8.00"));
    IndicatorScore y = c.indicators().get(1);
    assertThat(y.status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
    assertThat(y.earned()).isEqualTo(new BigDecimal("4.00"));
    assertThat(y.fraction()).isEqualTo(Ratio.ONE);
    IndicatorScore z = c.indicators().get(2);
    assertThat(z.status()).isEqualTo(IndicatorStatus.MISSING);
    assertThat(z.earned()).isNull();
    assertThat(z.fraction()).isNull();
  }

  /** Scores in whole units, checking the rubric has a whole-unit form and the ratio path agrees. */
  private Scorecard scored(Rubric rubric, Rating... ratings) {
    Assessment a = Assessment.quick(rubric, ratings);
    assertThat(ScoringEngine.hasUnits(rubric, Strategies.POINTS_SUM, registry)).isTrue();
    Scorecard card = Scorer.standard().score(rubric, a);
    assertThat(card)
        .isEqualTo(ScoringEngine.scoreOnRatios(rubric, a, Strategies.POINTS_SUM, registry));
    return card;
  }

  private static BigDecimal earned(NodeScore node, int line) {
    IndicatorScore s = node.indicators().get(line);
    return s.earned();
  }

  private static BigDecimal possible(NodeScore node, int line) {
    return node.indicators().get(line).possible();
  }

  private static Rating yes(String id) {
    return Rating.choice(id, "yes");
  }

  private static Rating no(String id) {
    return Rating.choice(id, "no");
  }

  private static Criterion criterion(String id, Indicator... indicators) {
    var c = Criterion.builder(id, Text.en(id));
    for (Indicator i : indicators) {
      c.indicator(i);
    }
    return c.build();
  }

  private static Rubric rubric(long total, Criterion... criteria) {
    var b =
        Rubric.builder("units", "1")
            .title(Text.en("Units"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .totalPoints(total);
    for (Criterion c : criteria) {
      b.criterion(c);
    }
    return b.build();
  }
}
