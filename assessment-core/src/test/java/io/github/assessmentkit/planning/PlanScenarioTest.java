package io.github.assessmentkit.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plans on the mini award rubric, worked by hand: 1.1 (40 points), 1.2 (20) in category 1 (60), 2.1
 * (40) in category 2; ladder "overall" good above 40, else fair; award "mini" gold above 50, silver
 * above 40 with category 1 at 40 % or more. Band steps are 5 % apart: a step on 1.1 or 2.1 adds 2
 * points, on 1.2 1 point.
 */
class PlanScenarioTest {
  private final Rubric mini = MiniRubrics.award();

  private Assessment at(int p11, int p12, int p21) {
    return Assessment.quick(
        mini, Rating.of("1.1", p11), Rating.of("1.2", p12), Rating.of("2.1", p21));
  }

  private Text reason(Condition c, Scorecard card) {
    return ConditionResult.evaluate(c, card, mini).reason();
  }

  @Test
  void a_target_reached_now_needs_no_step() {
    // 80 % everywhere: 80.00, good, gold
    WhatIf whatIf = WhatIf.of(mini, at(80, 80, 80));

    Plan plan = whatIf.plan(Target.rung("overall", "good"));

    assertThat(plan.status()).isEqualTo(Plan.Status.ALREADY_REACHED);
    assertThat(plan.reached()).isTrue();
    assertThat(plan.target().get(Language.EN)).isEqualTo("Overall: good or higher");
    assertThat(plan.steps()).isEmpty();
    assertThat(plan.cost()).isEqualByComparingTo("0");
    assertThat(plan.after()).isSameAs(plan.before());
    assertThat(plan.before()).isSameAs(whatIf.scorecard());
    assertThat(plan.gain()).isEqualByComparingTo("0");
    assertThat(plan.changes()).isEmpty();
    assertThat(plan.failingBefore()).isEmpty();
    assertThat(plan.blockers()).isEmpty();
    assertThat(plan.cheapest()).isTrue();
    assertThat(plan.searchNote()).isNull();
    assertThat(plan.explanation().get(Language.EN))
        .isEqualTo("Overall: good or higher: already reached, no step needed");
    assertThat(whatIf.plan(Target.awardTier("mini", "silver")).status())
        .isEqualTo(Plan.Status.ALREADY_REACHED);
    assertThat(whatIf.plan(Target.awardTier("mini", "gold")).status())
        .isEqualTo(Plan.Status.ALREADY_REACHED);
  }

  @Test
  void the_next_rung_above_the_top_is_blocked_outright() {
    // good is the top rung of "overall"
    Plan plan = WhatIf.of(mini, at(80, 80, 80)).plan(Target.nextRung("overall"));

    assertThat(plan.status()).isEqualTo(Plan.Status.UNREACHABLE);
    assertThat(plan.reached()).isFalse();
    assertThat(plan.steps()).isEmpty();
    assertThat(plan.cost()).isEqualByComparingTo("0");
    assertThat(plan.after()).isSameAs(plan.before());
    assertThat(plan.failingBefore()).isEmpty();
    assertThat(plan.blockers())
        .containsExactly(
            Text.of(
                "Overall: อยู่ขั้นสูงสุดแล้ว (good)", "Overall: already on the top rung (good)"));
    assertThat(plan.cheapest()).isFalse();
    assertThat(plan.searchNote()).isNull();
    assertThat(plan.explanation().get(Language.EN))
        .isEqualTo(
            "Overall: good or higher: cannot be reached, even with every rated indicator at the"
                + " top of its scale");
  }

