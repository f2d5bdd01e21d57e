package io.github.assessmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.Bilingual;
import io.github.assessmentkit.report.spi.ReportOptions;
import io.github.assessmentkit.report.spi.ReportRenderer;
import io.github.assessmentkit.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Finding renderers by report type and id, and adding new ones. */
class RendererRegistryTest {
  /** A report of another kind, as an organisation's years will be. */
  record Years(String subjectId) {}

  /** Its renderer. */
  static final class YearsText implements ReportRenderer<Years> {
    @Override
    public String id() {
      return "text";
    }

    @Override
    public Class<Years> reportType() {
      return Years.class;
    }

    @Override
    public String mediaType() {
      return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
      return "txt";
    }

    @Override
    public void render(Years report, ReportOptions options, Writer out) throws IOException {
      out.write("ปี " + report.subjectId());
      out.flush();
    }
  }

  @Test
  void theStandardRenderersAreFoundByTypeAndId() {
    RendererRegistry registry = RendererRegistry.standard();
    assertThat(registry.ids(ScorecardReport.class)).containsExactly("html", "markdown");
    assertThat(registry.ids(CohortReport.class)).containsExactly("csv", "html");
    assertThat(registry.ids(HistoryReport.class)).containsExactly("html");
    assertThat(registry.renderer(ScorecardReport.class, "html").fileExtension()).isEqualTo("html");
    assertThat(registry.renderer(CohortReport.class, "csv").mediaType()).startsWith("text/csv");
    assertThat(registry.find(CohortReport.class, "markdown")).isEmpty();
    assertThat(registry.ids(Years.class)).isEmpty();
  }

  @Test
  void anUnknownRendererIsRefusedInBothLanguages() {
    RendererRegistry registry = RendererRegistry.standard();
    assertThatThrownBy(() -> registry.renderer(CohortReport.class, "pdf"))
        .isInstanceOf(AssessmentException.class)
        .hasMessage("no renderer \"pdf\" for CohortReport (known: [csv, html])")
        .satisfies(
            e ->
                assertThat(((Bilingual) e).text().get(Language.TH))
                    .isEqualTo("ไม่มีตัวสร้างรายงาน \"pdf\" สำหรับ CohortReport (มี [csv, html])"));
  }

  @Test
  void aNewKindOfReportIsAddedLikeAnyOther() throws IOException {
    RendererRegistry registry =
        RendererRegistry.builder().addStandard().add(new YearsText()).discover().build();
    assertThat(registry.ids(Years.class)).containsExactly("text");
    StringWriter out = new StringWriter();
    registry
        .renderer(Years.class, "text")
        .render(new Years("coop-42"), ReportOptions.bilingual(), out);
    assertThat(out).hasToString("ปี coop-42");
    assertThatThrownBy(() -> RendererRegistry.builder().add(new YearsText()).add(new YearsText()))
        .isInstanceOf(AssessmentException.class)
        .hasMessage("a renderer \"text\" for Years is already added");
  }

  @Test
  void aWriterAndAStreamGetTheSameText() throws IOException {
    ScorecardReport report = Fixtures.smallReport();
    ReportRenderer<ScorecardReport> html =
        RendererRegistry.standard().renderer(ScorecardReport.class, "html");
    StringWriter chars = new StringWriter();
    html.render(report, ReportOptions.bilingual(), chars);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    html.render(report, ReportOptions.bilingual(), bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(chars.toString());
  }

  @Test
  void aReportOfAnotherRubricsScorecardIsRefused() {
    ScorecardReport small = Fixtures.smallReport();
    ScorecardReport cqa = Fixtures.cqaReport();
    assertThatThrownBy(
            () ->
                new ScorecardReport(small.rubric(), cqa.assessment(), cqa.scorecard(), cqa.gaps()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scorecard.rubric is cqa@2025.1, but the report needs my-checklist@1");
  }
}
