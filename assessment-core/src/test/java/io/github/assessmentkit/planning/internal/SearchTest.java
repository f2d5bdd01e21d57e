package io.github.assessmentkit.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three phases of the search, on the mini award rubric with 1.1, 1.2 and 2.1 at 80 % (total
 * 80.00; candidates 0 = 1.1, 1 = 1.2, 2 = 2.1, four steps each; a step adds 2 points on 1.1 and
 * 2.1, 1 point on 1.2), for the total at least 85.
 */
class SearchTest {
  private static final int[] TOP = {4, 4, 4};
  private static final Goal AT_LEAST_85 =
      Goals.condition(Fixtures.MINI, Text.en("85"), Condition.atLeast(Metric.totalPoints(), 85));

  private static Search.Found run(Candidates c, boolean additive, int limit) {
    Scorecard top = c.score(TOP);
    return new Search(c, AT_LEAST_85, limit).run(additive, TOP.clone(), top);
  }

  @Test
  void the_exact_program_settles_a_plan_of_whole_costs_without_a_node() {
    // the bound is 3 (4.995 / 2, rounded up) and the program's cheapest, three steps of 1.1, is
    // scored at 86: cheapest at once
    Candidates unit = Fixtures.candidates(Fixtures.allAt80());
    Search.Found found = run(unit, true, 1000);
    assertThat(found.counts()).containsExactly(3, 0, 0);
    assertThat(found.card().total()).isEqualByComparingTo("86.00");
    assertThat(found.cheapest()).isTrue();
    assertThat(found.stopped()).isFalse();
    assertThat(found.nodes()).isZero();
    assertThat(Search.exactCost(unit, found.counts())).isEqualByComparingTo("3");
  }

  @Test
  void without_additive_strategies_only_the_greedy_walk_runs() {
    // each step lowers the bound most per cost on 1.1 or 2.1 (a tie, rubric order: 1.1) until
    // 84; then every step meets the goal, lowering the bound alike, and 1.1 adds most: 1.1 three
    // times, 86; dropping a step of 1.1 leaves 84, short
    Candidates unit = Fixtures.candidates(Fixtures.allAt80());
    Search.Found found = run(unit, false, 1000);
    assertThat(found.counts()).containsExactly(3, 0, 0);
    assertThat(found.card().total()).isEqualByComparingTo("86.00");
    assertThat(found.cheapest()).isFalse();
    assertThat(found.stopped()).isFalse();
    assertThat(found.nodes()).isZero();
  }

  @Test
  void the_greedy_walk_weighs_the_drop_of_the_bound_by_the_cost() {
    // 1.1 costs 3 a step (2/3 of a point a unit), 1.2 costs 1 (1 a unit), 2.1 costs 2 (1 a
    // unit): the bound falls most per cost on 1.2 and 2.1, a tie broken by the points added per
    // cost (1 each), then rubric order: 1.2 until its top (84), then 2.1 once (86); then the
    // walk drops what the goal does not need: 2.1's step is needed, one of 1.2's is not (85)
    Candidates costly =
        Fixtures.candidates(
            Fixtures.MINI,
            Fixtures.allAt80(),
            Map.of("1.1", BigDecimal.valueOf(3), "2.1", BigDecimal.valueOf(2)));
    Search.Found found = run(costly, false, 1000);
    assertThat(found.counts()).containsExactly(0, 3, 1);
    assertThat(found.card().total()).isEqualByComparingTo("85.00");
    assertThat(Search.exactCost(costly, found.counts())).isEqualByComparingTo("5");
  }

  @Test
  void branch_and_bound_proves_the_cheapest_plan_when_costs_are_not_whole() {
    // 1.1 and 2.1 cost 1.5 a step, 1.2 costs 1: +5 takes 1.1 twice and 1.2 once (4), or 1.1, 2.1
    // and 1.2 (4), nothing cheaper (three steps of 2 points cost 4.5; the bound is
    // 4.995 / 2 × 1.5 = 3.75); the greedy walk finds [2, 1, 0] and the search proves it
    Candidates half =
        Fixtures.candidates(
            Fixtures.MINI,
            Fixtures.allAt80(),
            Map.of("1.1", new BigDecimal("1.5"), "2.1", new BigDecimal("1.5")));
    Search.Found found = run(half, true, 1000);
    assertThat(Search.exactCost(half, found.counts())).isEqualByComparingTo("4.0");
    assertThat(found.card().total()).isEqualByComparingTo("85.00");
    assertThat(found.cheapest()).isTrue();
    assertThat(found.stopped()).isFalse();
    assertThat(found.nodes()).isPositive();
  }

