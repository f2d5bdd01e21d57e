package io.github.assessmentkit.examples;

import io.github.assessmentkit.history.History;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One cooperative's four fiscal years of governance self-assessment (2563 to 2566): the provincial
 * plaque won in 2564, lost in 2565 to a fraud finding, and regained in 2566 on a new version of the
 * set in which one indicator was split. Prints, in Thai and English, each year's level and plaque,
 * the series of the total and each principle with the change from the year before, the direction
 * over the years and the break where the split indicator's series ends and its halves begin, then
 * every regression and recovery flagged with its rule and reason. Then the same cooperative's CQA
 * action plan, written after year two (2564) and judged at year three (2565), and the LeTCI band
 * suggested for results item 7.1 from its KPI series ({@link PlanAndResultsSection}).
 *
 * <p>Run it with {@code ./mvnw -B -q -Pdemo
 * -Ddemo.mainClass=io.github.assessmentkit.examples.HistoryDemo -pl assessment-examples -am package
 * -DskipTests}.
 */
public final class HistoryDemo {
  private HistoryDemo() {}

  /**
   * Prints the demo to standard output, in UTF-8 so the Thai text reads right on any console.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the demo.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    SampleYears years = new SampleYears();
    History history = years.history();
    HistoryPrinter printer = new HistoryPrinter(out);
    printer.heading(history);
    printer.years(history);
    printer.series(history);
    printer.flags(history);
    out.println();
    PlanAndResultsSection.print(out);
  }
}