  @Test
  void the_next_rung_is_reached_by_the_cheapest_steps_proven() {
    // 30 % everywhere: 12 + 6 + 12 = 30.00, fair, no award. Good needs above 40: 41 points at
    // least, +11; five steps add 10 at most, so six are needed; the program's six steps of 1.1
    // (30 → 60 %) make 24 + 6 + 12 = 42.00: good, and silver (above 40, category 1 at 30 / 60 =
    // 50 %)
    Assessment a = at(30, 30, 30);
    WhatIf whatIf = WhatIf.of(mini, a);

    Plan plan = whatIf.plan(Target.nextRung("overall"));

    assertThat(plan.status()).isEqualTo(Plan.Status.REACHED);
    assertThat(plan.target().get(Language.EN)).isEqualTo("Overall: good or higher");
    assertThat(plan.steps())
        .extracting(Step::shortForm)
        .containsExactly(
            "1.1: 30 → 35",
            "1.1: 35 → 40",
            "1.1: 40 → 45",
            "1.1: 45 → 50",
            "1.1: 50 → 55",
            "1.1: 55 → 60");
    assertThat(plan.steps().get(3).fromLabel().get(Language.EN)).isEqualTo("Band 3");
    assertThat(plan.steps().get(3).toLabel().get(Language.EN)).isEqualTo("Band 4");
    assertThat(plan.steps()).allSatisfy(s -> assertThat(s.cost()).isEqualByComparingTo("1"));
    assertThat(plan.cost()).isEqualByComparingTo("6");
    assertThat(plan.before().total()).isEqualByComparingTo("30.00");
    assertThat(plan.after().total()).isEqualByComparingTo("42.00");
    assertThat(plan.gain()).isEqualByComparingTo("12.00");
    assertThat(plan.changes())
        .extracting(OutcomeChange::kind, OutcomeChange::fromId, OutcomeChange::toId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(OutcomeChange.Kind.LEVEL, "fair", "good"),
            org.assertj.core.groups.Tuple.tuple(OutcomeChange.Kind.AWARD, null, "silver"));
    assertThat(plan.failingBefore())
        .containsExactly(reason(Condition.above(Metric.totalPoints(), 40), plan.before()));
    assertThat(plan.blockers()).isEmpty();
    assertThat(plan.cheapest()).isTrue();
    assertThat(plan.searchNote())
        .isEqualTo(
            Text.of(
                "เป็นแผนที่ใช้ต้นทุนน้อยที่สุด: ค้นครบทุกแผนที่ถูกกว่าแล้วไม่มีแผนใดถึงเป้าหมาย",
                "the cheapest plan: the search covered every cheaper plan and none reaches the"
                    + " target"));
    assertThat(plan.explanation().get(Language.EN))
        .isEqualTo("Overall: good or higher: reached in 6 steps (cost 6), total 30.00 → 42.00");
    assertThat(plan.after()).isEqualTo(Scorer.standard().score(mini, plan.applyTo(a)));
  }

  @Test
  void an_award_tier_counts_the_costs_of_the_steps() {
    // 30 % everywhere; gold needs above 50: +21 at least. 1.1 costs 3 a step (2 points), 1.2
    // costs 2 (1 point), 2.1 costs 1 (2 points): eleven steps of 2.1 (30 → 85 %, +22, cost 11)
    // make 52.00; ten of 2.1 and one of 1.2 add 21 for 12
    Assessment a = at(30, 30, 30);
    Plan plan =
        WhatIf.builder(mini, a)
            .stepCost("1.1", 3)
            .stepCost("1.2", new BigDecimal("2"))
            .build()
            .plan(Target.awardTier("mini", "gold"));

    assertThat(plan.status()).isEqualTo(Plan.Status.REACHED);
    assertThat(plan.target().get(Language.EN)).isEqualTo("Mini award: Gold or higher");
    assertThat(plan.steps()).extracting(Step::indicatorId).containsOnly("2.1").hasSize(11);
    assertThat(plan.steps().get(10).to()).isEqualTo(RatingValue.of(85));
    assertThat(plan.cost()).isEqualByComparingTo("11");
    assertThat(plan.after().total()).isEqualByComparingTo("52.00");
    assertThat(plan.cheapest()).isTrue();
    assertThat(plan.explanation().get(Language.EN))
        .isEqualTo(
            "Mini award: Gold or higher: reached in 11 steps (cost 11), total 30.00 → 52.00");
  }

  @Test
  void a_condition_no_step_can_meet_is_unreachable_with_its_blockers() {
    // above 100 points fails even at 100 % everywhere (100.00)
    Condition above100 = Condition.above(Metric.totalPoints(), 100);
    Plan plan =
        WhatIf.of(mini, at(30, 30, 30)).plan(Target.condition(Text.en("perfect"), above100));

    assertThat(plan.status()).isEqualTo(Plan.Status.UNREACHABLE);
    assertThat(plan.target()).isEqualTo(Text.en("perfect"));
    assertThat(plan.steps()).isEmpty();
    assertThat(plan.after()).isSameAs(plan.before());
    assertThat(plan.failingBefore()).containsExactly(reason(above100, plan.before()));
    Scorecard top = Scorer.standard().score(mini, at(100, 100, 100));
    assertThat(plan.blockers()).containsExactly(reason(above100, top));
    assertThat(plan.blockers()).isNotEqualTo(plan.failingBefore());
    assertThat(plan.cheapest()).isFalse();
    assertThat(plan.searchNote()).isNull();
  }

  @Test
  void a_plan_of_one_step_says_step() {
    // 80 % everywhere; at least 81 points: one step, and for a cost of 1 the most a step adds is
    // 2, on 1.1 first (82.00)
    Plan plan =
        WhatIf.of(mini, at(80, 80, 80))
            .plan(Target.condition(Text.en("81"), Condition.atLeast(Metric.totalPoints(), 81)));
    assertThat(plan.steps()).extracting(Step::shortForm).containsExactly("1.1: 80 → 85");
    assertThat(plan.explanation().get(Language.EN))
        .isEqualTo("81: reached in 1 step (cost 1), total 80.00 → 82.00");
  }

