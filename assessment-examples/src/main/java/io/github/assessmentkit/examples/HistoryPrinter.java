package io.github.assessmentkit.examples;

import io.github.assessmentkit.history.DecisionPoint;
import io.github.assessmentkit.history.Flag;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.history.NodeSeries;
import io.github.assessmentkit.history.Point;
import io.github.assessmentkit.history.Trend;
import io.github.assessmentkit.history.YearEntry;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.PrintStream;
import java.math.BigDecimal;

/**
 * Prints a history in Thai and English, one method per section, so that the demo can add a section
 * (an action plan, results from KPI data) without touching the others.
 */
final class HistoryPrinter {
  private final PrintStream out;

  HistoryPrinter(PrintStream out) {
    this.out = out;
  }

  /** The organisation and the rubric versions. */
  void heading(History h) {
    out.println(
        "ประวัติการประเมิน / Assessment history: "
            + both(h.subject().name())
            + ", "
            + h.rubricId()
            + ", "
            + h.years().size()
            + " ปี / years");
    out.println();
  }

  /** One line per fiscal year: version, total, level, plaque. */
  void years(History h) {
    out.println("== ปีงบประมาณ / Fiscal years ==");
    for (YearEntry y : h.years()) {
      NodeSeries total = h.node(h.rubricId()).orElseThrow();
      Point p = total.at(y.year()).orElseThrow();
      StringBuilder line =
          new StringBuilder()
              .append(y.year().buddhistEra())
              .append("  ")
              .append(y.rubric())
              .append("  ")
              .append(percent(p.percent()))
              .append(" %");
      for (DecisionPoint d : y.decisions()) {
        line.append("  ").append(d.decisionId()).append(": ").append(both(d.label()));
      }
      out.println(line);
    }
    out.println();
  }

  /** The total and each principle: the series, the changes, the breaks and the direction. */
  void series(History h) {
    out.println(
        "== คะแนนร้อยละรายปี (‖ = เปลี่ยนฉบับ เทียบกันไม่ได้) / Percent by year (‖ = break at a"
            + " version change) ==");
    for (NodeSeries s : h.nodes()) {
      if (s.depth() > 1 && !s.hasBreak()) {
        continue;
      }
      StringBuilder line = new StringBuilder("  ").append(s.nodeId()).append(":");
      for (Point p : s.points()) {
        line.append(p.breakBefore() ? " ‖ " : "  ").append(percent(p.percent()));
        if (p.change() != null) {
          line.append(" (").append(signed(p.change())).append(")");
        }
      }
      out.println(line);
      out.println("      " + both(s.title()) + "; " + trend(s.trend()));
    }
    out.println();
  }

  /** Every regression and recovery, with its rule and reason in both languages. */
  void flags(History h) {
    out.println("== สัญญาณถดถอยและฟื้นตัว / Regressions and recoveries ==");
    for (Flag f : h.flags()) {
      out.println(
          "  "
              + f.year().buddhistEra()
              + " "
              + f.rule().id()
              + " ["
              + both(f.kind().label())
              + "] "
              + f.about());
      out.println("      " + f.reason().get(Language.TH));
      out.println("      " + f.reason().get(Language.EN));
    }
    out.println("  เกณฑ์ / thresholds: " + both(h.rules().provenance().source()));
    out.println("      " + h.rules().provenance().note().get(Language.TH));
    out.println("      " + h.rules().provenance().note().get(Language.EN));
    out.println();
  }

  private static String trend(Trend t) {
    String text = both(t.direction().label());
    if (t.slope() == null) {
      return text + " (" + t.years() + " ปีที่เทียบกันได้ / comparable years)";
    }
    return text
        + " (ความชัน / slope "
        + signed(t.slope())
        + " จุดต่อปี / points a year, "
        + t.years()
        + " ปี / years"
        + (t.rises() > 0 ? ", เพิ่มขึ้นติดต่อกัน / rises in a row " + t.rises() : "")
        + ")";
  }

  private static String percent(BigDecimal value) {
    return value == null ? "—" : value.toPlainString();
  }

  private static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }

  private static String both(Text text) {
    return text.get(Language.TH) + " / " + text.get(Language.EN);
  }
}
