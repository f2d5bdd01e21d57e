package io.github.assessmentkit.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bound of the cost still needed, on the mini award rubric with 1.1, 1.2 and 2.1 at 80 % (total
 * 80.00; candidates 0 = 1.1, 1 = 1.2, 2 = 2.1, four steps each; a step adds 2 points on 1.1 and
 * 2.1, 1 point on 1.2).
 */
class BoundTest {
  private static final double CLOSE = 1e-6;

  private final Candidates unit = Fixtures.candidates(Fixtures.allAt80());

  private static Goal goal(Condition condition) {
    return Goals.condition(Fixtures.MINI, Text.en("goal"), condition);
  }

  private Bound bound(Condition condition) {
    return new Bound(unit, goal(condition));
  }

  private static BitSet bits(int... on) {
    BitSet b = new BitSet();
    for (int i : on) {
      b.set(i);
    }
    return b;
  }

  @Test
  void it_measures_what_each_indicator_alone_adds_to_each_metric() {
    // metric 0 is the total (80), metric 1 the percent of category 1 (48 / 60 = 80 %)
    Bound b =
        bound(
            Condition.allOf(
                Condition.atLeast(Metric.totalPoints(), 85),
                Condition.atLeast(Metric.percent("1"), 90)));

    assertThat(b.candidates()).isSameAs(unit);
    assertThat(b.wholeCosts()).isTrue();
    assertThat(b.start(0)).isEqualTo(80.0);
    assertThat(b.start(1)).isCloseTo(80.0, within(CLOSE));
    assertThat(b.startValues()).containsExactly(80.0, 80.0);
    // three steps of 1.1 add 6 points, and 6 / 60 = 10 % to category 1; 1.2 adds 1 point a step,
    // 1 / 60 = 5/3 %; 2.1 adds nothing to category 1
    assertThat(b.exactGain(0, 0, 3)).isEqualTo(Ratio.of(6));
    assertThat(b.exactGain(0, 1, 4)).isEqualTo(Ratio.of(4));
    assertThat(b.exactGain(0, 2, 0)).isEqualTo(Ratio.ZERO);
    assertThat(b.exactGain(1, 0, 3)).isEqualTo(Ratio.of(10));
    assertThat(b.exactGain(1, 1, 1)).isEqualTo(Ratio.of(5, 3));
    assertThat(b.exactGain(1, 2, 4)).isEqualTo(Ratio.ZERO);
    assertThat(b.gain(0, 2, 2)).isEqualTo(4.0);
    assertThat(b.gain(1, 1, 3)).isCloseTo(5.0, within(CLOSE));
    assertThat(b.support(0)).isEqualTo(bits(0, 1, 2));
    assertThat(b.support(1)).isEqualTo(bits(0, 1));
  }

  @Test
  void the_values_of_the_metrics_follow_each_step_taken_and_taken_back() {
    Bound b = bound(Condition.atLeast(Metric.totalPoints(), 85));
    double[] values = b.startValues();

    // a step on 1.1 (from 0 steps) adds 2; a second, on 1.2, adds 1: 83
    b.step(values, 0, 0, 1);
    b.step(values, 1, 0, 1);
    assertThat(values).containsExactly(83.0);
    // taking back the step of 1.1 leaves 81
    b.step(values, 0, 0, -1);
    assertThat(values).containsExactly(81.0);
    // the start values are a fresh copy each time
    assertThat(b.startValues()).containsExactly(80.0);
    // read from a scorecard: 1.1 and 2.1 one step each, 84
    assertThat(b.valuesOf(unit.score(new int[] {1, 0, 1}))).containsExactly(84.0);
  }

