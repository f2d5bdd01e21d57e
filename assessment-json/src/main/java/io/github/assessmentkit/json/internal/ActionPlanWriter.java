package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.number;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.period;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.actionplan.Action;
import io.github.assessmentkit.actionplan.ActionPlan;
import io.github.assessmentkit.actionplan.ActionResult;
import io.github.assessmentkit.actionplan.ActionTarget;
import io.github.assessmentkit.actionplan.Baseline;
import io.github.assessmentkit.actionplan.MeasureGoal;
import io.github.assessmentkit.actionplan.MeasureReading;
import io.github.assessmentkit.actionplan.PlanReview;
import io.github.assessmentkit.actionplan.Verdict;
import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.time.FiscalYear;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Writes action-plan and plan-review documents: the plan's header and each action (target as one of
 * {@code percent}, {@code band} and {@code level}; the due quarter as a fiscal year and a quarter;
 * measure, note and baseline left out when absent), and a review's results with a summary.
 * Stateless; thread-safe.
 */
final class ActionPlanWriter {
  private ActionPlanWriter() {}

  static void write(ActionPlan p, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.ACTION_PLAN, g);
    g.writeStringProperty("id", p.id());
    g.writeStringProperty("subject", p.subjectId());
    g.writeStringProperty("rubric", p.rubric().toString());
    period("writtenAfter", p.writtenAfter(), g);
    optional("fromAssessment", p.fromAssessment(), g);
    g.writeArrayPropertyStart("actions");
    for (Action a : p.actions()) {
      g.writeStartObject();
      action(a, g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void write(PlanReview r, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.PLAN_REVIEW, g);
    g.writeStringProperty("plan", r.planId());
    g.writeStringProperty("subject", r.subjectId());
    g.writeStringProperty("assessment", r.assessmentId());
    period("period", r.period(), g);
    g.writeArrayPropertyStart("results");
    for (ActionResult a : r.results()) {
      result(a, g);
    }
    g.writeEndArray();
    g.writeObjectPropertyStart("summary");
    g.writeNumberProperty("met", r.count(Verdict.MET));
    g.writeNumberProperty("partlyMet", r.count(Verdict.PARTLY_MET));
    g.writeNumberProperty("notMet", r.count(Verdict.NOT_MET));
    g.writeNumberProperty("notAssessed", r.count(Verdict.NOT_ASSESSED));
    number("pointsGained", r.pointsGained(), g);
    text("text", r.summary(), g);
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(ActionResult r, JsonGenerator g) {
    g.writeStartObject();
    g.writeObjectPropertyStart("action");
    action(r.action(), g);
    g.writeEndObject();
    g.writeStringProperty("verdict", Obj.jsonName(r.verdict()));
    number("target", r.target(), g);
    optional("achieved", r.achieved(), g);
    optional("percent", r.percent(), g);
    optional("earned", r.earned(), g);
    optional("pointsGained", r.pointsGained(), g);
    optional("gapClosed", r.gapClosed(), g);
    MeasureReading m = r.measure();
    if (m != null) {
      g.writeObjectPropertyStart("measure");
      g.writeStringProperty("id", m.measureId());
      number("goal", m.goal(), g);
      optional("latest", m.latest(), g);
      FiscalYear at = m.period();
      if (at != null) {
        period("period", at, g);
      }
      g.writeBooleanProperty("reached", m.reached());
      g.writeEndObject();
    }
    text("explanation", r.explanation(), g);
    g.writeEndObject();
  }

  /** The action's properties, inside an object the caller opened. */
  private static void action(Action a, JsonGenerator g) {
    g.writeStringProperty("id", a.id());
    g.writeStringProperty("node", a.nodeId());
    g.writeObjectPropertyStart("target");
    ActionTarget t = a.target();
    switch (t.kind()) {
      case PERCENT -> number("percent", Objects.requireNonNull(t.percent()), g);
      case BAND -> g.writeNumberProperty("band", t.band());
      case LEVEL -> g.writeStringProperty("level", Objects.requireNonNull(t.level()));
    }
    g.writeEndObject();
    g.writeStringProperty("owner", a.owner());
    g.writeObjectPropertyStart("due");
    period("year", a.due().fiscalYear(), g);
    g.writeNumberProperty("quarter", a.due().number());
    g.writeEndObject();
    MeasureGoal m = a.measure();
    if (m != null) {
      g.writeObjectPropertyStart("measure");
      g.writeStringProperty("id", m.measureId());
      number("value", m.value(), g);
      g.writeEndObject();
    }
    optional("note", a.note(), g);
    Baseline b = a.baseline();
    if (b != null) {
      g.writeObjectPropertyStart("baseline");
      number("standing", b.standing(), g);
      number("percent", b.percent(), g);
      number("earned", b.earned(), g);
      g.writeEndObject();
    }
  }
}
