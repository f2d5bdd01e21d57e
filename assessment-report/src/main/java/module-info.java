/**
 * Reports people read: a scorecard, a province's round and an organisation's years as one
 * self-contained bilingual HTML file with inline SVG charts, a scorecard as Markdown and the
 * round's tables as CSV, each written by a renderer found in a {@link
 * io.github.assessmentkit.report.RendererRegistry}.
 */
module io.github.assessmentkit.report {
  requires transitive io.github.assessmentkit.core;
  requires gg.jte.runtime;
  requires org.apache.commons.csv;
  // The templates compiled from src/main/jte carry @javax.annotation.processing.Generated.
  requires static java.compiler;

  exports io.github.assessmentkit.report;
  exports io.github.assessmentkit.report.spi;

  // The engine finds the templates compiled from src/main/jte by reflection.
  opens io.github.assessmentkit.report.internal.jte to
      gg.jte.runtime;

  uses io.github.assessmentkit.report.spi.ReportRenderer;
}