  @Test
  void a_comparison_costs_the_cheapest_fractional_way_to_close_its_gap_rounded_up_to_whole_costs() {
    // at least 85 from 80: a gap of 4.995 (85 - half a hundredth); the best steps add 2 for a cost
    // of 1, so 4.995 / 2 = 2.4975, and with whole costs 3
    Bound b = bound(Condition.atLeast(Metric.totalPoints(), 85));
    assertThat(b.lower(new int[3], b.startValues())).isEqualTo(3.0);
    assertThat(b.guide(new int[3], b.startValues())).isCloseTo(2.4975, within(CLOSE));

    // with two steps of 1.1 taken (84): a gap of 0.995 for 0.4975, whole 1
    double[] values = {84.0};
    assertThat(b.lower(new int[] {2, 0, 0}, values)).isEqualTo(1.0);
    assertThat(b.guide(new int[] {2, 0, 0}, values)).isCloseTo(0.4975, within(CLOSE));
    // met: 0
    assertThat(b.lower(new int[] {2, 1, 0}, new double[] {85.0})).isZero();
    assertThat(b.guide(new int[] {0, 0, 0}, new double[] {84.995})).isZero();
  }

  @Test
  void the_knapsack_takes_every_step_of_the_best_indicator_before_the_next() {
    // 1.1 and 2.1 at their last step (2 steps of 1.1, 4 of 2.1 taken would leave 2 of 1.1);
    // here 1.1 has taken 3 (1 left, adding 2) and 2.1 all 4: at 80 + 6 + 8 = 94 for above 97:
    // gap 3.005, 1.1's last step closes 2 for 1, 1.2 closes the remaining 1.005 at 1 a point
    Bound b = bound(Condition.above(Metric.totalPoints(), 97));
    int[] counts = {3, 0, 4};
    assertThat(b.guide(counts, new double[] {94.0})).isCloseTo(2.005, within(CLOSE));
    assertThat(b.lower(counts, new double[] {94.0})).isEqualTo(3.0);
    // with 1.2 also at its top (4 steps: 98 would pass), at 94 nothing is left but 1.1's step
    assertThat(b.lower(new int[] {3, 4, 4}, new double[] {94.0})).isEqualTo(Bound.NEVER);
  }

  @Test
  void costs_weigh_the_steps_and_a_cost_not_whole_is_not_rounded() {
    // 1.1 costs 4 a step (2 a point), 1.2 costs 1 (1 a point), 2.1 costs 2.5 (1.25 a point):
    // closing 4.995 takes 1.2's four points for 4, then 0.995 of 2.1 at 1.25: 5.24375
    Candidates costly =
        Fixtures.candidates(
            Fixtures.MINI,
            Fixtures.allAt80(),
            Map.of("1.1", BigDecimal.valueOf(4), "2.1", new BigDecimal("2.5")));
    Bound b = new Bound(costly, goal(Condition.atLeast(Metric.totalPoints(), 85)));
    assertThat(b.wholeCosts()).isFalse();
    assertThat(b.lower(new int[3], b.startValues())).isCloseTo(5.24375, within(CLOSE));
    assertThat(b.guide(new int[3], b.startValues())).isCloseTo(5.24375, within(CLOSE));
  }

  @Test
  void all_of_adds_the_parts_no_indicator_helps_together_and_any_of_takes_the_least() {
    // category 1 at least 90 % from 80 %: a gap of 9.995, 1.1 adds 10/3 % a step: 2.9985, whole 3;
    // category 2 at least 90 % from 80 %: 2.1 adds 5 % a step: 1.999, whole 2
    Condition one = Condition.atLeast(Metric.percent("1"), 90);
    Condition two = Condition.atLeast(Metric.percent("2"), 90);
    assertThat(bound(one).lower(new int[3], new double[] {80.0})).isEqualTo(3.0);
    assertThat(bound(two).lower(new int[3], new double[] {80.0})).isEqualTo(2.0);

    // disjoint indicators ({1.1, 1.2} and {2.1}): 3 + 2
    Bound both = bound(Condition.allOf(one, two));
    assertThat(both.lower(new int[3], both.startValues())).isEqualTo(5.0);
    Bound either = bound(Condition.anyOf(one, two));
    assertThat(either.lower(new int[3], either.startValues())).isEqualTo(2.0);

    // the total at least 85 (3) shares its indicators with category 1 (3): only the larger counts,
    // then category 2 shares 2.1 with the total: still 3
    Bound shared = bound(Condition.allOf(Condition.atLeast(Metric.totalPoints(), 85), one, two));
    assertThat(shared.lower(new int[3], shared.startValues())).isEqualTo(3.0);

    // the total at least 86 (gap 5.995: 3 whole) and category 2 at least 100 (gap 19.995: 4):
    // the larger (category 2) first, then the total shares 2.1: 4
    Bound larger =
        bound(
            Condition.allOf(
                Condition.atLeast(Metric.totalPoints(), 86),
                Condition.atLeast(Metric.percent("2"), 100)));
    assertThat(larger.lower(new int[3], larger.startValues())).isEqualTo(4.0);

    // a part already met adds nothing: category 2 at 90 % met, category 1 still 3
    double[] met = {80.0, 90.0};
    assertThat(both.lower(new int[] {0, 0, 2}, met)).isEqualTo(3.0);
    // a part that can never be met makes the whole never met
    assertThat(both.lower(new int[] {0, 0, 4}, new double[] {80.0, 80.0})).isEqualTo(Bound.NEVER);
  }