  @Test
  void a_search_that_reaches_its_limit_keeps_its_best_plan_unproven() {
    Candidates half =
        Fixtures.candidates(
            Fixtures.MINI,
            Fixtures.allAt80(),
            Map.of("1.1", new BigDecimal("1.5"), "2.1", new BigDecimal("1.5")));
    Search.Found found = run(half, true, 1);
    // the root is the one node allowed; its first child stops the search
    assertThat(found.stopped()).isTrue();
    assertThat(found.cheapest()).isFalse();
    assertThat(found.nodes()).isEqualTo(2);
    assertThat(Search.exactCost(half, found.counts())).isEqualByComparingTo("4.0");
  }

  @Test
  void branch_and_bound_finds_a_plan_cheaper_than_the_greedy_walk() {
    // 1.1 costs 2.5 (0.8 a point), 1.2 costs 1 (1), 2.1 costs 1.5 (1.33): the bound falls
    // most per cost on 2.1, twice (84); then 1.2 meets the goal at a cost of 1 (85): 4; branch
    // and bound has nothing cheaper to find but proves it
    Candidates mixed =
        Fixtures.candidates(
            Fixtures.MINI,
            Fixtures.allAt80(),
            Map.of("1.1", new BigDecimal("2.5"), "2.1", new BigDecimal("1.5")));
    Search.Found found = run(mixed, true, 100_000);
    assertThat(found.counts()).containsExactly(0, 1, 2);
    assertThat(found.cheapest()).isTrue();
  }

  @Test
  void exact_cost_adds_each_indicators_steps_times_its_cost() {
    Candidates half =
        Fixtures.candidates(
            Fixtures.MINI, Fixtures.allAt80(), Map.of("1.1", new BigDecimal("1.5")));
    // 2 × 1.5 + 3 × 1 + 1 × 1 = 7.0
    assertThat(Search.exactCost(half, new int[] {2, 3, 1})).isEqualByComparingTo("7.0");
    assertThat(Search.exactCost(half, new int[] {0, 0, 0})).isEqualByComparingTo("0");
  }

  @Test
  void the_exact_programs_cost_bounds_the_plan_where_the_fractional_bound_falls_short() {
    // 1.2 at the top; 1.1 and 2.1 at 80 % cost 2 a step (2 points): 84.00 now. At least 89 needs
    // +5: the fractional bound is 4.995, 5 whole, but steps come in twos: three cost 6, which the
    // program finds and proves at once, without a node
    Candidates c =
        Fixtures.candidates(
            Fixtures.MINI,
            io.github.assessmentkit.assessment.Assessment.quick(
                Fixtures.MINI,
                io.github.assessmentkit.assessment.Rating.of("1.1", 80),
                io.github.assessmentkit.assessment.Rating.of("1.2", 100),
                io.github.assessmentkit.assessment.Rating.of("2.1", 80)),
            Map.of("1.1", BigDecimal.valueOf(2), "2.1", BigDecimal.valueOf(2)));
    Goal at89 =
        Goals.condition(Fixtures.MINI, Text.en("89"), Condition.atLeast(Metric.totalPoints(), 89));
    int[] top = {4, 4};
    Search.Found found = new Search(c, at89, 1000).run(true, top.clone(), c.score(top));
    assertThat(found.counts()).containsExactly(3, 0);
    assertThat(Search.exactCost(c, found.counts())).isEqualByComparingTo("6");
    assertThat(found.cheapest()).isTrue();
    assertThat(found.nodes()).isZero();
  }

  /** The total at least 85 and category 2 at least 90 %, bounded by the total alone. */
  private static Goal withCategoryTwo() {
    Condition total = Condition.atLeast(Metric.totalPoints(), 85);
    Condition both = Condition.allOf(total, Condition.atLeast(Metric.percent("2"), 90));
    Goal inner = Goals.condition(Fixtures.MINI, Text.en("both"), both);
    return new Goal() {
      @Override
      public Text name() {
        return inner.name();
      }

      @Override
      public boolean reached(Scorecard card) {
        return inner.reached(card);
      }

      @Override
      public java.util.List<Text> failing(Scorecard card) {
        return inner.failing(card);
      }

      @Override
      public Condition relaxed() {
        return total;
      }

      @Override
      public java.util.Optional<Text> blockedOutright() {
        return java.util.Optional.empty();
      }
    };
  }