  @Test
  void a_search_stopped_at_its_limit_says_so() {
    // costs not whole leave the exact program out; 1.1 and 2.1 cost 1.5, 1.2 costs 1: +5 for 85
    // costs 4 (1.1 twice and 1.2 once), which one node of search cannot prove
    Plan plan =
        WhatIf.builder(mini, at(80, 80, 80))
            .stepCost("1.1", new BigDecimal("1.5"))
            .stepCost("2.1", new BigDecimal("1.5"))
            .searchLimit(1)
            .build()
            .plan(Target.condition(Text.en("85"), Condition.atLeast(Metric.totalPoints(), 85)));

    assertThat(plan.status()).isEqualTo(Plan.Status.REACHED);
    assertThat(plan.cost()).isEqualByComparingTo("4.0");
    assertThat(plan.after().total()).isEqualByComparingTo("85.00");
    assertThat(plan.cheapest()).isFalse();
    assertThat(plan.searchNote())
        .isEqualTo(
            Text.of(
                "ยังไม่ได้พิสูจน์ว่าใช้ต้นทุนน้อยที่สุด: การค้นหาหยุดที่ขีดจำกัด 1 โหนด",
                "not proven the cheapest: the search stopped at its limit of 1 nodes"));
    assertThat(plan.explanation().get(Language.EN))
        .isEqualTo("85: reached in 3 steps (cost 4), total 80.00 → 85.00");
  }

  @Test
  void under_a_strategy_that_is_not_additive_the_plan_is_not_claimed_cheapest() {
    Rubric weakest = Rubric.from(mini).defaultStrategy(Strategies.WEAKEST_LINK).build();
    Assessment a =
        Assessment.quick(weakest, Rating.of("1.1", 30), Rating.of("1.2", 30), Rating.of("2.1", 30));
    Plan plan = WhatIf.of(weakest, a).plan(Target.nextRung("overall"));

    assertThat(plan.status()).isEqualTo(Plan.Status.REACHED);
    assertThat(plan.cheapest()).isFalse();
    assertThat(plan.searchNote().get(Language.EN))
        .isEqualTo(
            "not proven the cheapest: a criterion is scored by weakest-link, which is not"
                + " additive, so steps were chosen one at a time, each checked by scoring");
    assertThat(plan.after().level("overall").orElseThrow().rungId()).isEqualTo("good");
    assertThat(plan.after()).isEqualTo(Scorer.standard().score(weakest, plan.applyTo(a)));
  }

  @Test
  void steps_by_gain_weigh_the_gain_by_the_cost() {
    // 1.1 costs 4 (2 points for 4: 0.5 a unit), 1.2 costs 1 (1), 2.1 costs 1 (2)
    WhatIf whatIf = WhatIf.builder(mini, at(30, 30, 30)).stepCost("1.1", 4).build();
    assertThat(whatIf.stepsByGain())
        .extracting(e -> e.step().indicatorId())
        .containsExactly("2.1", "1.2", "1.1");
    assertThat(whatIf.steps()).extracting(e -> e.step().cost().intValue()).containsExactly(4, 1, 1);
    assertThat(whatIf.rubric()).isSameAs(mini);
    assertThat(whatIf.assessment()).isEqualTo(at(30, 30, 30));
  }

  @Test
  void indicators_not_applicable_have_no_step() {
    WhatIf whatIf =
        WhatIf.of(
            mini,
            Assessment.quick(
                mini,
                Rating.of("1.1", 30),
                Rating.notApplicable("1.2", "no board"),
                Rating.of("2.1", 30)));
    assertThat(whatIf.steps())
        .extracting(e -> e.step().indicatorId())
        .containsExactly("1.1", "2.1");
    assertThat(whatIf.skipped())
        .containsExactly(
            new Skipped(
                "1.2",
                Text.of(
                    "1.2 ได้รับการประเมินว่าไม่เกี่ยวข้อง จึงไม่มีขั้นให้ยก",
                    "1.2 is rated not applicable: it has no step")));
  }

  @Test
  void a_plan_with_steps_cannot_change_a_final_assessment_and_one_without_gives_it_back() {
    Assessment record =
        MiniRubrics.assessmentOf(mini)
            .status(AssessmentStatus.FINAL)
            .rating(Rating.of("1.1", 30))
            .rating(Rating.of("1.2", 30))
            .rating(Rating.of("2.1", 30))
            .build();
    WhatIf whatIf = WhatIf.of(mini, record);
    Plan plan = whatIf.plan(Target.nextRung("overall"));
    assertThat(plan.steps()).isNotEmpty();
    assertThatExceptionOfType(ConflictingStateException.class)
        .isThrownBy(() -> plan.applyTo(record));
    Plan none = whatIf.plan(Target.rung("overall", "fair"));
    assertThat(none.applyTo(record)).isSameAs(record);
  }