  @Test
  void a_rated_with_condition_costs_the_steps_to_its_code_and_never_once_passed() {
    // 1.1 rated 90: two steps up its chain 80, 85, 90, 95, 100
    Bound b = bound(Condition.ratedWith("1.1", "90"));
    assertThat(b.lower(new int[3], b.startValues())).isEqualTo(2.0);
    assertThat(b.lower(new int[] {1, 0, 0}, b.startValues())).isEqualTo(1.0);
    assertThat(b.lower(new int[] {2, 0, 0}, b.startValues())).isZero();
    assertThat(b.lower(new int[] {3, 0, 0}, b.startValues())).isEqualTo(Bound.NEVER);
    assertThat(b.conjunctions()).contains(List.of(new Bound.Conjunction(List.of(), Map.of(0, 2))));
    // with 1.1 costing 3 a step: 6
    Candidates costly =
        Fixtures.candidates(
            Fixtures.MINI, Fixtures.allAt80(), Map.of("1.1", BigDecimal.valueOf(3)));
    Bound c = new Bound(costly, goal(Condition.ratedWith("1.1", "90")));
    assertThat(c.lower(new int[3], c.startValues())).isEqualTo(6.0);

    // 1.1 at 80 now: 80 is its position 0, met
    Bound now = bound(Condition.ratedWith("1.1", "80.0"));
    assertThat(now.lower(new int[3], now.startValues())).isZero();
    // a value not on its chain (75, below it; "x", no number) is never met
    Bound below = bound(Condition.ratedWith("1.1", "75"));
    assertThat(below.lower(new int[3], below.startValues())).isEqualTo(Bound.NEVER);
    assertThat(below.conjunctions()).contains(List.of());
    Bound word = bound(Condition.ratedWith("1.2", "x"));
    assertThat(word.lower(new int[3], word.startValues())).isEqualTo(Bound.NEVER);
  }

  @Test
  void a_rated_with_condition_on_an_indicator_that_cannot_step_is_decided_now() {
    // 2.1 at 100 has no step: rated 100 holds now whatever steps are taken, rated 95 never
    Candidates c =
        Fixtures.candidates(
            io.github.assessmentkit.assessment.Assessment.quick(
                Fixtures.MINI,
                io.github.assessmentkit.assessment.Rating.of("1.1", 80),
                io.github.assessmentkit.assessment.Rating.of("1.2", 80),
                io.github.assessmentkit.assessment.Rating.of("2.1", 100)));
    Bound met = new Bound(c, goal(Condition.ratedWith("2.1", "100")));
    assertThat(met.lower(new int[2], met.startValues())).isZero();
    assertThat(met.conjunctions()).contains(List.of(new Bound.Conjunction(List.of(), Map.of())));
    Bound never = new Bound(c, goal(Condition.ratedWith("2.1", "95")));
    assertThat(never.lower(new int[2], never.startValues())).isEqualTo(Bound.NEVER);
    assertThat(never.conjunctions()).contains(List.of());
  }

