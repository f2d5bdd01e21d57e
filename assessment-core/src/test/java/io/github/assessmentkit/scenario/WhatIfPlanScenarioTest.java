package io.github.assessmentkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.planning.OutcomeChange;
import io.github.assessmentkit.planning.Plan;
import io.github.assessmentkit.planning.Step;
import io.github.assessmentkit.planning.Target;
import io.github.assessmentkit.planning.WhatIf;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.CqaShaped;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plans worked out by hand. On the mini award rubric (1.1 = 40 and 1.2 = 20 points in category 1,
 * 2.1 = 40 in category 2; good above 40; gold above 50, silver above 40 with category 1 at 40 % or
 * more) a band step of 5 % adds 2 points on 1.1 or 2.1 and 1 point on 1.2. On the CQA-shaped rubric
 * a step adds 5 % of the item's points.
 */
class WhatIfPlanScenarioTest {
  private final Rubric mini = MiniRubrics.award();

  private Assessment thirtyEverywhere() {
    return Assessment.quick(mini, Rating.of("1.1", 30), Rating.of("1.2", 30), Rating.of("2.1", 30));
  }

  @Test
  void the_next_rung_takes_the_fewest_steps_and_the_plan_rescored_gives_what_it_claims() {
    // given 30 % everywhere: 12 + 6 + 12 = 30.00, fair; good needs more than 40, so at least
    // 11 more points: five 2-point steps give 40.00, not enough; six give 42.00
    Assessment a = thirtyEverywhere();

    // when
    Plan plan = WhatIf.of(mini, a).plan(Target.nextRung("overall"));

    // then
    assertThat(plan.status()).isEqualTo(Plan.Status.REACHED);
    assertThat(plan.steps()).hasSize(6);
    assertThat(plan.cost()).isEqualByComparingTo("6");
    assertThat(plan.steps()).allMatch(s -> !s.indicatorId().equals("1.2"));
    assertThat(plan.after().total()).isEqualByComparingTo("42.00");
    assertThat(plan.gain()).isEqualByComparingTo("12.00");
    assertThat(plan.cheapest()).isTrue();
    assertThat(plan.searchNote().get(Language.EN))
        .isEqualTo(
            "the cheapest plan: the search covered every cheaper plan and none reaches the target");
    assertThat(plan.target()).isEqualTo(Text.of("Overall: good ขึ้นไป", "Overall: good or higher"));
    assertThat(plan.failingBefore())
        .containsExactly(Text.of("คะแนนรวม = 30.00 ไม่ > 40", "total points = 30.00 not > 40"));
    assertThat(plan.changes())
        .extracting(OutcomeChange::id, OutcomeChange::toId)
        .contains(org.assertj.core.groups.Tuple.tuple("overall", "good"));
    assertThat(plan.explanation().get(Language.EN))
        .isEqualTo("Overall: good or higher: reached in 6 steps (cost 6), total 30.00 → 42.00");
    // and rescored, the changed assessment gives exactly the plan's scorecard
    Scorecard rescored = Scorer.standard().score(mini, plan.applyTo(a));
    assertThat(rescored).isEqualTo(plan.after());
  }

  @Test
  void declared_costs_make_the_cheap_indicator_the_way() {
    // given steps on 1.1 and 2.1 cost 3 each (2 points for 3), on 1.2 1 (1 point for 1); 11
    // points are needed: eleven steps on 1.2 (30 -> 85 %, 6 -> 17 points) cost 11; a 2-point step
    // and nine 1-point steps cost 12; two and seven cost 13, and so on: 11 is the least
    Assessment a = thirtyEverywhere();

    // when
    Plan plan =
        WhatIf.builder(mini, a)
            .stepCost("1.1", 3)
            .stepCost("2.1", 3)
            .build()
            .plan(Target.nextRung("overall"));

    // then
    assertThat(plan.cost()).isEqualByComparingTo("11");
    assertThat(plan.steps()).hasSize(11).allMatch(s -> s.indicatorId().equals("1.2"));
    assertThat(plan.steps().get(0).shortForm()).isEqualTo("1.2: 30 → 35");
    assertThat(plan.steps().get(10).shortForm()).isEqualTo("1.2: 80 → 85");
    assertThat(plan.after().total()).isEqualByComparingTo("41.00");
    assertThat(plan.cheapest()).isTrue();
  }

  @Test
  void a_tier_needing_two_conditions_is_reached_by_the_fewest_steps_that_meet_both() {
    // given 30 % everywhere: silver needs a total above 40 (11 points more, so six 2-point steps
    // at least) and category 1 at 40 % (24 of 60, now 18: 6 points more on 1.1 or 1.2). Six steps
    // on 1.1 and 2.1 with at least three on 1.1 meet both: 42.00, category 1 >= 24
    Plan plan = WhatIf.of(mini, thirtyEverywhere()).plan(Target.awardTier("mini", "silver"));

    // then
    assertThat(plan.status()).isEqualTo(Plan.Status.REACHED);
    assertThat(plan.steps()).hasSize(6);
    assertThat(plan.steps().stream().filter(s -> s.indicatorId().equals("1.1")).count())
        .isGreaterThanOrEqualTo(3);
    assertThat(plan.after().award("mini").orElseThrow().tierId()).isEqualTo("silver");
    assertThat(plan.after().total()).isEqualByComparingTo("42.00");
    assertThat(plan.cheapest()).isTrue();
    assertThat(plan.failingBefore())
        .containsExactly(
            Text.of("คะแนนรวม = 30.00 ไม่ > 40", "total points = 30.00 not > 40"),
            Text.of("ร้อยละของ 1 = 30.00 ไม่ ≥ 40", "percent of 1 = 30.00 not ≥ 40"));
  }

