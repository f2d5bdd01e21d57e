package io.github.assessmentkit.report.internal;

import io.github.assessmentkit.report.HistoryReport;
import io.github.assessmentkit.report.spi.ReportOptions;
import io.github.assessmentkit.report.spi.ReportRenderer;
import java.io.IOException;
import java.io.Writer;

/** The report of one organisation's years as one self-contained HTML file. */
public final class HistoryHtmlRenderer implements ReportRenderer<HistoryReport> {
  /** Creates the renderer. */
  public HistoryHtmlRenderer() {}

  @Override
  public String id() {
    return HTML;
  }

  @Override
  public Class<HistoryReport> reportType() {
    return HistoryReport.class;
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
  public void render(HistoryReport report, ReportOptions options, Writer out) throws IOException {
    ReportChecks.notNull(report, "report");
    ReportChecks.notNull(options, "options");
    ReportChecks.notNull(out, "out");
    Templates.render("history.jte", new HistoryView(report, new Ui(options.language())), out);
  }
}