  @Test
  void coverage_and_rungs_reached_are_read_as_the_scorecard_now_and_as_the_rungs_bound() {
    // coverage: every indicator is rated, 100 % coverage; at least 100 holds now
    Bound covered = bound(new Condition.CoverageAtLeast(BigDecimal.valueOf(100)));
    assertThat(covered.lower(new int[3], covered.startValues())).isZero();
    // a ladder the rubric lacks, or a rung it lacks, is never reached
    Bound noLadder = bound(new Condition.RungReached("bands", "good"));
    assertThat(noLadder.lower(new int[3], noLadder.startValues())).isEqualTo(Bound.NEVER);
    Bound noRung = bound(new Condition.RungReached("overall", "great"));
    assertThat(noRung.lower(new int[3], noRung.startValues())).isEqualTo(Bound.NEVER);
    // the bottom rung has no bound: reached whatever the total
    Bound bottom = bound(new Condition.RungReached("overall", "fair"));
    assertThat(bottom.lower(new int[3], bottom.startValues())).isZero();
    // "good" is above 40: at 30 % everywhere (30.00) the gap is 40.005 - 30 = 10.005, five steps
    // of 2 points close 10 and a sixth step is needed: 5.0025 rounded up to 6
    Candidates low =
        Fixtures.candidates(
            io.github.assessmentkit.assessment.Assessment.quick(
                Fixtures.MINI,
                io.github.assessmentkit.assessment.Rating.of("1.1", 30),
                io.github.assessmentkit.assessment.Rating.of("1.2", 30),
                io.github.assessmentkit.assessment.Rating.of("2.1", 30)));
    Bound good = new Bound(low, goal(new Condition.RungReached("overall", "good")));
    assertThat(good.startValues()).containsExactly(30.0);
    assertThat(good.guide(new int[3], good.startValues())).isCloseTo(5.0025, within(CLOSE));
    assertThat(good.lower(new int[3], good.startValues())).isEqualTo(6.0);
    // a named condition is read as the condition it names
    Bound named =
        bound(Condition.named(Text.en("plaque"), Condition.atLeast(Metric.totalPoints(), 85)));
    assertThat(named.lower(new int[3], named.startValues())).isEqualTo(3.0);
  }

  @Test
  void a_metric_that_does_not_apply_now_is_decided_now() {
    // 2.1 not applicable: category 2's percent does not apply, and no step makes it apply; as
    // it does not apply, "at least 50" fails, and the metric is not measured
    Candidates c =
        Fixtures.candidates(
            io.github.assessmentkit.assessment.Assessment.quick(
                Fixtures.MINI,
                io.github.assessmentkit.assessment.Rating.of("1.1", 80),
                io.github.assessmentkit.assessment.Rating.of("1.2", 80),
                io.github.assessmentkit.assessment.Rating.notApplicable("2.1", "none")));
    Bound fails = new Bound(c, goal(Condition.atLeast(Metric.percent("2"), 50)));
    assertThat(fails.startValues()).isEmpty();
    assertThat(fails.lower(new int[2], fails.startValues())).isEqualTo(Bound.NEVER);
    Bound passes =
        new Bound(
            c,
            goal(
                new Condition.Compare(
                    Metric.percent("2"),
                    io.github.assessmentkit.rubric.Comparison.AT_LEAST,
                    BigDecimal.valueOf(50),
                    WhenNotApplicable.HOLDS)));
    assertThat(passes.lower(new int[2], passes.startValues())).isZero();
  }

  @Test
  void conjunctions_multiply_out_all_of_and_list_any_of() {
    // (total ≥ 85 or category 1 ≥ 90) and 1.1 rated 90: two conjunctions, each forcing 1.1 to
    // two steps; the thresholds sit a ten-millionth below the least passing value
    Bound b =
        bound(
            Condition.allOf(
                Condition.anyOf(
                    Condition.atLeast(Metric.totalPoints(), 85),
                    Condition.atLeast(Metric.percent("1"), 90)),
                Condition.ratedWith("1.1", "90")));
    List<Bound.Conjunction> dnf = b.conjunctions().orElseThrow();
    assertThat(dnf).hasSize(2);
    assertThat(dnf.get(0).atoms()).hasSize(1);
    assertThat(dnf.get(0).atoms().get(0).metric()).isZero();
    assertThat(dnf.get(0).atoms().get(0).threshold()).isCloseTo(84.995, within(CLOSE));
    assertThat(dnf.get(0).atoms().get(0).threshold()).isLessThan(84.995);
    assertThat(dnf.get(0).forced()).isEqualTo(Map.of(0, 2));
    assertThat(dnf.get(1).atoms().get(0).metric()).isEqualTo(1);
    assertThat(dnf.get(1).forced()).isEqualTo(Map.of(0, 2));

    // 1.1 rated 90 and rated 95 at once: no conjunction
    Bound clash =
        bound(Condition.allOf(Condition.ratedWith("1.1", "90"), Condition.ratedWith("1.1", "95")));
    assertThat(clash.conjunctions()).contains(List.of());
    // 1.1 rated 90 twice: one
    Bound twice =
        bound(Condition.allOf(Condition.ratedWith("1.1", "90"), Condition.ratedWith("1.1", "90")));
    assertThat(twice.conjunctions().orElseThrow()).hasSize(1);
  }

