package io.github.assessmentkit.report.internal;

import io.github.assessmentkit.report.CohortReport;
import io.github.assessmentkit.report.spi.ReportOptions;
import io.github.assessmentkit.report.spi.ReportRenderer;
import java.io.IOException;
import java.io.Writer;

/** The report of a province's round as one self-contained HTML file. */
public final class CohortHtmlRenderer implements ReportRenderer<CohortReport> {
  /** Creates the renderer. */
  public CohortHtmlRenderer() {}

  @Override
  public String id() {
    return HTML;
  }

  @Override
  public Class<CohortReport> reportType() {
    return CohortReport.class;
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
  public void render(CohortReport report, ReportOptions options, Writer out) throws IOException {
    ReportChecks.notNull(report, "report");
    ReportChecks.notNull(options, "options");
    ReportChecks.notNull(out, "out");
    Templates.render("cohort.jte", new CohortView(report, new Ui(options.language())), out);
  }
}
