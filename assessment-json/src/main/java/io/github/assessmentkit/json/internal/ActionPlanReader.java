package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Made.id;
import static io.github.assessmentkit.json.internal.Made.model;

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
import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalQuarter;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads action-plan and plan-review documents by hand, each mistake with its JSON Pointer and rule
 * id, under the codec's {@link io.github.assessmentkit.json.JsonLimits}.
 *
 * <p>Rule ids of its own: {@code plan.one-target} (a target without exactly one of {@code percent},
 * {@code band} and {@code level}), {@code review.summary} (a summary that is not what the results
 * add up to); {@code value.consistent} for what the model refuses (two actions with one id, a
 * percent above 100, a quarter outside 1 to 4); the rest are the codec's ({@code json.*}, {@code
 * format.*}, {@code value.required}, {@code value.not-blank}, {@code value.one-of}, {@code
 * value.rubric-ref}, {@code value.fiscal-year}, {@code text.required}). Stateless; thread-safe.
 */
public final class ActionPlanReader {
  private ActionPlanReader() {}

  /**
   * Reads an action plan.
   *
   * @param codec the codec, for the limits
   * @param bytes the document
   * @return the plan
   * @throws JsonFormatException if it cannot be read as an action plan
   */
  public static ActionPlan readPlan(Codec codec, byte[] bytes) {
    Issues issues = new Issues(codec.parsing().limits().maxViolations());
    Obj o = codec.root(bytes, DocumentFormat.ACTION_PLAN, issues);
    o.raw("format");
    o.raw("formatVersion");
    String planId = id(o, "id");
    String subject = id(o, "subject");
    RubricRef rubric = AssessmentReader.rubricRef(o);
    FiscalYear written = AssessmentReader.period(o, "writtenAfter");
    String from = id(o, "fromAssessment");
    List<@Nullable Action> actions = o.objects("actions", ActionPlanReader::action);
    Fields.require(o, "id", "subject", "rubric", "writtenAfter", "actions");
    o.noRest();
    if (!issues.isEmpty()
        || planId == null
        || subject == null
        || rubric == null
        || written == null
        || actions == null) {
      throw new JsonFormatException(issues.report());
    }
    ActionPlan plan =
        model(
            o,
            () ->
                new ActionPlan(
                    planId, subject, rubric, written, from, CommonDocs.present(actions)));
    if (plan == null) {
      throw new JsonFormatException(issues.report());
    }
    return plan;
  }

  /**
   * Reads a plan review.
   *
   * @param codec the codec, for the limits
   * @param bytes the document
   * @return the review
   * @throws JsonFormatException if it cannot be read as a plan review
   */
  public static PlanReview readReview(Codec codec, byte[] bytes) {
    Issues issues = new Issues(codec.parsing().limits().maxViolations());
    Obj o = codec.root(bytes, DocumentFormat.PLAN_REVIEW, issues);
    o.raw("format");
    o.raw("formatVersion");
    String planId = id(o, "plan");
    String subject = id(o, "subject");
    String assessment = id(o, "assessment");
    FiscalYear period = AssessmentReader.period(o, "period");
    List<@Nullable ActionResult> results = o.objects("results", ActionPlanReader::result);
    Obj summary = o.object("summary");
    Fields.require(o, "plan", "subject", "assessment", "period", "results", "summary");
    o.noRest();
    if (summary != null) {
      summary.integer("met");
      summary.integer("partlyMet");
      summary.integer("notMet");
      summary.integer("notAssessed");
      summary.decimal("pointsGained");
      summary.raw("text");
      Fields.require(summary, "met", "partlyMet", "notMet", "notAssessed", "pointsGained", "text");
      summary.noRest();
    }
    if (!issues.isEmpty()
        || planId == null
        || subject == null
        || assessment == null
        || period == null
        || results == null
        || summary == null) {
      throw new JsonFormatException(issues.report());
    }
    PlanReview review =
        model(
            o,
            () -> new PlanReview(planId, subject, assessment, period, CommonDocs.present(results)));
    if (review == null) {
      throw new JsonFormatException(issues.report());
    }
    if (!sums(review, summary)) {
      issues.add(summary.path(), "review.summary", null, summaryMismatch());
      throw new JsonFormatException(issues.report());
    }
    return review;
  }

  private static boolean sums(PlanReview r, Obj s) {
    BigDecimal points = s.decimal("pointsGained");
    return Integer.valueOf(r.count(Verdict.MET)).equals(s.integer("met"))
        && Integer.valueOf(r.count(Verdict.PARTLY_MET)).equals(s.integer("partlyMet"))
        && Integer.valueOf(r.count(Verdict.NOT_MET)).equals(s.integer("notMet"))
        && Integer.valueOf(r.count(Verdict.NOT_ASSESSED)).equals(s.integer("notAssessed"))
        && points != null
        && points.compareTo(r.pointsGained()) == 0;
  }

