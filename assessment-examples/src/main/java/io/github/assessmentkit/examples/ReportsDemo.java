package io.github.assessmentkit.examples;

import io.github.assessmentkit.actionplan.PlanReview;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.report.CohortReport;
import io.github.assessmentkit.report.HistoryReport;
import io.github.assessmentkit.report.RendererRegistry;
import io.github.assessmentkit.report.ScorecardReport;
import io.github.assessmentkit.report.spi.ReportLanguage;
import io.github.assessmentkit.report.spi.ReportOptions;
import io.github.assessmentkit.report.spi.ReportRenderer;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the reports of the other demos to {@code target/reports/} (or the directory given as the
 * first argument): the sample cooperative's CQA scorecard ({@link SampleCooperative}) as HTML in
 * Thai and English side by side, in Thai alone and in English alone, and as Markdown; the province
 * round on the CQA set ({@link ProvinceRoundDemo}, {@link RoundAnalysis}) as HTML and as CSV; and
 * the sample cooperative's governance years 2563–2566 ({@link SampleYears}, {@link HistoryDemo})
 * with the review of its action plan ({@link PlanAndResultsSection}) as HTML. Each HTML file is
 * self-contained: open it in a browser, offline, or print it on A4.
 *
 * <p>Run it with {@code ./mvnw -B -q -Pdemo
 * -Ddemo.mainClass=io.github.assessmentkit.examples.ReportsDemo -pl assessment-examples -am package
 * -DskipTests}.
 */
public final class ReportsDemo {
  /** Where the reports go when no directory is given, relative to the working directory. */
  static final Path DEFAULT_DIRECTORY = Path.of("target", "reports");

  private ReportsDemo() {}

  /**
   * Writes the reports and prints where they are.
   *
   * @param args the directory to write to, or none for {@code target/reports}
   */
  public static void main(String[] args) {
    Path directory = args.length > 0 ? Path.of(args[0]) : DEFAULT_DIRECTORY;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (Path file : write(directory)) {
      out.println(file.toAbsolutePath());
    }
  }

  /**
   * Writes the reports.
   *
   * @param directory where to write them; made if missing
   * @return the files written, in order
   */
  static List<Path> write(Path directory) {
    RubricRegistry rubrics = RubricRegistry.builder().discover().build();
    Rubric cqa = rubrics.get(CqaSets.CQA);
    Rubric governance = rubrics.get(CqaSets.GOVERNANCE);
    RendererRegistry renderers = RendererRegistry.standard();

    Assessment self = SampleCooperative.cqa(cqa);
    ScorecardReport scorecard = ScorecardReport.of(cqa, self, Scorer.standard().score(cqa, self));

    ProvinceRoundDemo.ScoredRound round = ProvinceRoundDemo.score(cqa, governance);
    RoundAnalysis analysis = RoundAnalysis.of(cqa, round);
    Map<String, Text> names = new LinkedHashMap<>();
    round.members().forEach(m -> names.put(m.subject().id(), m.subject().name()));
    CohortReport cohort =
        CohortReport.of(
            analysis.cohort(),
            analysis.rankings(),
            analysis.plaques(),
            analysis.exchanges(),
            names);

    Assessment yearTwo = PlanAndResultsSection.yearTwo(cqa);
    Assessment yearThree = PlanAndResultsSection.yearThree(cqa);
    PlanReview review =
        PlanAndResultsSection.plan(cqa, yearTwo)
            .review(cqa, yearThree, Scorer.standard().score(cqa, yearThree));
    HistoryReport history = HistoryReport.of(new SampleYears().history(), review);

    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      ReportRenderer<ScorecardReport> html =
          renderers.renderer(ScorecardReport.class, ReportRenderer.HTML);
      written.add(write(directory, "scorecard.html", html, scorecard, ReportLanguage.BOTH));
      written.add(write(directory, "scorecard-th.html", html, scorecard, ReportLanguage.THAI));
      written.add(write(directory, "scorecard-en.html", html, scorecard, ReportLanguage.ENGLISH));
      written.add(
          write(
              directory,
              "scorecard.md",
              renderers.renderer(ScorecardReport.class, ReportRenderer.MARKDOWN),
              scorecard,
              ReportLanguage.BOTH));
      written.add(
          write(
              directory,
              "province-round.html",
              renderers.renderer(CohortReport.class, ReportRenderer.HTML),
              cohort,
              ReportLanguage.BOTH));
      written.add(
          write(
              directory,
              "province-round.csv",
              renderers.renderer(CohortReport.class, ReportRenderer.CSV),
              cohort,
              ReportLanguage.BOTH));
      written.add(
          write(
              directory,
              "history.html",
              renderers.renderer(HistoryReport.class, ReportRenderer.HTML),
              history,
              ReportLanguage.BOTH));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }

  private static <R> Path write(
      Path directory, String name, ReportRenderer<R> renderer, R report, ReportLanguage language)
      throws IOException {
    Path file = directory.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      renderer.render(report, ReportOptions.of(language), out);
    }
    return file;
  }
}
