package io.github.assessmentkit.report;

import io.github.assessmentkit.report.spi.ReportLanguage;
import io.github.assessmentkit.report.spi.ReportOptions;
import io.github.assessmentkit.report.spi.ReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders reports to strings and files for the tests. */
final class Rendered {
  static final RendererRegistry REGISTRY = RendererRegistry.standard();

  private Rendered() {}

  /** {@return a report rendered by the standard renderer with the id, as UTF-8 text} */
  static <R> String render(Class<R> type, R report, String id, ReportLanguage language) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      REGISTRY.renderer(type, id).render(report, ReportOptions.of(language), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static String scorecard(ScorecardReport report, ReportLanguage language) {
    return render(ScorecardReport.class, report, ReportRenderer.HTML, language);
  }

  static String cohort(CohortReport report, ReportLanguage language) {
    return render(CohortReport.class, report, ReportRenderer.HTML, language);
  }

  static String history(HistoryReport report, ReportLanguage language) {
    return render(HistoryReport.class, report, ReportRenderer.HTML, language);
  }

  /** {@return the directory under target/ where the tests write their files} */
  static Path outputDirectory() {
    Path dir = Path.of(System.getProperty("report.outputDirectory", "target"), "report-tests");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** {@return the file written} */
  static Path write(String name, String content) {
    Path file = outputDirectory().resolve(name);
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
