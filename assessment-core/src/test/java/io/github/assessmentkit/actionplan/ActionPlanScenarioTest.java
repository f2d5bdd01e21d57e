package io.github.assessmentkit.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.analysis.Finding;
import io.github.assessmentkit.analysis.GapAnalysis;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.planning.Plan;
import io.github.assessmentkit.planning.Target;
import io.github.assessmentkit.planning.WhatIf;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalQuarter;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An action plan written after year two (FY2564) on {@link PlanRubrics#fourItems()} and judged in
 * year three (FY2565), each action one of the four ways.
 */
class ActionPlanScenarioTest {
  private final Rubric rubric = PlanRubrics.fourItems();
  private final Scorer scorer = Scorer.standard();
  private final FiscalQuarter q3 = new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 3);

  // Year two: 1.1 = 30 (band 3; 30 % of 40 = 12.00), 1.2 = 40 (40 % of 20 = 8.00),
  // 2.1 = 50 (band 4; 50 % of 20 = 10.00), 2.2 = 30 (30 % of 20 = 6.00).
  private final Assessment yearTwo =
      PlanRubrics.in(rubric, 2564)
          .rating(Rating.of("1.1", 30))
          .rating(Rating.of("1.2", 40))
          .rating(Rating.of("2.1", 50))
          .rating(Rating.of("2.2", 30))
          .measure(
              new Measure(
                  "savings",
                  Text.en("savings growth"),
                  "%",
                  Direction.HIGHER_IS_BETTER,
                  null,
                  List.of(new Observation(FiscalYear.ofBuddhistEra(2564), new BigDecimal("3.0")))))
          .build();

  // Year three: 1.1 = 55 (band 4; 22.00), 1.2 = 50 (10.00), 2.1 = 45 (band 3; 9.00), 2.2 unrated.
  private final Assessment yearThree =
      PlanRubrics.in(rubric, 2565)
          .rating(Rating.of("1.1", 55))
          .rating(Rating.of("1.2", 50))
          .rating(Rating.of("2.1", 45))
          .measure(
              new Measure(
                  "savings",
                  Text.en("savings growth"),
                  "%",
                  Direction.HIGHER_IS_BETTER,
                  null,
                  List.of(
                      new Observation(FiscalYear.ofBuddhistEra(2564), new BigDecimal("3.0")),
                      new Observation(FiscalYear.ofBuddhistEra(2565), new BigDecimal("4.2")))))
          .build();

  private ActionPlan plan() {
    Scorecard card = scorer.score(rubric, yearTwo);
    return ActionPlan.builder("plan-2564", rubric, yearTwo, card)
        .add(
            Action.of("A1", "1.1", ActionTarget.band(4), "chair", q3)
                .withMeasure("savings", new BigDecimal("4")))
        .add(Action.of("A2", "1.2", ActionTarget.percent(new BigDecimal("60")), "manager", q3))
        .add(Action.of("A3", "2.1", ActionTarget.band(5), "manager", q3))
        .add(Action.of("A4", "2.2", ActionTarget.percent(new BigDecimal("50")), "auditor", q3))
        .build();
  }

  @Test
  void the_builder_records_where_each_node_stood_in_the_terms_of_its_target() {
    // given / when
    ActionPlan plan = plan();

    // then: 1.1 stood in band 3 with 30.00 % and 12.00 points; 1.2 at 40.00 % (its own terms)
    assertThat(plan.subjectId()).isEqualTo("coop-1");
    assertThat(plan.writtenAfter()).isEqualTo(FiscalYear.ofBuddhistEra(2564));
    assertThat(plan.fromAssessment()).isEqualTo("coop-1-2564");
    Baseline a1 = plan.action("A1").orElseThrow().baseline();
    assertThat(a1).isNotNull();
    assertThat(a1.standing()).isEqualByComparingTo("3");
    assertThat(a1.percent()).isEqualByComparingTo("30");
    assertThat(a1.earned()).isEqualByComparingTo("12");
    assertThat(plan.action("A2").orElseThrow().baseline().standing()).isEqualByComparingTo("40");
  }

  @Test
  void each_action_is_judged_one_of_the_four_ways_with_the_numbers_behind_it() {
    // given
    ActionPlan plan = plan();
    Scorecard next = scorer.score(rubric, yearThree);

    // when
    PlanReview review = plan.review(rubric, yearThree, next);

    // then
    List<ActionResult> r = review.results();
    // A1: band 4 (55 %) ≥ target band 4 → met; 22.00 − 12.00 = 10.00 points gained;
    // gap closed (4 − 3) ÷ (4 − 3) = 100.00 %; savings 4.2 ≥ 4 → reached
    assertThat(r.get(0).verdict()).isEqualTo(Verdict.MET);
    assertThat(r.get(0).achieved()).isEqualByComparingTo("4");
    assertThat(r.get(0).target()).isEqualByComparingTo("4");
    assertThat(r.get(0).pointsGained()).isEqualByComparingTo("10.00");
    assertThat(r.get(0).gapClosed()).isEqualByComparingTo("100.00");
    assertThat(r.get(0).measure().latest()).isEqualByComparingTo("4.2");
    assertThat(r.get(0).measure().reached()).isTrue();
    // A2: 50 % < 60 % but > 40 % → partly met; 10.00 − 8.00 = 2.00 points;
    // gap closed (50 − 40) ÷ (60 − 40) = 50.00 %
    assertThat(r.get(1).verdict()).isEqualTo(Verdict.PARTLY_MET);
    assertThat(r.get(1).pointsGained()).isEqualByComparingTo("2.00");
    assertThat(r.get(1).gapClosed()).isEqualByComparingTo("50.00");
    // A3: band 3 (45 %) < band 5 and not above band 4 → not met; 9.00 − 10.00 = −1.00;
    // gap closed (3 − 4) ÷ (5 − 4) = −100.00 %
    assertThat(r.get(2).verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.get(2).pointsGained()).isEqualByComparingTo("-1.00");
    assertThat(r.get(2).gapClosed()).isEqualByComparingTo("-100.00");
    // A4: 2.2 unrated → not assessed, no numbers of its own
    assertThat(r.get(3).verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(r.get(3).achieved()).isNull();
    assertThat(r.get(3).pointsGained()).isNull();
    // summary: one of each; 10.00 + 2.00 − 1.00 = 11.00 points where the plan aimed
    assertThat(review.count(Verdict.MET)).isEqualTo(1);
    assertThat(review.count(Verdict.PARTLY_MET)).isEqualTo(1);
    assertThat(review.count(Verdict.NOT_MET)).isEqualTo(1);
    assertThat(review.count(Verdict.NOT_ASSESSED)).isEqualTo(1);
    assertThat(review.pointsGained()).isEqualByComparingTo("11.00");
    assertThat(review.summary().get(Language.EN))
        .isEqualTo(
            "4 actions: 1 met, 1 partly met, 1 not met, 1 not assessed;"
                + " 11.00 points gained where the plan aimed");
    assertThat(r.get(1).explanation().get(Language.EN))
        .isEqualTo(
            "A2 (1.2): partly met: 50.00 % now, target 60 %, was 40.00 %; 50.00 %, 10.00 points (+2.00)");
    assertThat(r.get(3).explanation().get(Language.EN))
        .isEqualTo("A4 (2.2): not assessed, nothing in the node is rated");
  }

  @Test
  void an_opportunity_becomes_an_action_at_its_criterion() {
    // given: the largest OFI of year two is 1.1, 40 − 12 = 28.00 points at stake
    Scorecard card = scorer.score(rubric, yearTwo);
    Finding top = GapAnalysis.analyse(rubric, yearTwo, card).topOpportunities(1).get(0);

    // when
    ActionPlan plan =
        ActionPlan.builder("p", rubric, yearTwo, card)
            .opportunity("A1", top, ActionTarget.band(4), "chair", q3)
            .build();

    // then
    assertThat(top.criterionId()).isEqualTo("1.1");
    assertThat(plan.actions()).singleElement().extracting(Action::nodeId).isEqualTo("1.1");
  }

  @Test
  void a_what_if_plan_becomes_actions_that_are_all_met_when_it_is_carried_out() {
    // given: category 1 from 20.00 of 60 points (33.33 %) to at least 50 %
    Plan whatIf =
        WhatIf.of(rubric, yearTwo)
            .plan(
                Target.condition(
                    Text.en("category 1 at half"), Condition.atLeast(Metric.percent("1"), 50)));
    Scorecard card = scorer.score(rubric, yearTwo);

    // when
    ActionPlan plan =
        ActionPlan.builder("what-if", rubric, yearTwo, card).whatIf(whatIf, "chair", q3).build();
    Assessment carriedOut =
        PlanRubrics.in(rubric, 2565)
            .rating(whatIf.applyTo(yearTwo).rating("1.1").orElseThrow())
            .rating(whatIf.applyTo(yearTwo).rating("1.2").orElseThrow())
            .rating(Rating.of("2.1", 50))
            .rating(Rating.of("2.2", 30))
            .build();
    PlanReview review = plan.review(rubric, carriedOut, scorer.score(rubric, carriedOut));

    // then: one action per stepped item, each aiming at the item's percent after the plan
    assertThat(whatIf.reached()).isTrue();
    assertThat(plan.actions()).isNotEmpty();
    for (Action a : plan.actions()) {
      assertThat(a.id()).isEqualTo("what-if-" + a.nodeId());
      assertThat(a.target().percent())
          .isEqualByComparingTo(whatIf.after().node(a.nodeId()).orElseThrow().percent());
    }
    assertThat(review.count(Verdict.MET)).isEqualTo(plan.actions().size());
  }

  @Test
  void a_plan_is_judged_only_at_a_later_year_of_its_own_organisation() {
    // given
    ActionPlan plan = plan();
    Scorecard card = scorer.score(rubric, yearTwo);

    // when / then
    assertThatThrownBy(() -> plan.review(rubric, yearTwo, card))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("plan plan-2564 was written after");
  }

  @Test
  void a_band_target_needs_a_band_scale_and_ids_are_unique() {
    // given
    Action a = Action.of("A1", "1.1", ActionTarget.band(4), "chair", q3);

    // when / then
    assertThatThrownBy(
            () -> new ActionPlan("p", "c", rubric.ref(), q3.fiscalYear(), null, List.of(a, a)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("plan p has two actions with the id A1");
    assertThatThrownBy(() -> ActionTarget.percent(new BigDecimal("120")))
        .isInstanceOf(InvalidValueException.class);
  }
}
