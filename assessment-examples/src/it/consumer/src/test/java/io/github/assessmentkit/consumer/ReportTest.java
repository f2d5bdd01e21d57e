package io.github.assessmentkit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.report.RendererRegistry;
import io.github.assessmentkit.report.ScorecardReport;
import io.github.assessmentkit.report.spi.ReportOptions;
import io.github.assessmentkit.report.spi.ReportRenderer;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorer;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The report module on the module path: its templates, compiled at build time, are found by the
 * template engine through what its descriptor opens, and the page is written.
 */
class ReportTest {
  @Test
  void a_scorecard_report_is_written_from_the_module_path() throws IOException {
    // given the report module as a named module
    assertEquals("io.github.assessmentkit.report", RendererRegistry.class.getModule().getName());
    Rubric cqa = RubricRegistry.builder().discover().build().get(CqaSets.CQA);
    Assessment a = Assessment.quick(cqa, Rating.of("1.1", 70), Rating.of("7.1", 45));
    ScorecardReport report = ScorecardReport.of(cqa, a, Scorer.standard().score(cqa, a));

    // when its HTML renderer writes it
    StringWriter out = new StringWriter();
    RendererRegistry.standard()
        .renderer(ScorecardReport.class, ReportRenderer.HTML)
        .render(report, ReportOptions.bilingual(), out);

    // then the page is there, with its two charts
    String html = out.toString();
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    assertTrue(html.contains("id=\"chart-radar\""));
    assertTrue(html.contains("id=\"chart-items\""));
  }
}
