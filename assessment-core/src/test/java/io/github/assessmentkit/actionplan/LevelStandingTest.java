package io.github.assessmentkit.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.planning.Plan;
import io.github.assessmentkit.planning.Step;
import io.github.assessmentkit.planning.Target;
import io.github.assessmentkit.planning.WhatIf;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalQuarter;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A node's level is the lowest level rated among its indicators, level 0 included and unrated
 * indicators left out; a level target whose node a newer version dropped has no rank to show.
 */
class LevelStandingTest {
  private final Rubric rubric =
      Rubric.builder("maturity-plan", "1")
          .title(Text.en("Maturity"))
          .provenance(Provenance.unverified(Text.en("test"), Text.en("made up for tests")))
          .defaultStrategy(Strategies.WEIGHTED_MEAN)
          .criterion(
              Criterion.builder("M1", Text.en("Records"))
                  .points(20)
                  .indicator(Indicator.of("M1.a", Text.en("M1.a"), MiniRubrics.levels()))
                  .indicator(Indicator.of("M1.b", Text.en("M1.b"), MiniRubrics.levels()))
                  .build())
          .criterion(
              Criterion.builder("M2", Text.en("Audit"))
                  .points(20)
                  .indicator(Indicator.of("M2.a", Text.en("M2.a"), MiniRubrics.levels()))
                  .build())
          .build();