  @Test
  void targets_are_values_and_say_what_they_aim_for() {
    Condition c = Condition.atLeast(Metric.totalPoints(), 85);
    assertThat(Target.nextRung("overall")).isEqualTo(Target.nextRung("overall"));
    assertThat(Target.nextRung("overall")).isNotEqualTo(Target.nextRung("bands"));
    assertThat(Target.rung("overall", "good")).isNotEqualTo(Target.rung("overall", "fair"));
    assertThat(Target.rung("overall", "good")).isNotEqualTo(Target.awardTier("overall", "good"));
    assertThat(Target.condition(Text.en("a"), c)).isEqualTo(Target.condition(Text.en("a"), c));
    assertThat(Target.condition(Text.en("a"), c)).isNotEqualTo(Target.condition(Text.en("b"), c));
    assertThat(Target.condition(Text.en("a"), c))
        .isNotEqualTo(Target.condition(Text.en("a"), Condition.atLeast(Metric.totalPoints(), 86)));
    assertThat(Target.nextRung("overall")).isNotEqualTo("overall");
    assertThat(Target.awardTier("mini", "gold").hashCode())
        .isEqualTo(Target.awardTier("mini", "gold").hashCode());
    assertThat(Target.nextRung("overall").hashCode())
        .isNotEqualTo(Target.nextRung("bands").hashCode());
    assertThat(Target.nextRung("overall")).hasToString("Target[next rung of overall]");
    assertThat(Target.rung("overall", "good")).hasToString("Target[overall good or higher]");
    assertThat(Target.awardTier("mini", "gold")).hasToString("Target[mini gold or higher]");
    assertThat(Target.condition(Text.of("โล่", "plaque"), c)).hasToString("Target[plaque]");
  }

  @Test
  void a_step_effect_and_an_outcome_change_check_their_parts() {
    StepEffect effect = WhatIf.of(mini, at(30, 30, 30)).steps().get(2);
    // 2.1 30 → 35: 30.00 → 32.00
    assertThat(effect.step().shortForm()).isEqualTo("2.1: 30 → 35");
    assertThat(effect.gain()).isEqualByComparingTo("2.00");
    assertThat(effect.changesAnOutcome()).isFalse();
    assertThat(effect.changes()).isEqualTo(List.of());
    // at 45 % everywhere (45.00, silver) a step of 1.1 makes 47.00: still silver, no change; at
    // 50 % (50.00, not above 50) a step of 1.2 makes 51.00: gold
    StepEffect gold = WhatIf.of(mini, at(50, 50, 50)).steps().get(1);
    assertThat(gold.changesAnOutcome()).isTrue();
    assertThat(gold.changes()).extracting(OutcomeChange::toId).containsExactly("gold");
  }

  @Test
  void the_next_rung_of_a_ladder_that_decides_no_rung_is_blocked_outright() {
    // a ladder "steps" on category 2's percent, good at least 50 and left undecided when the
    // percent does not apply, fair below: with 2.1 not applicable no rung is decided
    Rubric withSteps =
        Rubric.from(mini)
            .ladder(
                new io.github.assessmentkit.rubric.Ladder(
                    "steps",
                    Text.en("Steps"),
                    Metric.percent("2"),
                    List.of(
                        io.github.assessmentkit.rubric.Rung.atLeast("good", Text.en("good"), 50)
                            .whenNotApplicable(
                                io.github.assessmentkit.rubric.WhenNotApplicable.UNDECIDED),
                        io.github.assessmentkit.rubric.Rung.bottom("fair", Text.en("fair"))),
                    io.github.assessmentkit.rubric.Provenance.unverified(
                        Text.en("test"), Text.en("test"))))
            .build();
    Assessment a =
        Assessment.quick(
            withSteps,
            Rating.of("1.1", 10),
            Rating.of("1.2", 10),
            Rating.notApplicable("2.1", "no results yet"));

    Plan plan = WhatIf.of(withSteps, a).plan(Target.nextRung("steps"));

    // the goal is the bottom rung, blocked: no step can decide a rung
    assertThat(plan.status()).isEqualTo(Plan.Status.UNREACHABLE);
    assertThat(plan.target().get(Language.EN)).isEqualTo("Steps: fair or higher");
    assertThat(plan.blockers())
        .containsExactly(Text.of("Steps: ยังตัดสินขั้นไม่ได้", "Steps: no rung is decided"));
    assertThat(plan.failingBefore()).isEmpty();
  }
}
