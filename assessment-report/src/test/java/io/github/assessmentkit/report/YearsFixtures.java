package io.github.assessmentkit.report;

import io.github.assessmentkit.actionplan.Action;
import io.github.assessmentkit.actionplan.ActionPlan;
import io.github.assessmentkit.actionplan.ActionResult;
import io.github.assessmentkit.actionplan.ActionTarget;
import io.github.assessmentkit.actionplan.MeasureReading;
import io.github.assessmentkit.actionplan.PlanReview;
import io.github.assessmentkit.actionplan.Verdict;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.history.Correspondence;
import io.github.assessmentkit.history.DecisionPoint;
import io.github.assessmentkit.history.Flag;
import io.github.assessmentkit.history.FlagRule;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.history.HistoryRules;
import io.github.assessmentkit.history.NodeSeries;
import io.github.assessmentkit.history.Plaque;
import io.github.assessmentkit.history.YearEntry;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalQuarter;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Four fiscal years of one organisation on the small rubric of {@link Fixtures#small()} (G1 weight
 * 2 with G1.1, G2 weight 1 with G2.1, 100 points; yes is 100 %, partial 50 %, no 0 % of a node):
 *
 * <ul>
 *   <li>2563 (C.E. 2020), version 1: G1.1 partial, G2.1 partial: G1 50, G2 50, total 50;
 *   <li>2564, version 1: G1.1 yes, G2.1 partial: G1 100, G2 50, total 200/3 + 50/3 = 83.33;
 *   <li>2565, version 1: G1.1 yes, G2.1 no: G1 100, G2 0, total 66.67 (the total falls 16.66 and G2
 *       falls 50 points: two node-fell regressions at the default 10 points);
 *   <li>2566, version 2 (the same tree), G1.1 yes, G2.1 yes: G1 100, G2 100, total 100; the
 *       correspondence from 1 to 2 names the total, G1 and G1.1 only, so G2 breaks there.
 * </ul>
 *
 * <p>The action plan is written after 2564: A1 raises G2 to 100 %, A2 keeps G1 at 100 %, both due
 * in the third quarter of 2565; judged at 2565, A1 is not met (0, below its 50 at the baseline) and
 * A2 is met (100).
 */
final class YearsFixtures {
  static final String ID = "coop-42";

  private YearsFixtures() {}

  static Rubric second() {
    return Rubric.from(Fixtures.small()).version("2").build();
  }

  static Assessment year(Rubric rubric, int buddhistEra, String g11, String g21) {
    return Assessment.builder(
            ID + "-" + buddhistEra,
            new Subject(
                ID,
                Text.of("สหกรณ์ตัวอย่าง", "Sample cooperative"),
                OrganisationType.AGRICULTURAL,
                "Loei"),
            rubric.ref(),
            FiscalYear.ofBuddhistEra(buddhistEra))
        .rating(Rating.choice("G1.1", g11))
        .rating(Rating.choice("G2.1", g21))
        .build();
  }

  static History history() {
    Rubric first = Fixtures.small();
    Rubric second = second();
    return History.builder(HistoryRules.defaults(first.id()))
        .rubric(first)
        .rubric(second)
        .correspondence(
            Correspondence.of(
                first.ref(),
                second.ref(),
                Map.of(first.id(), second.id(), "G1", "G1", "G1.1", "G1.1")))
        .assessments(
            List.of(
                year(first, 2563, "partial", "partial"),
                year(first, 2564, "yes", "partial"),
                year(first, 2565, "yes", "no"),
                year(second, 2566, "yes", "yes")))
        .build();
  }

  static PlanReview review() {
    Rubric rubric = Fixtures.small();
    Assessment after = year(rubric, 2564, "yes", "partial");
    Assessment next = year(rubric, 2565, "yes", "no");
    FiscalQuarter due = new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 3);
    ActionPlan plan =
        ActionPlan.builder("plan-2564", rubric, after, Scorer.standard().score(rubric, after))
            .add(
                Action.of("A1", "G2", ActionTarget.percent(new BigDecimal("100")), "manager", due)
                    .withNote("publish the statements"))
            .add(Action.of("A2", "G1", ActionTarget.percent(new BigDecimal("100")), "chair", due))
            .build();
    return plan.review(rubric, next, Scorer.standard().score(rubric, next));
  }

  static HistoryReport report() {
    return HistoryReport.of(history(), review());
  }

  /**
   * The history and a plan review with the injection attempts in every text they hold: the
   * organisation's id, name and province, the rubric id, the versions, the assessments' ids, the
   * nodes' titles, the rungs' and plaques' names, the flags' subjects and reasons, and the plan's
   * id, assessment, actions' ids, nodes, targets, owners, notes, measures and explanations.
   */
  static HistoryReport hostile() {
    String x = Fixtures.PAYLOAD;
    Text t = Text.of(x, x);
    History h = history();
    Subject subject = new Subject(x, t, OrganisationType.SAVINGS, x);
    HistoryRules rules =
        h.rules().withPlaques(List.of(Plaque.level("plaque-x", t, Fixtures.XSS.get(0), x)));
    List<YearEntry> years = new ArrayList<>();
    for (YearEntry e : h.years()) {
      years.add(
          new YearEntry(
              e.year(),
              e.rubric(),
              x + e.year().buddhistEra(),
              e.coverage(),
              List.of(new DecisionPoint(x, false, x, t, 1)),
              List.of("plaque-x")));
    }
    List<NodeSeries> nodes = new ArrayList<>();
    for (NodeSeries s : h.nodes()) {
      nodes.add(new NodeSeries(s.nodeId(), t, s.depth(), s.points(), s.trend()));
    }
    List<Flag> flags = new ArrayList<>(h.flags());
    FiscalYear last = h.years().get(h.years().size() - 1).year();
    flags.add(new Flag(FlagRule.PLAQUE_LOST, last, x, t));
    flags.add(new Flag(FlagRule.PLAQUE_REGAINED, last, "plaque-x", t));
    History hostile = new History(subject, h.rubricId(), rules, years, nodes, flags);
    FiscalQuarter due = new FiscalQuarter(last, 3);
    Action action =
        Action.of(x, x, ActionTarget.level(x), x, due).withNote(x).withMeasure(x, BigDecimal.ONE);
    ActionResult result =
        new ActionResult(
            action,
            Verdict.PARTLY_MET,
            BigDecimal.ONE,
            null,
            null,
            null,
            null,
            null,
            new MeasureReading(x, BigDecimal.ONE, null, null, false),
            t);
    return HistoryReport.of(hostile, new PlanReview(x, x, x, last, List.of(result)));
  }
}
