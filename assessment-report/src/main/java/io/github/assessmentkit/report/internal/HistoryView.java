package io.github.assessmentkit.report.internal;

import io.github.assessmentkit.actionplan.ActionResult;
import io.github.assessmentkit.actionplan.MeasureReading;
import io.github.assessmentkit.actionplan.PlanReview;
import io.github.assessmentkit.history.Flag;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.history.NodeSeries;
import io.github.assessmentkit.history.Plaque;
import io.github.assessmentkit.history.Point;
import io.github.assessmentkit.history.YearEntry;
import io.github.assessmentkit.report.HistoryReport;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the template of an organisation's years reads: the report, the languages and lookups. */
public final class HistoryView {
  private final HistoryReport report;
  private final Ui ui;
  private final Map<FiscalYear, String> versionChanges = new HashMap<>();

  /**
   * Prepares a report for its template.
   *
   * @param report the report
   * @param ui the languages
   */
  public HistoryView(HistoryReport report, Ui ui) {
    this.report = report;
    this.ui = ui;
    List<YearEntry> years = report.history().years();
    for (int i = 1; i < years.size(); i++) {
      String version = years.get(i).rubric().version();
      if (!version.equals(years.get(i - 1).rubric().version())) {
        versionChanges.put(years.get(i).year(), version);
      }
    }
  }

  /** {@return the languages} */
  public Ui ui() {
    return ui;
  }

  /** {@return the organisation's years} */
  public History history() {
    return report.history();
  }

  /** {@return the review of the action plan, or null when the report shows none} */
  public @Nullable PlanReview plan() {
    return report.review();
  }

  /** {@return the series charted: the total, then each top-level criterion, in the tree's order} */
  public List<NodeSeries> charted() {
    return report.history().nodes().stream().filter(s -> s.depth() <= 1).toList();
  }

  /**
   * Returns the rubric version a year changed to, if it changed from the year before.
   *
   * @param year the fiscal year
   * @return the new version, or null when the version is the year before's (or it is the first)
   */
  public @Nullable String versionChange(FiscalYear year) {
    return versionChanges.get(year);
  }

  /**
   * Returns the rubric version scored against in a year.
   *
   * @param year the fiscal year
   * @return its id@version, or "—" when the history has no such year
   */
  public String version(FiscalYear year) {
    for (YearEntry e : report.history().years()) {
      if (e.year().equals(year)) {
        return e.rubric().id() + "@" + e.rubric().version();
      }
    }
    return "—";
  }

  /**
   * Draws a series as a trend line.
   *
   * @param series the series
   * @param index its position among the charts, for a unique id
   * @return the chart
   */
  public Chart chart(NodeSeries series, int index) {
    boolean thai = ui.language().primary() == Language.TH;
    List<TrendPoint> points = new ArrayList<>();
    StringBuilder desc =
        new StringBuilder(ui.plain("ร้อยละตามปีงบประมาณ: ", "Percent by fiscal year: "));
    for (Point p : series.points()) {
      String key = (thai ? "พ.ศ. " : "B.E. ") + p.year().buddhistEra();
      String sub = (thai ? "ค.ศ. " : "C.E. ") + p.year().year();
      if (p.breakBefore()) {
        desc.append(ui.plain("เปลี่ยนรุ่นเกณฑ์ เทียบไม่ได้", "version break")).append("; ");
      }
      desc.append(key)
          .append(" (")
          .append(sub)
          .append("): ")
          .append(percent(p.percent()))
          .append(p.change() == null ? "" : " (" + change(p.change()) + ")")
          .append("; ");
      points.add(
          new TrendPoint(
              key,
              sub,
              p.percent(),
              percent(p.percent()),
              p.breakBefore(),
              versionChange(p.year())));
    }
    desc.append(ui.plain("แนวโน้ม: ", "Trend: ")).append(ui.plain(trend(series)));
    String title = (series.depth() == 0 ? "" : series.nodeId() + " ") + ui.plain(series.title());
    return Charts.trendLine(
        "chart-trend-" + index,
        title,
        desc.toString(),
        points,
        thai ? "เปลี่ยนรุ่นเกณฑ์" : "version break");
  }

  /**
   * Describes a series' trend: its direction and, when there is one, its slope and first year.
   *
   * @param series the series
   * @return for example "rising, 2.50 points a year since B.E. 2563"
   */
  public Text trend(NodeSeries series) {
    var t = series.trend();
    if (t.slope() == null || t.since() == null) {
      return t.direction().label();
    }
    String slope = t.slope().toPlainString();
    int since = t.since().buddhistEra();
    return Text.of(
        t.direction().label().get(Language.TH)
            + " "
            + slope
            + " จุดต่อปี ตั้งแต่ พ.ศ. "
            + since
            + " ("
            + t.years()
            + " ปี)",
        t.direction().label().get(Language.EN)
            + ", "
            + slope
            + " points a year since B.E. "
            + since
            + " ("
            + t.years()
            + " years)");
  }

  /**
   * Writes a percent as it is.
   *
   * @param percent the percent, or null
   * @return for example "85.00", or "—"
   */
  public String percent(@Nullable BigDecimal percent) {
    return ui.num(percent);
  }

  /**
   * Writes a change with its sign.
   *
   * @param change the change, or null
   * @return for example "+5.00" or "-2.50", or "—"
   */
  public String change(@Nullable BigDecimal change) {
    if (change == null) {
      return "—";
    }
    return (change.signum() > 0 ? "+" : "") + change.toPlainString();
  }

  /**
   * Returns the title of what a flag is about: a node's title or a plaque's.
   *
   * @param flag the flag
   * @return the title, or null when it is about something else (a ladder or a scheme, whose id is
   *     shown alone)
   */
  public @Nullable Text about(Flag flag) {
    String id = flag.about();
    for (Plaque p : report.history().rules().plaques()) {
      if (p.id().equals(id)) {
        return p.title();
      }
    }
    return report.history().node(id).map(NodeSeries::title).orElse(null);
  }

  /**
   * Returns the titles of the plaques held in a year.
   *
   * @param entry the year
   * @return the titles, in the rules' order
   */
  public List<Text> plaques(YearEntry entry) {
    List<Text> out = new ArrayList<>();
    for (Plaque p : report.history().rules().plaques()) {
      if (entry.holds(p.id())) {
        out.add(p.title());
      }
    }
    return out;
  }

  /**
   * Writes an action result's measure: its latest value against the goal.
   *
   * @param result the result
   * @return for example "loan-arrears 7.5 / 8 (B.E. 2565)", or "—" when the action has no measure
   */
  public String measure(ActionResult result) {
    MeasureReading m = result.measure();
    if (m == null) {
      return "—";
    }
    return m.measureId()
        + " "
        + ui.num(m.latest())
        + " / "
        + m.goal().toPlainString()
        + (m.period() == null ? "" : " (" + m.period().buddhistEra() + ")");
  }

  /**
   * Writes a decimal as it is.
   *
   * @param value the value, or null
   * @return the value, or "—"
   */
  public String num(@Nullable BigDecimal value) {
    return ui.num(value);
  }
}