  private static @Nullable ActionResult result(Obj r) {
    Obj actionObj = r.object("action");
    Action action = actionObj == null ? null : action(actionObj);
    Verdict verdict = r.choice("verdict", Verdict.class);
    BigDecimal target = r.decimal("target");
    BigDecimal achieved = r.decimal("achieved");
    BigDecimal percent = r.decimal("percent");
    BigDecimal earned = r.decimal("earned");
    BigDecimal gained = r.decimal("pointsGained");
    BigDecimal closed = r.decimal("gapClosed");
    Obj m = r.object("measure");
    MeasureReading measure = m == null ? null : reading(m);
    Text explanation = Made.text(r, "explanation");
    Fields.require(r, "action", "verdict", "target", "explanation");
    r.noRest();
    if (action == null
        || verdict == null
        || target == null
        || explanation == null
        || (m != null && measure == null)) {
      return null;
    }
    return model(
        r,
        () ->
            new ActionResult(
                action,
                verdict,
                target,
                achieved,
                percent,
                earned,
                gained,
                closed,
                measure,
                explanation));
  }

  private static @Nullable MeasureReading reading(Obj m) {
    String measureId = id(m, "id");
    BigDecimal goal = m.decimal("goal");
    BigDecimal latest = m.decimal("latest");
    FiscalYear period = AssessmentReader.period(m, "period");
    Boolean reached = m.bool("reached");
    Fields.require(m, "id", "goal", "reached");
    m.noRest();
    if (measureId == null || goal == null || reached == null) {
      return null;
    }
    return model(m, () -> new MeasureReading(measureId, goal, latest, period, reached));
  }

  private static @Nullable Action action(Obj a) {
    String actionId = id(a, "id");
    String node = id(a, "node");
    Obj t = a.object("target");
    ActionTarget target = t == null ? null : target(t);
    String owner = id(a, "owner");
    Obj d = a.object("due");
    FiscalQuarter due = d == null ? null : due(d);
    Obj m = a.object("measure");
    MeasureGoal measure = m == null ? null : goal(m);
    String note = id(a, "note");
    Obj b = a.object("baseline");
    Baseline baseline = b == null ? null : baseline(b);
    Fields.require(a, "id", "node", "target", "owner", "due");
    a.noRest();
    if (actionId == null
        || node == null
        || target == null
        || owner == null
        || due == null
        || (m != null && measure == null)
        || (b != null && baseline == null)
        || (a.has("note") && note == null)) {
      return null;
    }
    return model(a, () -> new Action(actionId, node, target, owner, due, measure, note, baseline));
  }

  private static @Nullable ActionTarget target(Obj t) {
    int given = (t.has("percent") ? 1 : 0) + (t.has("band") ? 1 : 0) + (t.has("level") ? 1 : 0);
    BigDecimal percent = t.decimal("percent");
    Integer band = t.integer("band");
    String level = id(t, "level");
    t.noRest();
    if (given != 1) {
      t.issues().add(t.path(), "plan.one-target", null, oneTarget());
      return null;
    }
    if (percent != null) {
      return model(t, () -> ActionTarget.percent(percent));
    }
    if (band != null) {
      return model(t, () -> ActionTarget.band(band));
    }
    return level == null ? null : model(t, () -> ActionTarget.level(level));
  }

  private static @Nullable FiscalQuarter due(Obj d) {
    FiscalYear year = AssessmentReader.period(d, "year");
    Integer quarter = d.integer("quarter");
    Fields.require(d, "year", "quarter");
    d.noRest();
    if (year == null || quarter == null) {
      return null;
    }
    return model(d, () -> new FiscalQuarter(year, quarter));
  }

  private static @Nullable MeasureGoal goal(Obj m) {
    String measureId = id(m, "id");
    BigDecimal value = m.decimal("value");
    Fields.require(m, "id", "value");
    m.noRest();
    if (measureId == null || value == null) {
      return null;
    }
    return model(m, () -> new MeasureGoal(measureId, value));
  }

  private static @Nullable Baseline baseline(Obj b) {
    BigDecimal standing = b.decimal("standing");
    BigDecimal percent = b.decimal("percent");
    BigDecimal earned = b.decimal("earned");
    Fields.require(b, "standing", "percent", "earned");
    b.noRest();
    if (standing == null || percent == null || earned == null) {
      return null;
    }
    return model(b, () -> new Baseline(standing, percent, earned));
  }

  private static Text oneTarget() {
    return Text.of(
        "เป้าหมายต้องมีอย่างใดอย่างหนึ่งเท่านั้น: percent, band หรือ level",
        "a target needs exactly one of percent, band and level");
  }

  private static Text summaryMismatch() {
    return Text.of(
        "สรุปไม่ตรงกับผลรวมของผลการประเมินกิจกรรม",
        "the summary is not what the results add up to");
  }
}
