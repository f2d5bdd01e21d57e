package io.github.assessmentkit.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cheapest step counts of each conjunction, on the mini award rubric with 1.1, 1.2 and 2.1 at
 * 80 % (total 80.00; candidates 0 = 1.1, 1 = 1.2, 2 = 2.1, four steps each; a step adds 2 points on
 * 1.1 and 2.1, 1 point on 1.2; category 1 gains 10/3 % a step of 1.1 and 5/3 % a step of 1.2,
 * category 2 5 % a step of 2.1).
 */
class CoverTest {
  private final Candidates unit = Fixtures.candidates(Fixtures.allAt80());

  private static Bound bound(Candidates candidates, Condition condition) {
    return new Bound(candidates, Goals.condition(Fixtures.MINI, Text.en("goal"), condition));
  }

  private static List<String> solutions(Bound bound) {
    return Cover.solve(bound).orElseThrow().stream()
        .map(s -> Arrays.toString(s.counts()) + " " + s.cost())
        .toList();
  }

  @Test
  void one_comparison_takes_the_budget_that_first_closes_its_gap_with_the_most_gain() {
    // total at least 85: +5 needs a budget of 3 (three steps of 2 points make 6); at that budget
    // the most the steps add is 6, first found with three steps of 1.1
    assertThat(solutions(bound(unit, Condition.atLeast(Metric.totalPoints(), 85))))
        .containsExactly("[3, 0, 0] 3");
    // at least 100: +20, every step of every indicator (12)
    assertThat(solutions(bound(unit, Condition.atLeast(Metric.totalPoints(), 100))))
        .containsExactly("[4, 4, 4] 12");
    // above 100 cannot be met: no solution
    assertThat(solutions(bound(unit, Condition.above(Metric.totalPoints(), 100)))).isEmpty();
  }

  @Test
  void a_comparison_nested_in_another_gives_it_its_gain_in_proportion() {
    // total at least 85 and category 2 at least 90 %: category 2 needs two steps of 2.1 (+10 %),
    // which add 4 to the total (2 / 5 of the percent); one more point is needed, from a step of
    // 1.1 (the first indicator giving the most for the budget): 3 in all
    assertThat(
            solutions(
                bound(
                    unit,
                    Condition.allOf(
                        Condition.atLeast(Metric.totalPoints(), 85),
                        Condition.atLeast(Metric.percent("2"), 90)))))
        .containsExactly("[1, 0, 2] 3");
    // category 1 at least 95 % (+15 %: 1.1 adds 10/3 a step, 1.2 5/3) and the total at least 81:
    // four steps of 1.1 add 13.33 %, short of 14.995; 1.1 four times and 1.2 once make 15: 5
    assertThat(
            solutions(
                bound(
                    unit,
                    Condition.allOf(
                        Condition.atLeast(Metric.totalPoints(), 81),
                        Condition.atLeast(Metric.percent("1"), 95)))))
        .containsExactly("[4, 1, 0] 5");
  }

  @Test
  void each_conjunction_has_its_solution_cheapest_first() {
    // category 2 at 100 % needs all four steps of 2.1 (4); 1.2 rated 95 needs three steps (3)
    assertThat(
            solutions(
                bound(
                    unit,
                    Condition.anyOf(
                        Condition.atLeast(Metric.percent("2"), 100),
                        Condition.ratedWith("1.2", "95")))))
        .containsExactly("[0, 3, 0] 3", "[0, 0, 4] 4");
    // 1.2 rated 95 and the total at least 84: 1.2's three steps add 3, one of 1.1 adds 2: 4
    assertThat(
            solutions(
                bound(
                    unit,
                    Condition.allOf(
                        Condition.ratedWith("1.2", "95"),
                        Condition.atLeast(Metric.totalPoints(), 84)))))
        .containsExactly("[1, 3, 0] 4");
  }

  @Test
  void costs_are_counted_in_the_budget() {
    // 1.1 costs 3 a step, 2.1 costs 2: +5 for the total at least 85 takes a budget of 5 (1.1 at
    // 2/3 of a point a unit is worst); at 5 the most added is 5, found first with three steps of
    // 1.2 and one of 2.1 (two of 2.1 and one of 1.2 add as much, not more)
    Candidates costly =
        Fixtures.candidates(
            Fixtures.MINI,
            Fixtures.allAt80(),
            Map.of("1.1", BigDecimal.valueOf(3), "2.1", BigDecimal.valueOf(2)));
    assertThat(solutions(bound(costly, Condition.atLeast(Metric.totalPoints(), 85))))
        .containsExactly("[0, 3, 1] 5");
  }

  @Test
  void a_comparison_no_candidate_helps_has_no_solution() {
    // 2.1 at the top (100 %) is no candidate: category 2 above 100 % has no indicator to help
    Candidates c =
        Fixtures.candidates(
            Assessment.quick(
                Fixtures.MINI, Rating.of("1.1", 80), Rating.of("1.2", 80), Rating.of("2.1", 100)));
    assertThat(solutions(bound(c, Condition.above(Metric.percent("2"), 100)))).isEmpty();
    // already met: no step, cost 0
    assertThat(solutions(bound(c, Condition.atLeast(Metric.percent("2"), 100))))
        .containsExactly("[0, 0] 0");
  }

