package io.github.assessmentkit.cli;

import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.report.CohortReport;
import io.github.assessmentkit.report.RendererRegistry;
import io.github.assessmentkit.report.RoundChoices;
import io.github.assessmentkit.report.spi.ReportLanguage;
import io.github.assessmentkit.report.spi.ReportOptions;
import io.github.assessmentkit.report.spi.ReportRenderer;
import io.github.assessmentkit.text.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The report of each round with {@code assessment-report}, in Thai and English side by side: {@code
 * round-<rubric>-<version>-<year>.html} (the ranking, the spread of levels and awards, the plaques
 * and the learning exchanges, as one self-contained page) and {@code .csv} (one row per
 * organisation, UTF-8 with a byte order mark), beside the round's cohort file. The choices behind
 * the ranking, the plaques and the exchanges are those of {@link RoundChoices}.
 */
public final class HtmlRoundReport implements RoundReport {
  private final RendererRegistry renderers = RendererRegistry.standard();

  /** Makes the report; {@link java.util.ServiceLoader} calls this. */
  public HtmlRoundReport() {}

  @Override
  public String name() {
    return "round";
  }

  @Override
  public List<Path> write(Cohort cohort, Path folder) throws IOException {
    return write(cohort, Map.of(), folder);
  }

  @Override
  public List<Path> write(Cohort cohort, Map<String, Text> names, Path folder) throws IOException {
    CohortReport report = RoundChoices.report(cohort, names);
    String base =
        "round-"
            + cohort.rubric().id()
            + "-"
            + cohort.rubric().version()
            + "-"
            + cohort.period().buddhistEra();
    return List.of(
        write(folder, base, ReportRenderer.HTML, report),
        write(folder, base, ReportRenderer.CSV, report));
  }

  private Path write(Path folder, String base, String id, CohortReport report) throws IOException {
    ReportRenderer<CohortReport> renderer = renderers.renderer(CohortReport.class, id);
    Path file = folder.resolve(base + "." + renderer.fileExtension());
    try (OutputStream out = Files.newOutputStream(file)) {
      renderer.render(report, ReportOptions.of(ReportLanguage.BOTH), out);
    }
    return file;
  }
}