  private final Scorer scorer = Scorer.standard();
  private final FiscalQuarter due = new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 4);

  // year one: M1 at levels 0 and 2 (lowest rank 0, though the higher one comes after); M2 at 2
  private final Assessment yearOne =
      PlanRubrics.in(rubric, 2564)
          .rating(Rating.choice("M1.a", "0"))
          .rating(Rating.choice("M1.b", "2"))
          .rating(Rating.choice("M2.a", "2"))
          .build();

  private ActionPlan plan() {
    Scorecard card = scorer.score(rubric, yearOne);
    return ActionPlan.builder("p", rubric, yearOne, card)
        .add(Action.of("A1", "M1", ActionTarget.level("2"), "registrar", due))
        .add(Action.of("A2", "M2", ActionTarget.level("3"), "auditor", due))
        .build();
  }

  @Test
  void level_zero_is_the_lowest_rank_and_an_unrated_indicator_is_left_out() {
    ActionPlan plan = plan();
    // year two: M1.a unrated, M1.b at 2: the lowest rated is rank 2; M2 at 3
    Assessment yearTwo =
        PlanRubrics.in(rubric, 2565)
            .rating(Rating.choice("M1.b", "2"))
            .rating(Rating.choice("M2.a", "3"))
            .build();

    PlanReview review = plan.review(rubric, yearTwo, scorer.score(rubric, yearTwo));

    assertThat(plan.action("A1").orElseThrow().baseline().standing()).isEqualByComparingTo("0");
    assertThat(plan.action("A2").orElseThrow().baseline().standing()).isEqualByComparingTo("2");
    ActionResult a1 = review.results().get(0);
    // rank 2 reaches the target's rank 2: met; gap (2 − 0) / (2 − 0) = 100.00 %
    assertThat(a1.verdict()).isEqualTo(Verdict.MET);
    assertThat(a1.achieved()).isEqualByComparingTo("2");
    assertThat(a1.target()).isEqualByComparingTo("2");
    assertThat(a1.gapClosed()).isEqualByComparingTo("100.00");
    assertThat(a1.explanation().get(Language.EN))
        .startsWith("A1 (M1): met: level 2 now, target level 2, was level rank 0; ");
    assertThat(a1.explanation().get(Language.TH))
        .startsWith("A1 (M1): บรรลุ: ตอนนี้ ระดับ 2 เป้าหมาย ระดับ 2 เดิม อันดับระดับ 0; ");
    assertThat(review.results().get(1).achieved()).isEqualByComparingTo("3");
  }

  @Test
  void a_level_target_on_a_dropped_node_is_not_assessed_with_no_rank_to_show() {
    ActionPlan plan = plan();
    // version 2 drops M2 and gives M1 all 40 points
    Rubric v2 = Rubric.from(rubric).version("2").remove("M2").reweight("M1", 40).build();
    Assessment next = PlanRubrics.in(v2, 2565).rating(Rating.choice("M1.a", "1")).build();

    ActionResult a2 = plan.review(v2, next, scorer.score(v2, next)).results().get(1);

    assertThat(a2.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(a2.target()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(a2.explanation().get(Language.EN))
        .isEqualTo("A2 (M2): not assessed, the node is not in this rubric version");
  }

  @Test
  void level_zero_is_a_target_like_any_other() {
    Scorecard card = scorer.score(rubric, yearOne);

    ActionPlan plan =
        ActionPlan.builder("p", rubric, yearOne, card)
            .add(Action.of("A1", "M1", ActionTarget.level("0"), "registrar", due))
            .build();

    // M1 stood at rank 0, the target's rank
    assertThat(plan.action("A1").orElseThrow().baseline().standing()).isEqualByComparingTo("0");
  }

  @Test
  void the_lowest_level_counts_wherever_it_comes_among_the_indicators() {
    // M1 at levels 3 then 1: rank 1, though the first is higher
    Assessment lowerSecond =
        PlanRubrics.in(rubric, 2564)
            .rating(Rating.choice("M1.a", "3"))
            .rating(Rating.choice("M1.b", "1"))
            .build();

    ActionPlan plan =
        ActionPlan.builder("p", rubric, lowerSecond, scorer.score(rubric, lowerSecond))
            .add(Action.of("A1", "M1", ActionTarget.level("4"), "registrar", due))
            .build();

    assertThat(plan.action("A1").orElseThrow().baseline().standing()).isEqualByComparingTo("1");
  }

  @Test
  void a_node_whose_rated_indicators_have_no_level_has_no_level_standing() {
    // M3 holds a level indicator and a band indicator; only the band one is rated
    Rubric mixed =
        Rubric.builder("mixed-plan", "1")
            .title(Text.en("Mixed"))
            .provenance(Provenance.unverified(Text.en("test"), Text.en("made up for tests")))
            .defaultStrategy(Strategies.WEIGHTED_MEAN)
            .criterion(
                Criterion.builder("M3", Text.en("Mixed"))
                    .points(20)
                    .indicator(Indicator.of("M3.a", Text.en("M3.a"), MiniRubrics.levels()))
                    .indicator(MiniRubrics.band("M3.b"))
                    .build())
            .build();
    Assessment bandOnly = PlanRubrics.in(mixed, 2564).rating(Rating.of("M3.b", 50)).build();

    ActionPlan plan =
        ActionPlan.builder("p", mixed, bandOnly, scorer.score(mixed, bandOnly))
            .add(Action.of("A1", "M3", ActionTarget.level("2"), "registrar", due))
            .build();
    Assessment next = PlanRubrics.in(mixed, 2565).rating(Rating.of("M3.b", 60)).build();
    ActionResult r = plan.review(mixed, next, scorer.score(mixed, next)).results().get(0);

    // the node is scored, yet no rated indicator reads a level: no baseline, not assessed
    assertThat(plan.action("A1").orElseThrow().baseline()).isNull();
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(r.target()).isEqualByComparingTo("2");
    assertThat(r.achieved()).isNull();
  }

  @Test
  void a_what_if_action_notes_every_step_on_its_node() {
    // M1 at 100 % needs both its indicators at the top level: steps on one node
    Plan whatIf =
        WhatIf.of(rubric, yearOne)
            .plan(
                Target.condition(
                    Text.en("records at the top"), Condition.atLeast(Metric.percent("M1"), 100)));

    ActionPlan plan =
        ActionPlan.builder("w", rubric, yearOne, scorer.score(rubric, yearOne))
            .whatIf(whatIf, "registrar", due)
            .build();

    List<String> steps =
        whatIf.steps().stream()
            .filter(s -> s.indicatorId().startsWith("M1."))
            .map(Step::shortForm)
            .toList();
    // M1.a climbs from 0 and M1.b from 2: more than one step, noted in the plan's order
    assertThat(steps).hasSizeGreaterThan(1);
    assertThat(plan.action("what-if-M1").orElseThrow().note()).isEqualTo(String.join("; ", steps));
  }
}