  @Test
  void the_program_does_not_apply_to_costs_not_whole_or_a_budget_above_its_most() {
    Condition c = Condition.atLeast(Metric.totalPoints(), 85);
    Candidates half =
        Fixtures.candidates(
            Fixtures.MINI, Fixtures.allAt80(), Map.of("1.1", new BigDecimal("1.5")));
    assertThat(Cover.solve(bound(half, c))).isEmpty();
    // 1.1 alone may step, four steps of 1000: a budget of 4000, the most the program runs on
    Assessment onlyFirst =
        Assessment.quick(
            Fixtures.MINI, Rating.of("1.1", 80), Rating.of("1.2", 100), Rating.of("2.1", 100));
    Candidates most =
        Fixtures.candidates(Fixtures.MINI, onlyFirst, Map.of("1.1", BigDecimal.valueOf(1000)));
    // 32 + 20 + 40 = 92 now; at least 93 needs one step of 1.1
    Condition at93 = Condition.atLeast(Metric.totalPoints(), 93);
    assertThat(solutions(bound(most, at93))).containsExactly("[1] 1000");
    Candidates over =
        Fixtures.candidates(Fixtures.MINI, onlyFirst, Map.of("1.1", BigDecimal.valueOf(1001)));
    assertThat(Cover.solve(bound(over, at93))).isEmpty();
  }

  @Test
  void the_program_does_not_apply_to_comparisons_that_do_not_nest_or_are_not_proportional() {
    // points of 1.1 and 2.1 ({1.1, 2.1}) and category 1 ({1.1, 1.2}) share 1.1 only
    assertThat(
            Cover.solve(
                bound(
                    unit,
                    Condition.allOf(
                        Condition.atLeast(Metric.points("1.1", "2.1"), 70),
                        Condition.atLeast(Metric.percent("1"), 90)))))
        .isEmpty();
    // points of 1 and 1.1 count 1.1 twice (4 a step, 1.2 1 a step) while category 1's percent
    // counts it once (10/3, 5/3): not in one proportion
    assertThat(
            Cover.solve(
                bound(
                    unit,
                    Condition.allOf(
                        Condition.atLeast(Metric.points("1", "1.1"), 85),
                        Condition.atLeast(Metric.percent("1"), 90)))))
        .isEmpty();
    // too many conjunctions: nine any-ofs of two make 512
    Condition pair =
        Condition.anyOf(
            Condition.atLeast(Metric.totalPoints(), 81),
            Condition.atLeast(Metric.percent("1"), 81));
    Condition[] nine = new Condition[9];
    Arrays.fill(nine, pair);
    assertThat(Cover.solve(bound(unit, Condition.allOf(nine)))).isEmpty();
  }

  @Test
  void the_comparison_reading_more_indicators_is_placed_first_whatever_the_order_written() {
    // category 1 at least 90 % written before the total at least 85: three steps of 1.1 meet both
    assertThat(
            solutions(
                bound(
                    unit,
                    Condition.allOf(
                        Condition.atLeast(Metric.percent("1"), 90),
                        Condition.atLeast(Metric.totalPoints(), 85)))))
        .containsExactly("[3, 0, 0] 3");
  }

  @Test
  void a_gap_no_candidate_can_close_ends_the_conjunction_before_its_shape_is_checked() {
    // 2.1 at the top: category 2 above 100 % has no candidate; the other two comparisons would
    // not be in one proportion, but the conjunction has no solution first
    Candidates c =
        Fixtures.candidates(
            Assessment.quick(
                Fixtures.MINI, Rating.of("1.1", 80), Rating.of("1.2", 80), Rating.of("2.1", 100)));
    assertThat(
            Cover.solve(
                bound(
                    c,
                    Condition.allOf(
                        Condition.above(Metric.percent("2"), 100),
                        Condition.atLeast(Metric.points("1", "1.1"), 85),
                        Condition.atLeast(Metric.percent("1"), 90)))))
        .contains(List.of());
  }

  @Test
  void an_indicator_forced_to_a_step_count_takes_exactly_that_many() {
    // 1.1 and 2.1 cost 3 a step, 1.2 costs 1; 1.2 rated 85 (one step) and the total at least 83:
    // 1.2's step adds 1, one step of 1.1 the other 2: 4 (three steps of 1.2 would cost 3 but
    // rate it 95)
    Candidates costly =
        Fixtures.candidates(
            Fixtures.MINI,
            Fixtures.allAt80(),
            Map.of("1.1", BigDecimal.valueOf(3), "2.1", BigDecimal.valueOf(3)));
    assertThat(
            solutions(
                bound(
                    costly,
                    Condition.allOf(
                        Condition.ratedWith("1.2", "85"),
                        Condition.atLeast(Metric.totalPoints(), 83)))))
        .containsExactly("[1, 1, 0] 4");
  }
}
