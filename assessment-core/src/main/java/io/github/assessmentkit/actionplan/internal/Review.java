package io.github.assessmentkit.actionplan.internal;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.actionplan.Action;
import io.github.assessmentkit.actionplan.ActionPlan;
import io.github.assessmentkit.actionplan.ActionResult;
import io.github.assessmentkit.actionplan.Baseline;
import io.github.assessmentkit.actionplan.MeasureGoal;
import io.github.assessmentkit.actionplan.MeasureReading;
import io.github.assessmentkit.actionplan.PlanReview;
import io.github.assessmentkit.actionplan.Verdict;
import io.github.assessmentkit.actionplan.VerdictRule;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.internal.ActionPlanMessages;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges an action plan at the next assessment, action by action, by {@link VerdictRule}.
 * Stateless; thread-safe.
 */
public final class Review {
  private Review() {}

  /**
   * Judges a plan.
   *
   * @param plan the plan
   * @param rubric the rubric the next assessment was scored against
   * @param next the next assessment
   * @param card its scorecard
   * @return the review
   * @throws InvalidValueException if the assessment does not follow the plan or a target does not
   *     fit its node's scale
   */
  public static PlanReview of(ActionPlan plan, Rubric rubric, Assessment next, Scorecard card) {
    if (!next.subject().id().equals(plan.subjectId())) {
      throw new InvalidValueException(
          ActionPlanMessages.otherSubject(plan.id(), plan.subjectId(), next.subject().id()));
    }
    if (!rubric.id().equals(plan.rubric().id())) {
      throw new InvalidValueException(
          ActionPlanMessages.otherRubric(plan.id(), plan.rubric().id(), rubric.id()));
    }
    if (next.period().compareTo(plan.writtenAfter()) <= 0) {
      throw new InvalidValueException(
          ActionPlanMessages.notLater(
              plan.id(), plan.writtenAfter().toString(), next.period().toString()));
    }
    List<ActionResult> results = new ArrayList<>();
    for (Action a : plan.actions()) {
      results.add(judge(a, rubric, next, card));
    }
    return new PlanReview(plan.id(), plan.subjectId(), next.id(), next.period(), results);
  }

  private static ActionResult judge(Action a, Rubric rubric, Assessment next, Scorecard card) {
    MeasureReading measure = a.measure() == null ? null : reading(a.measure(), next);
    Optional<NodeScore> found = card.node(a.nodeId());
    Baseline base = a.baseline();
    BigDecimal baseline = base == null ? null : base.standing();
    if (found.isEmpty()) {
      // the node left the rubric; the target's standing cannot be read from a scale, only told
      BigDecimal target = a.target().percent() != null ? a.target().percent() : targetNumber(a);
      return new ActionResult(
          a,
          Verdict.NOT_ASSESSED,
          target,
          null,
          null,
          null,
          null,
          null,
          measure,
          ActionPlanMessages.nodeAbsent(a.id(), a.nodeId()));
    }
    NodeScore node = found.get();
    Standings.Standing target = Standings.target(a.target(), rubric, node);
    Optional<Standings.Standing> now = Standings.of(a.target(), rubric, node);
    BigDecimal achieved = now.map(Standings.Standing::value).orElse(null);
    Verdict verdict = VerdictRule.verdict(baseline, achieved, target.value());
    if (now.isEmpty()) {
      return new ActionResult(
          a,
          verdict,
          target.value(),
          null,
          null,
          null,
          null,
          null,
          measure,
          ActionPlanMessages.notAssessed(a.id(), a.nodeId(), node.applicable()));
    }
    BigDecimal gained = base == null ? null : node.earned().subtract(base.earned());
    BigDecimal closed =
        baseline == null
            ? null
            : VerdictRule.gapClosed(baseline, achieved, target.value()).orElse(null);
    Text explanation =
        ActionPlanMessages.judged(
            a.id(),
            a.nodeId(),
            verdict.label(),
            now.get().shown(),
            target.shown(),
            base == null ? null : shownBaseline(a, base),
            node.percent(),
            node.earned(),
            gained);
    return new ActionResult(
        a,
        verdict,
        target.value(),
        achieved,
        node.percent(),
        node.earned(),
        gained,
        closed,
        measure,
        explanation);
  }

  private static BigDecimal targetNumber(Action a) {
    return switch (a.target().kind()) {
      case BAND -> BigDecimal.valueOf(a.target().band());
      // a level's rank needs its scale; with the node gone, none is read
      case LEVEL, PERCENT -> BigDecimal.ZERO;
    };
  }

  /** The baseline shown as the achieved standing is shown: same words, the baseline's number. */
  private static Text shownBaseline(Action a, Baseline base) {
    return switch (a.target().kind()) {
      case PERCENT ->
          Text.of(base.standing().toPlainString() + " %", base.standing().toPlainString() + " %");
      case BAND ->
          Text.of(
              "ช่วงคะแนนที่ " + base.standing().toPlainString(),
              "band " + base.standing().toPlainString());
      case LEVEL ->
          Text.of(
              "อันดับระดับ " + base.standing().toPlainString(),
              "level rank " + base.standing().toPlainString());
    };
  }

  private static MeasureReading reading(MeasureGoal goal, Assessment next) {
    for (Measure m : next.measures()) {
      if (!m.id().equals(goal.measureId())) {
        continue;
      }
      Optional<Observation> latest = m.latest();
      if (latest.isEmpty()) {
        return new MeasureReading(goal.measureId(), goal.value(), null, null, false);
      }
      BigDecimal v = latest.get().value();
      int c = v.compareTo(goal.value());
      boolean reached = m.direction() == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
      return new MeasureReading(goal.measureId(), goal.value(), v, latest.get().period(), reached);
    }
    return new MeasureReading(goal.measureId(), goal.value(), null, null, false);
  }
}