  @Test
  void a_condition_of_too_many_conjunctions_is_not_written_out() {
    // nine any-ofs of two comparisons multiply out to 2^9 = 512 conjunctions, above 256
    Condition pair =
        Condition.anyOf(
            Condition.atLeast(Metric.totalPoints(), 81),
            Condition.atLeast(Metric.percent("1"), 81));
    Condition[] nine = new Condition[9];
    java.util.Arrays.fill(nine, pair);
    assertThat(bound(Condition.allOf(nine)).conjunctions()).isEmpty();
    // eight make 256, written out
    assertThat(
            bound(Condition.allOf(java.util.Arrays.copyOf(nine, 8))).conjunctions().orElseThrow())
        .hasSize(256);
    // an any-of of 257 parts is too many as well, of 256 not
    Condition[] many = new Condition[257];
    java.util.Arrays.fill(many, Condition.ratedWith("1.1", "90"));
    assertThat(bound(Condition.anyOf(many)).conjunctions()).isEmpty();
    assertThat(
            bound(Condition.anyOf(java.util.Arrays.copyOf(many, 256))).conjunctions().orElseThrow())
        .hasSize(256);
  }

  @Test
  void a_step_adds_the_difference_of_the_gains_before_and_after_it() {
    // a second step of 1.1 (from 1 step to 2) adds 4 - 2 = 2; taking it back removes 2
    Bound b = bound(Condition.atLeast(Metric.totalPoints(), 85));
    double[] values = {82.0};
    b.step(values, 0, 1, 1);
    assertThat(values).containsExactly(84.0);
    b.step(values, 0, 1, -1);
    assertThat(values).containsExactly(82.0);
  }

  @Test
  void the_gap_is_closed_from_a_ten_millionth_below_the_threshold() {
    // at least 85: (4.995 - 0.0000001) / 2
    Bound b = bound(Condition.atLeast(Metric.totalPoints(), 85));
    assertThat(b.guide(new int[3], b.startValues())).isCloseTo(2.49749995, within(1e-10));
  }

  @Test
  void a_cost_just_below_a_whole_number_rounds_up_to_it_not_past_it() {
    // points of 1 and 2 at least 84.02 pass from 84.00 (a cent per criterion): a gap of 4, closed
    // by two steps of 2: (4 - 0.0000001) / 2 is just below 2, which whole costs make 2
    Bound b =
        bound(
            new Condition.Compare(
                Metric.points("1", "2"),
                io.github.assessmentkit.rubric.Comparison.AT_LEAST,
                new BigDecimal("84.02")));
    assertThat(b.guide(new int[3], b.startValues())).isCloseTo(1.99999995, within(1e-9));
    assertThat(b.lower(new int[3], b.startValues())).isEqualTo(2.0);
  }

  @Test
  void the_knapsack_pays_for_every_step_of_an_indicator_it_uses_up() {
    // 1.2 costs 0.5 a step (2 points a unit), 1.1 1.5 (4/3), 2.1 4 (1/2): 1.2's four points cost
    // 4 × 0.5 = 2, the remaining 0.995 comes from 1.1 at 0.75 a point: 2.74625
    Candidates cheap12 =
        Fixtures.candidates(
            Fixtures.MINI,
            Fixtures.allAt80(),
            Map.of(
                "1.2",
                new BigDecimal("0.5"),
                "1.1",
                new BigDecimal("1.5"),
                "2.1",
                BigDecimal.valueOf(4)));
    Bound b = new Bound(cheap12, goal(Condition.atLeast(Metric.totalPoints(), 85)));
    assertThat(b.guide(new int[3], b.startValues())).isCloseTo(2.74625, within(CLOSE));
  }