  @Test
  void a_target_already_reached_needs_no_step() {
    // given 30 % everywhere, no award: "total at least 30" already holds
    Plan plan =
        WhatIf.of(mini, thirtyEverywhere())
            .plan(
                Target.condition(
                    Text.of("อย่างน้อย 30", "at least 30"),
                    Condition.atLeast(Metric.totalPoints(), 30)));

    // then
    assertThat(plan.status()).isEqualTo(Plan.Status.ALREADY_REACHED);
    assertThat(plan.steps()).isEmpty();
    assertThat(plan.after()).isEqualTo(plan.before());
    assertThat(plan.explanation().get(Language.EN))
        .isEqualTo("at least 30: already reached, no step needed");
  }

  @Test
  void an_unreachable_target_names_the_condition_that_blocks_it() {
    // given 1.1 and 2.1 unknown (they earn nothing and cannot be stepped), 1.2 at 50 %: 10.00.
    // With 1.2 at the top (100 %, 20 points) the total is 20.00, never above 50: no gold
    Assessment a =
        Assessment.quick(
            mini, Rating.unknown("1.1", null), Rating.of("1.2", 50), Rating.unknown("2.1", null));

    // when
    Plan plan = WhatIf.of(mini, a).plan(Target.awardTier("mini", "gold"));

    // then
    assertThat(plan.status()).isEqualTo(Plan.Status.UNREACHABLE);
    assertThat(plan.reached()).isFalse();
    assertThat(plan.steps()).isEmpty();
    assertThat(plan.blockers())
        .containsExactly(Text.of("คะแนนรวม = 20.00 ไม่ > 50", "total points = 20.00 not > 50"));
    assertThat(plan.failingBefore())
        .containsExactly(Text.of("คะแนนรวม = 10.00 ไม่ > 50", "total points = 10.00 not > 50"));
    assertThat(plan.explanation().get(Language.EN))
        .isEqualTo(
            "Mini award: Gold or higher: cannot be reached, even with every rated indicator at"
                + " the top of its scale");
  }

  @Test
  void the_next_rung_from_the_top_is_blocked_outright() {
    // given 100 % everywhere: 100.00, good, the top rung
    Assessment a =
        Assessment.quick(mini, Rating.of("1.1", 100), Rating.of("1.2", 100), Rating.of("2.1", 100));

    // when
    Plan plan = WhatIf.of(mini, a).plan(Target.nextRung("overall"));

    // then
    assertThat(plan.status()).isEqualTo(Plan.Status.UNREACHABLE);
    assertThat(plan.blockers())
        .containsExactly(
            Text.of(
                "Overall: อยู่ขั้นสูงสุดแล้ว (good)", "Overall: already on the top rung (good)"));
  }

  @Test
  void tqc_plus_on_a_cqa_shaped_rubric_takes_five_steps_two_for_leadership_three_for_a_theme() {
    // given every item at 45 %: 450.00 (not above 450), category 1 at 45 %, every theme below 50.
    // Category 1 (115) needs 57.50, has 51.75: 5.75 more, two steps (1.1 adds 3.25, 1.2 2.50:
    // one of each gives exactly 5.75, two of 1.1 give 6.50; one step gives at most 3.25).
    // The cheapest theme takes three: Customer needs category 3 (85) at 42.50 from 38.25, 4.25
    // more, two steps (3.1 adds 2.00, 3.2 2.25), and 7.2 at 50 %, one step; People and Operation
    // alike; Innovation four (6.1 one, category 2 two, 7.1 one). No step serves both, and any
    // step lifts the total above 450: 2 + 3 = 5 steps
    Rubric cqa = CqaShaped.rubric();
    Assessment a = CqaShaped.ratedAt(cqa, 45, Map.of());

    // when
    Plan plan = WhatIf.of(cqa, a).plan(Target.awardTier("tqa", "tqc-plus"));

    // then
    assertThat(plan.status()).isEqualTo(Plan.Status.REACHED);
    assertThat(plan.steps()).hasSize(5);
    assertThat(plan.cheapest()).isTrue();
    assertThat(plan.after().award("tqa").orElseThrow().tierId()).isEqualTo("tqc-plus");
    assertThat(plan.steps().stream().map(Step::indicatorId).filter(id -> id.startsWith("1.")))
        .hasSize(2);
    assertThat(plan.failingBefore())
        .contains(
            Text.of("คะแนนรวม = 450.00 ไม่ > 450", "total points = 450.00 not > 450"),
            Text.of("ร้อยละของ 1 = 45.00 ไม่ ≥ 50", "percent of 1 = 45.00 not ≥ 50"));
    assertThat(Scorer.standard().score(cqa, plan.applyTo(a))).isEqualTo(plan.after());
  }
}
