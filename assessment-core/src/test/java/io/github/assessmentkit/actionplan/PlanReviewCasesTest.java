package io.github.assessmentkit.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.planning.Plan;
import io.github.assessmentkit.planning.Target;
import io.github.assessmentkit.planning.WhatIf;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
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
 * A plan on {@link PlanRubrics#fourItems()} judged in cases the main scenario does not reach: a
 * node the newer version dropped, measures missing or at their goal exactly, targets reached
 * exactly or already met when the plan was written, and reviews that do not fit the plan.
 */
class PlanReviewCasesTest {
  private final Rubric rubric = PlanRubrics.fourItems();
  private final Scorer scorer = Scorer.standard();
  private final FiscalQuarter q4 = new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 4);

  // 2564: 1.1 = 30 (band 3; 12.00 of 40), 1.2 = 40 (8.00 of 20), 2.1 = 50 (band 4; 10.00 of 20),
  // 2.2 = 30 (band 3; 6.00 of 20)
  private final Assessment yearOne =
      PlanRubrics.in(rubric, 2564)
          .rating(Rating.of("1.1", 30))
          .rating(Rating.of("1.2", 40))
          .rating(Rating.of("2.1", 50))
          .rating(Rating.of("2.2", 30))
          .build();
  private final Scorecard cardOne = scorer.score(rubric, yearOne);

  private static Measure measure(String id, Direction direction, String... values) {
    List<Observation> series = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      series.add(new Observation(FiscalYear.ofBuddhistEra(2563 + i), new BigDecimal(values[i])));
    }
    return new Measure(id, Text.en(id), "%", direction, null, series);
  }

  private PlanReview review(ActionPlan plan, Assessment next) {
    return plan.review(rubric, next, scorer.score(rubric, next));
  }

  @Test
  void a_node_the_newer_version_dropped_is_not_assessed_against_the_target_it_was_given() {
    // version 2 drops item 2.2 and gives 2.1 all 40 points of category 2
    Rubric v2 = Rubric.from(rubric).version("2").remove("2.2").reweight("2.1", 40).build();
    ActionPlan plan =
        ActionPlan.builder("p", rubric, yearOne, cardOne)
            .add(Action.of("A1", "2.2", ActionTarget.band(5), "manager", q4))
            .add(
                Action.of("A2", "2.2", ActionTarget.percent(new BigDecimal("60")), "manager", q4)
                    .withMeasure("savings", new BigDecimal("4")))
            .build();
    Assessment next = PlanRubrics.in(v2, 2565).rating(Rating.of("2.1", 50)).build();

    PlanReview review = plan.review(v2, next, scorer.score(v2, next));

    // band 5 is target 5; 60 % is target 60; no measure "savings" in 2565: not read
    ActionResult a1 = review.results().get(0);
    assertThat(a1)
        .isEqualTo(
            new ActionResult(
                plan.actions().get(0),
                Verdict.NOT_ASSESSED,
                BigDecimal.valueOf(5),
                null,
                null,
                null,
                null,
                null,
                null,
                a1.explanation()));
    assertThat(a1.explanation().get(Language.EN))
        .isEqualTo("A1 (2.2): not assessed, the node is not in this rubric version");
    ActionResult a2 = review.results().get(1);
    assertThat(a2.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(a2.target()).isEqualByComparingTo("60");
    assertThat(a2.achieved()).isNull();
    assertThat(a2.measure())
        .isEqualTo(new MeasureReading("savings", new BigDecimal("4"), null, null, false));
    assertThat(review.pointsGained()).isEqualByComparingTo("0.00");
    assertThat(review.summary().get(Language.EN))
        .isEqualTo(
            "2 actions: 0 met, 0 partly met, 0 not met, 2 not assessed;"
                + " 0.00 points gained where the plan aimed");
  }

  @Test
  void a_measure_goal_is_reached_at_exactly_its_value_in_either_direction() {
    ActionPlan plan =
        ActionPlan.builder("p", rubric, yearOne, cardOne)
            .add(
                Action.of("A1", "1.1", ActionTarget.band(4), "chair", q4)
                    .withMeasure("savings", new BigDecimal("4.0")))
            .add(
                Action.of("A2", "1.2", ActionTarget.band(4), "chair", q4)
                    .withMeasure("arrears", new BigDecimal("8")))
            .add(
                Action.of("A3", "2.1", ActionTarget.band(5), "chair", q4)
                    .withMeasure("members", new BigDecimal("100")))
            .add(
                Action.of("A4", "2.2", ActionTarget.band(4), "chair", q4)
                    .withMeasure("complaints", new BigDecimal("3")))
            .build();
    // savings 3.5 then 4.00 (higher is better, equal to the goal: reached); arrears 9 then 8
    // (lower is better, equal: reached); members has no observation; complaints 3.1 > 3
    // (lower is better: not reached)
    Assessment next =
        PlanRubrics.in(rubric, 2565)
            .rating(Rating.of("1.1", 30))
            .measure(measure("savings", Direction.HIGHER_IS_BETTER, "3.5", "4.00"))
            .measure(measure("arrears", Direction.LOWER_IS_BETTER, "9", "8"))
            .measure(measure("members", Direction.HIGHER_IS_BETTER))
            .measure(measure("complaints", Direction.LOWER_IS_BETTER, "3.1"))
            .build();

    List<ActionResult> r = review(plan, next).results();

    FiscalYear y2564 = FiscalYear.ofBuddhistEra(2564);
    assertThat(r.get(0).measure())
        .isEqualTo(
            new MeasureReading(
                "savings", new BigDecimal("4.0"), new BigDecimal("4.00"), y2564, true));
    assertThat(r.get(1).measure())
        .isEqualTo(
            new MeasureReading("arrears", new BigDecimal("8"), new BigDecimal("8"), y2564, true));
    assertThat(r.get(2).measure())
        .isEqualTo(new MeasureReading("members", new BigDecimal("100"), null, null, false));
    assertThat(r.get(3).measure())
        .isEqualTo(
            new MeasureReading(
                "complaints",
                new BigDecimal("3"),
                new BigDecimal("3.1"),
                FiscalYear.ofBuddhistEra(2563),
                false));
  }

  @Test
  void a_band_reached_exactly_is_met_and_the_explanation_shows_the_bands() {
    ActionPlan plan =
        ActionPlan.builder("p", rubric, yearOne, cardOne)
            .add(Action.of("A1", "1.1", ActionTarget.band(4), "chair", q4))
            .add(Action.of("A2", "2.1", ActionTarget.band(4), "chair", q4))
            .add(Action.of("A3", "2.2", ActionTarget.band(4), "chair", q4))
            .build();
    // 2565: 1.1 = 50 (band 4; 20.00); 2.1 = 50 (band 4 again; 10.00); 2.2 = 30 (band 3; 6.00)
    Assessment next =
        PlanRubrics.in(rubric, 2565)
            .rating(Rating.of("1.1", 50))
            .rating(Rating.of("2.1", 50))
            .rating(Rating.of("2.2", 30))
            .build();

    List<ActionResult> r = review(plan, next).results();

    // A1: band 4 = target: met; 20.00 − 12.00 = 8.00; gap (4 − 3) / (4 − 3) = 100.00 %
    ActionResult a1 = r.get(0);
    assertThat(a1.verdict()).isEqualTo(Verdict.MET);
    assertThat(a1.achieved()).isEqualByComparingTo("4");
    assertThat(a1.percent()).isEqualByComparingTo("50");
    assertThat(a1.earned()).isEqualByComparingTo("20");
    assertThat(a1.pointsGained()).isEqualByComparingTo("8.00");
    assertThat(a1.gapClosed()).isEqualByComparingTo("100.00");
    assertThat(a1.explanation().get(Language.EN))
        .isEqualTo(
            "A1 (1.1): met: band 4 now, target band 4, was band 3; 50.00 %, 20.00 points (+8.00)");
    assertThat(a1.explanation().get(Language.TH))
        .isEqualTo(
            "A1 (1.1): บรรลุ: ตอนนี้ ช่วงคะแนนที่ 4 เป้าหมาย ช่วงคะแนนที่ 4 เดิม ช่วงคะแนนที่ 3;"
                + " ร้อยละ 50.00 20.00 คะแนน (+8.00)");
    // A2: already at band 4 when the plan was written: met, no gap to close, nothing gained
    ActionResult a2 = r.get(1);
    assertThat(a2.verdict()).isEqualTo(Verdict.MET);
    assertThat(a2.gapClosed()).isNull();
    assertThat(a2.pointsGained()).isEqualByComparingTo("0.00");
    assertThat(a2.explanation().get(Language.EN)).endsWith("(+0.00)");
    // A3: band 3 as before: not moved, not met; gap (3 − 3) / (4 − 3) = 0.00 %
    ActionResult a3 = r.get(2);
    assertThat(a3.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(a3.gapClosed()).isEqualByComparingTo("0.00");
  }

  @Test
  void points_gained_count_each_node_once_however_many_actions_aim_at_it() {
    ActionPlan plan =
        ActionPlan.builder("p", rubric, yearOne, cardOne)
            .add(Action.of("A1", "1.1", ActionTarget.band(4), "chair", q4))
            .add(Action.of("A2", "1.1", ActionTarget.percent(new BigDecimal("70")), "chair", q4))
            .add(Action.of("A3", "1.2", ActionTarget.percent(new BigDecimal("50")), "chair", q4))
            .build();
    // 1.1: 30 → 50 (12.00 → 20.00, +8.00); 1.2: 40 → 35 (8.00 → 7.00, −1.00)
    Assessment next =
        PlanRubrics.in(rubric, 2565)
            .rating(Rating.of("1.1", 50))
            .rating(Rating.of("1.2", 35))
            .build();

    PlanReview review = review(plan, next);

    // A1 met; A2 50 % < 70 % but above 30 %: partly met; A3 35 % < 40 %: not met
    assertThat(review.results())
        .extracting(ActionResult::verdict)
        .containsExactly(Verdict.MET, Verdict.PARTLY_MET, Verdict.NOT_MET);
    // 8.00 once for 1.1, −1.00 for 1.2
    assertThat(review.pointsGained()).isEqualByComparingTo("7.00");
    assertThat(review.results().get(2).explanation().get(Language.EN))
        .isEqualTo(
            "A3 (1.2): not met: 35.00 % now, target 50 %, was 40.00 %; 35.00 %, 7.00 points (-1.00)");
    assertThat(review.planId()).isEqualTo("p");
    assertThat(review.subjectId()).isEqualTo("coop-1");
    assertThat(review.assessmentId()).isEqualTo("coop-1-2565");
    assertThat(review.period()).isEqualTo(FiscalYear.ofBuddhistEra(2565));
  }

  @Test
  void an_action_without_a_baseline_is_met_or_not_met_and_never_partly() {
    Action a = Action.of("A1", "1.1", ActionTarget.percent(new BigDecimal("60")), "chair", q4);
    ActionPlan plan =
        new ActionPlan(
            "p", "coop-1", rubric.ref(), FiscalYear.ofBuddhistEra(2564), null, List.of(a));
    Assessment next = PlanRubrics.in(rubric, 2565).rating(Rating.of("1.1", 50)).build();

    ActionResult r = review(plan, next).results().get(0);

    // 50 % < 60 %, nothing to have moved from: not met, no gain, no gap
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.pointsGained()).isNull();
    assertThat(r.gapClosed()).isNull();
    assertThat(r.explanation().get(Language.EN))
        .isEqualTo("A1 (1.1): not met: 50.00 % now, target 60 %; 50.00 %, 20.00 points");
  }

  @Test
  void a_review_of_another_organisation_rubric_or_an_earlier_year_is_refused() {
    ActionPlan plan =
        ActionPlan.builder("p", rubric, yearOne, cardOne)
            .add(Action.of("A1", "1.1", ActionTarget.band(4), "chair", q4))
            .build();
    Subject other =
        new Subject("coop-8", Text.en("Other cooperative"), OrganisationType.SAVINGS, "Loei");
    Assessment theirs =
        Assessment.builder("x", other, rubric.ref(), FiscalYear.ofBuddhistEra(2565)).build();
    Rubric award = MiniRubrics.award();
    Assessment onAward = MiniRubrics.assessmentOf(award).build();
    Assessment earlier = PlanRubrics.in(rubric, 2563).build();

    assertThatThrownBy(() -> plan.review(rubric, theirs, scorer.score(rubric, theirs)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("plan p is for coop-1, not for coop-8");
    assertThatThrownBy(() -> plan.review(award, onAward, scorer.score(award, onAward)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("plan p was written against plan-award, not mini-award");
    assertThatThrownBy(() -> plan.review(rubric, earlier, scorer.score(rubric, earlier)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("plan p was written after ");
  }

  @Test
  void a_target_holds_only_its_own_value_within_bounds() {
    assertThat(ActionTarget.percent(BigDecimal.ZERO).shortForm()).isEqualTo("0 %");
    assertThat(ActionTarget.percent(new BigDecimal("100")).shortForm()).isEqualTo("100 %");
    assertThat(ActionTarget.band(1).shortForm()).isEqualTo("band 1");
    assertThat(ActionTarget.level("3").shortForm()).isEqualTo("level 3");
    assertThatThrownBy(() -> ActionTarget.percent(new BigDecimal("-0.01")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "a PERCENT target needs exactly its own value (percent 0–100, band ≥ 1 or a level"
                + " code); given percent -0.01, band 0, level null");
    assertThatThrownBy(() -> ActionTarget.percent(new BigDecimal("100.01")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ActionTarget.band(0)).isInstanceOf(InvalidValueException.class);
    List<Runnable> mixed =
        List.of(
            () -> new ActionTarget(ActionTarget.Kind.PERCENT, BigDecimal.ONE, 1, null),
            () -> new ActionTarget(ActionTarget.Kind.PERCENT, BigDecimal.ONE, 0, "3"),
            () -> new ActionTarget(ActionTarget.Kind.PERCENT, null, 0, null),
            () -> new ActionTarget(ActionTarget.Kind.BAND, BigDecimal.ONE, 1, null),
            () -> new ActionTarget(ActionTarget.Kind.BAND, null, 1, "3"),
            () -> new ActionTarget(ActionTarget.Kind.LEVEL, BigDecimal.ONE, 0, "3"),
            () -> new ActionTarget(ActionTarget.Kind.LEVEL, null, 1, "3"),
            () -> new ActionTarget(ActionTarget.Kind.LEVEL, null, 0, null),
            () -> new ActionTarget(ActionTarget.Kind.LEVEL, null, 0, " "));
    for (Runnable m : mixed) {
      assertThatThrownBy(m::run).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void a_measure_reading_has_a_value_and_its_year_together_and_reaches_its_goal_only_with_one() {
    FiscalYear y = FiscalYear.ofBuddhistEra(2565);
    assertThat(new MeasureReading("m", BigDecimal.ONE, BigDecimal.ONE, y, true).reached()).isTrue();
    assertThatThrownBy(() -> new MeasureReading("m", BigDecimal.ONE, BigDecimal.ONE, null, false))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "the reading of measure m needs a value and its year together, and reaches its goal"
                + " only with a value");
    assertThatThrownBy(() -> new MeasureReading("m", BigDecimal.ONE, null, y, false))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new MeasureReading("m", BigDecimal.ONE, null, null, true))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void a_what_if_plan_gives_one_action_per_item_it_steps_and_a_builder_names_its_plan() {
    // category 2 from 16.00 of 40 points (40 %) to at least 60 %: only items 2.1 and 2.2 can
    // move it, so every step is on one of them
    Plan whatIf =
        WhatIf.of(rubric, yearOne)
            .plan(
                Target.condition(
                    Text.en("category 2 at 60 %"), Condition.atLeast(Metric.percent("2"), 60)));

    ActionPlanBuilder builder =
        ActionPlan.builder("what-if", rubric, yearOne, cardOne).whatIf(whatIf, "manager", q4);
    ActionPlan plan = builder.build();

    List<String> stepped = whatIf.steps().stream().map(s -> s.indicatorId()).distinct().toList();
    assertThat(stepped).isNotEmpty().allMatch(id -> id.startsWith("2."));
    assertThat(plan.actions()).extracting(Action::nodeId).containsExactlyElementsOf(stepped);
    assertThat(builder.toString())
        .isEqualTo("ActionPlanBuilder[what-if, " + stepped.size() + " actions]");
  }

  @Test
  void a_note_or_source_assessment_given_must_not_be_blank() {
    Action a = Action.of("A1", "1.1", ActionTarget.band(4), "chair", q4);
    FiscalYear y = FiscalYear.ofBuddhistEra(2564);

    assertThat(a.withNote(null).note()).isNull();
    assertThat(a.withNote("talk to members").note()).isEqualTo("talk to members");
    assertThatThrownBy(() -> a.withNote(" ")).isInstanceOf(InvalidValueException.class);
    assertThat(new ActionPlan("p", "coop-1", rubric.ref(), y, null, List.of(a)).fromAssessment())
        .isNull();
    assertThatThrownBy(() -> new ActionPlan("p", "coop-1", rubric.ref(), y, " ", List.of(a)))
        .isInstanceOf(InvalidValueException.class);
  }
}