  @Test
  void a_program_solution_that_misses_the_goal_is_not_kept_and_the_greedy_walk_meets_the_bound() {
    // the program meets the total with three steps of 1.1 (86), but category 2 stays at 80 %:
    // not kept. The greedy walk takes 1.1 up to its top (88, the bound met, then the most points
    // per step), then 2.1 twice (category 2 at 90 %), and drops three steps of 1.1 the goal does
    // not need: one step of 1.1 and two of 2.1, 86.00, cost 3, the program's bound
    Candidates unit = Fixtures.candidates(Fixtures.allAt80());
    Goal goal = withCategoryTwo();
    Search.Found found = new Search(unit, goal, 1000).run(true, TOP.clone(), unit.score(TOP));
    assertThat(found.counts()).containsExactly(1, 0, 2);
    assertThat(goal.reached(found.card())).isTrue();
    assertThat(found.cheapest()).isTrue();
    assertThat(found.nodes()).isZero();
  }

  @Test
  void
      branch_and_bound_scores_a_combination_the_bound_lets_through_and_keeps_it_only_if_it_reaches() {
    // costs not whole (1.1 costs 1.5): no program; the bound reads the total alone, so
    // combinations meeting the total but not category 2 are scored and passed over; the cheapest
    // plans reaching both cost 3 (2.1 three times, or twice and 1.2 once)
    Candidates half =
        Fixtures.candidates(
            Fixtures.MINI, Fixtures.allAt80(), Map.of("1.1", new BigDecimal("1.5")));
    Goal goal = withCategoryTwo();
    Search.Found found = new Search(half, goal, 100_000).run(true, TOP.clone(), half.score(TOP));
    assertThat(Search.exactCost(half, found.counts())).isEqualByComparingTo("3");
    assertThat(goal.reached(found.card())).isTrue();
    assertThat(found.cheapest()).isTrue();
  }

  @Test
  void of_steps_lowering_the_bound_alike_the_greedy_walk_takes_the_one_adding_most() {
    // 1.1 at the top; 1.2 at 80 % and 2.1 at 70 %: 40 + 16 + 28 = 84.00. For at least 85 either
    // step meets the goal, lowering the bound by as much for the same cost; 2.1 adds 2 points,
    // 1.2 only 1: 2.1, 86.00
    Candidates c =
        Fixtures.candidates(
            io.github.assessmentkit.assessment.Assessment.quick(
                Fixtures.MINI,
                io.github.assessmentkit.assessment.Rating.of("1.1", 100),
                io.github.assessmentkit.assessment.Rating.of("1.2", 80),
                io.github.assessmentkit.assessment.Rating.of("2.1", 70)));
    int[] top = {4, 6};
    Search.Found found = new Search(c, AT_LEAST_85, 1000).run(false, top.clone(), c.score(top));
    assertThat(found.counts()).containsExactly(0, 1);
    assertThat(found.card().total()).isEqualByComparingTo("86.00");
    assertThat(found.cheapest()).isFalse();
  }

  @Test
  void branch_and_bound_visits_only_the_children_its_bound_lets_through() {
    // 1.2 at the top; 1.1 and 2.1 at 90 % (two steps each): 36 + 20 + 36 = 92.00. 1.1 costs 1.5,
    // 2.1 costs 1; at least 96 needs +4 (gap 3.995).
    // The bound from no step: 2.1 adds 2 for 1, (3.995 - 0.0000001) / 2 = 1.9975: the floor.
    // The greedy walk takes 2.1 twice (96.00, cost 2), above the floor, so the search runs.
    // Root (node 1): a step of 1.1 costs 1.5 and leaves 1.995 to close, 0.9975 with 2.1: 2.4975,
    // not below 2, pruned; a step of 2.1 costs 1 and leaves 0.9975: 1.9975, a child (node 2),
    // where a second step of 2.1 costs 2 in all: not below 2, pruned. Two nodes, proven.
    Candidates c =
        Fixtures.candidates(
            Fixtures.MINI,
            io.github.assessmentkit.assessment.Assessment.quick(
                Fixtures.MINI,
                io.github.assessmentkit.assessment.Rating.of("1.1", 90),
                io.github.assessmentkit.assessment.Rating.of("1.2", 100),
                io.github.assessmentkit.assessment.Rating.of("2.1", 90)),
            Map.of("1.1", new BigDecimal("1.5")));
    Goal at96 =
        Goals.condition(Fixtures.MINI, Text.en("96"), Condition.atLeast(Metric.totalPoints(), 96));
    int[] top = {2, 2};
    Search.Found found = new Search(c, at96, 1000).run(true, top.clone(), c.score(top));
    assertThat(found.counts()).containsExactly(0, 2);
    assertThat(found.card().total()).isEqualByComparingTo("96.00");
    assertThat(found.nodes()).isEqualTo(2);
    assertThat(found.cheapest()).isTrue();
    // two nodes allowed are enough; one is not
    assertThat(new Search(c, at96, 2).run(true, top.clone(), c.score(top)).cheapest()).isTrue();
    assertThat(new Search(c, at96, 1).run(true, top.clone(), c.score(top)).stopped()).isTrue();
  }
}
