package io.github.assessmentkit.cli;

import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.text.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A report of a round that {@link AssessCommand} writes after every run, once per cohort (one
 * rubric version and fiscal year): for example the HTML reports of a report module. Implementations
 * are found with {@link java.util.ServiceLoader}: list the class in {@code
 * META-INF/services/io.github.assessmentkit.cli.RoundReport} on the tool's class path. With none,
 * the tool writes the scorecards, the rejects and the cohorts only.
 *
 * <p>Implementations must be thread-safe for one call at a time; the tool calls them from one
 * thread.
 */
public interface RoundReport {
  /** {@return a short name for the summary, such as {@code html}} */
  String name();

  /**
   * Writes the report of one cohort.
   *
   * @param cohort the organisations of one rubric version and fiscal year scored in this run
   * @param folder the run's output folder, which exists; the report writes its files in it or below
   *     it
   * @return the files written
   * @throws IOException if a file cannot be written; the run stops with exit code {@value
   *     ExitCode#STOPPED}
   */
  List<Path> write(Cohort cohort, Path folder) throws IOException;

  /**
   * Writes the report of one cohort, with the organisations' names (a cohort's summaries carry only
   * their ids). The tool calls this one; by default it leaves the names out and calls {@link
   * #write(Cohort, Path)}.
   *
   * @param cohort the organisations of one rubric version and fiscal year scored in this run
   * @param names the names of the organisations scored in this run, by subject id
   * @param folder the run's output folder, which exists
   * @return the files written
   * @throws IOException if a file cannot be written; the run stops with exit code {@value
   *     ExitCode#STOPPED}
   */
  default List<Path> write(Cohort cohort, Map<String, Text> names, Path folder) throws IOException {
    return write(cohort, folder);
  }
}