  @Test
  void a_metric_read_twice_is_measured_once() {
    Bound b =
        bound(
            Condition.allOf(
                Condition.atLeast(Metric.totalPoints(), 85),
                Condition.atLeast(Metric.totalPoints(), 90)));
    assertThat(b.startValues()).containsExactly(80.0);
    // at least 90: a gap of 9.995, 4.9975, whole 5; the parts share indicators: 5
    assertThat(b.lower(new int[3], b.startValues())).isEqualTo(5.0);
  }

  @Test
  void a_rated_with_condition_met_now_forces_no_step() {
    // 1.1 rated 80, where it stands: position 0 of its chain
    assertThat(bound(Condition.ratedWith("1.1", "80")).conjunctions())
        .contains(List.of(new Bound.Conjunction(List.of(), Map.of(0, 0))));
  }

  @Test
  void a_rated_with_condition_on_a_choice_scale_counts_the_steps_to_the_code() {
    // the checklist's G1.1 rated no: its chain is no, partial, yes
    io.github.assessmentkit.rubric.Rubric checklist =
        io.github.assessmentkit.testing.MiniRubrics.checklist();
    io.github.assessmentkit.assessment.Assessment a =
        io.github.assessmentkit.assessment.Assessment.quick(
            checklist,
            io.github.assessmentkit.assessment.Rating.choice("G1.1", "no"),
            io.github.assessmentkit.assessment.Rating.choice("G1.2", "yes"),
            io.github.assessmentkit.assessment.Rating.choice("G2.1", "yes"),
            io.github.assessmentkit.assessment.Rating.choice("G2.2", "yes"),
            io.github.assessmentkit.assessment.Rating.choice("G2.3", "yes"));
    Candidates c = Fixtures.candidates(checklist, a, Map.of());
    Goal yes = Goals.condition(checklist, Text.en("g"), Condition.ratedWith("G1.1", "yes"));
    Goal partial = Goals.condition(checklist, Text.en("g"), Condition.ratedWith("G1.1", "partial"));
    Goal one = Goals.condition(checklist, Text.en("g"), Condition.ratedWith("G1.1", "1"));
    assertThat(new Bound(c, yes).lower(new int[1], new double[0])).isEqualTo(2.0);
    assertThat(new Bound(c, partial).lower(new int[1], new double[0])).isEqualTo(1.0);
    assertThat(new Bound(c, one).lower(new int[1], new double[0])).isEqualTo(Bound.NEVER);
  }

  @Test
  void a_nested_all_of_or_any_of_shares_the_indicators_of_its_parts() {
    // the total at least 85 (3) inside an any-of or an all-of still shares 1.1 and 1.2 with
    // category 1 at least 90 % (3): 3, not 6
    Condition total = Condition.atLeast(Metric.totalPoints(), 85);
    Condition one = Condition.atLeast(Metric.percent("1"), 90);
    Bound any = bound(Condition.allOf(Condition.anyOf(total, total), one));
    assertThat(any.lower(new int[3], any.startValues())).isEqualTo(3.0);
    Bound all = bound(Condition.allOf(Condition.allOf(total, total), one));
    assertThat(all.lower(new int[3], all.startValues())).isEqualTo(3.0);
  }

  @Test
  void a_rated_with_condition_shares_its_indicator_with_a_comparison_in_an_all_of() {
    // 1.1 rated 90 (2) and the total at least 85 (3) both need 1.1: only the larger counts
    Bound b =
        bound(
            Condition.allOf(
                Condition.ratedWith("1.1", "90"), Condition.atLeast(Metric.totalPoints(), 85)));
    assertThat(b.lower(new int[3], b.startValues())).isEqualTo(3.0);
    // with category 2 at least 90 % (2.1 alone: 2) instead, they add up: 4
    Bound apart =
        bound(
            Condition.allOf(
                Condition.ratedWith("1.1", "90"), Condition.atLeast(Metric.percent("2"), 90)));
    assertThat(apart.lower(new int[3], apart.startValues())).isEqualTo(4.0);
  }
}
