package io.github.assessmentkit.report.internal;

import io.github.assessmentkit.report.ScorecardReport;
import io.github.assessmentkit.report.spi.ReportOptions;
import io.github.assessmentkit.report.spi.ReportRenderer;
import java.io.IOException;
import java.io.Writer;

/** A scorecard report as one self-contained HTML file. */
public final class ScorecardHtmlRenderer implements ReportRenderer<ScorecardReport> {
  /** Creates the renderer. */
  public ScorecardHtmlRenderer() {}

  @Override
  public String id() {
    return HTML;
  }

  @Override
  public Class<ScorecardReport> reportType() {
    return ScorecardReport.class;
  }

  @Override
  public String mediaType() {
    return "text/html; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public void render(ScorecardReport report, ReportOptions options, Writer out) throws IOException {
    ReportChecks.notNull(report, "report");
    ReportChecks.notNull(options, "options");
    ReportChecks.notNull(out, "out");
    Templates.render("scorecard.jte", new ScorecardView(report, new Ui(options.language())), out);
  }
}
