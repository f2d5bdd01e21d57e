package io.github.assessmentkit.report.internal;

import io.github.assessmentkit.analysis.Finding;
import io.github.assessmentkit.report.ScorecardReport;
import io.github.assessmentkit.report.spi.ReportOptions;
import io.github.assessmentkit.report.spi.ReportRenderer;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.text.Text;
import java.io.IOException;
import java.io.Writer;

/**
 * A scorecard report as Markdown (CommonMark with GitHub's tables), for e-mail and repositories:
 * the facts, the total, levels and award with their reasons, the categories, the strengths and
 * opportunities, coverage and warnings. Every text from the rubric or the assessment is escaped, so
 * it reads as written and is never markup, a link or HTML.
 */
public final class ScorecardMarkdownRenderer implements ReportRenderer<ScorecardReport> {
  /** Creates the renderer. */
  public ScorecardMarkdownRenderer() {}

  @Override
  public String id() {
    return MARKDOWN;
  }

  @Override
  public Class<ScorecardReport> reportType() {
    return ScorecardReport.class;
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public void render(ScorecardReport report, ReportOptions options, Writer out) throws IOException {
    ReportChecks.notNull(report, "report");
    ReportChecks.notNull(options, "options");
    ReportChecks.notNull(out, "out");
    Ui ui = new Ui(options.language());
    ScorecardView v = new ScorecardView(report, ui);
    Scorecard card = report.scorecard();
    StringBuilder md = new StringBuilder(8192);
    md.append("# ").append(t(ui, report.assessment().subject().name())).append("\n\n");
    md.append(t(ui, report.rubric().title())).append("\n\n");
    fact(md, ui.plain("สถานะ", "Status"), "**" + t(ui, v.status()) + "**");
    fact(
        md,
        ui.plain("ผู้ถูกประเมิน", "Subject"),
        e(report.assessment().subject().id()) + " · " + t(ui, card.subject().type().label()));
    fact(
        md,
        ui.plain("ปีงบประมาณ", "Fiscal year"),
        ui.plain("พ.ศ. ", "B.E. ")
            + card.period().buddhistEra()
            + " ("
            + ui.plain("ค.ศ. ", "C.E. ")
            + card.period().year()
            + ")");
    fact(
        md,
        ui.plain("เกณฑ์", "Criteria set"),
        "`"
            + report.rubric().id().replace("`", "")
            + "@"
            + report.rubric().version().replace("`", "")
            + "` · "
            + e(
                report.rubric().provenance().verified()
                    ? ui.plain("ตัวเลขตรวจสอบกับแหล่งแล้ว", "figures verified against the source")
                    : ui.plain(
                        "ตัวเลขยังไม่ได้ตรวจสอบกับแหล่ง",
                        "figures not verified against the source")));
    md.append('\n');
    md.append("## ").append(e(ui.plain("ผลโดยสรุป", "Summary"))).append("\n\n");
    md.append("**")
        .append(e(ui.plain("คะแนนรวม", "Total")))
        .append("**: ")
        .append(
            card.isScored()
                ? card.total().toPlainString()
                    + " / "
                    + ui.points(card.possible())
                    + " ("
                    + card.percent().toPlainString()
                    + " %)"
                : "—")
        .append("\n\n");
    for (LevelDecision level : card.levels()) {
      md.append("- ")
          .append(t(ui, level.ladderTitle()))
          .append(": **")
          .append(t(ui, level.label()))
          .append("** — ")
          .append(t(ui, level.reason()))
          .append('\n');
    }
    for (AwardDecision award : card.awards()) {
      md.append("- ")
          .append(t(ui, award.schemeTitle()))
          .append(": **")
          .append(t(ui, award.outcome()))
          .append("**\n");
      for (Check check : v.checks(award)) {
        md.append("  ".repeat(check.depth() + 1)).append("- ").append(v.mark(check)).append(' ');
        if (check.tier() != null) {
          md.append("**").append(t(ui, check.tier())).append("**: ");
        }
        md.append(t(ui, check.reason())).append('\n');
      }
    }
    md.append('\n');
    md.append("## ").append(e(ui.plain("คะแนนรายหมวด", "Categories"))).append("\n\n");
    md.append("| ")
        .append(e(ui.plain("หมวด", "Category")))
        .append(" | ")
        .append(e(ui.plain("ได้", "Earned")))
        .append(" | ")
        .append(e(ui.plain("เต็ม", "Possible")))
        .append(" | % |\n|---|---:|---:|---:|\n");
    for (NodeScore c : card.root().children()) {
      md.append("| ")
          .append(e(c.id()))
          .append(' ')
          .append(t(ui, c.title()))
          .append(" | ")
          .append(c.isScored() ? c.earned().toPlainString() : "—")
          .append(" | ")
          .append(ui.points(c.possible()))
          .append(" | ")
          .append(c.isScored() ? c.percent().toPlainString() : "—")
          .append(" |\n");
    }
    md.append('\n');
    md.append("## ").append(e(ui.plain("จุดแข็ง", "Strengths"))).append("\n\n");
    for (Finding f : report.gaps().strengths()) {
      md.append("- ")
          .append(e(f.criterionId()))
          .append(' ')
          .append(t(ui, f.title()))
          .append(": ")
          .append(f.percent().toPlainString())
          .append(" % (")
          .append(f.earned().toPlainString())
          .append(" / ")
          .append(f.possible().toPlainString())
          .append(")\n");
    }
    md.append('\n');
    md.append("## ")
        .append(e(ui.plain("โอกาสในการปรับปรุง", "Opportunities for improvement")))
        .append("\n\n");
    for (Finding f : report.gaps().opportunities()) {
      md.append("- ")
          .append(e(f.criterionId()))
          .append(' ')
          .append(t(ui, f.title()))
          .append(": ")
          .append(f.atStake().toPlainString())
          .append(' ')
          .append(e(ui.plain("คะแนนที่ยังไม่ได้", "points at stake")));
      if (f.nextStep() != null) {
        md.append(" — ").append(t(ui, f.nextStep()));
      }
      md.append('\n');
    }
    md.append('\n');
    md.append("## ")
        .append(e(ui.plain("ความครอบคลุมและคำเตือน", "Coverage and warnings")))
        .append("\n\n");
    md.append(e(ui.plain("ให้คะแนนแล้ว", "Rated")))
        .append(' ')
        .append(card.coverage().rated())
        .append(" / ")
        .append(card.coverage().ratable())
        .append(" (")
        .append(card.coverage().percent().toPlainString())
        .append(" %)\n\n");
    for (ScoreWarning w : card.warnings()) {
      md.append("- `")
          .append(w.code().replace("`", ""))
          .append("` ")
          .append(e(w.path()))
          .append(": ")
          .append(t(ui, w.message()))
          .append('\n');
    }
    out.write(md.toString());
    out.flush();
  }

  private static void fact(StringBuilder md, String name, String value) {
    md.append("- **").append(e(name)).append("**: ").append(value).append('\n');
  }

  private static String t(Ui ui, Text text) {
    return e(ui.plain(text));
  }

  private static String e(String text) {
    return Escape.markdown(text);
  }
}
