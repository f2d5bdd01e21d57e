package io.github.assessmentkit.cli;

import io.github.assessmentkit.cohort.Admission;
import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.Console;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The batch command line: runs on a folder of assessment documents or a JSON-lines file, checks and
 * scores every document against its rubric (the criteria sets on the class path), and writes into
 * the output folder:
 *
 * <ul>
 *   <li>{@value #SCORECARDS}: one scorecard document per line;
 *   <li>{@value #REJECTS}: one line per rejected document, with where it came from, every problem
 *       (JSON Pointer, rule, value, message in Thai and English) and the document itself;
 *   <li>{@code cohort-<rubric>-<version>-<year>.json}: the round's cohort of each rubric version
 *       and fiscal year, as an {@code assessmentkit/summaries} document;
 *   <li>the files of every {@link RoundReport} found on the class path: with this module's own
 *       {@link HtmlRoundReport}, {@code round-<rubric>-<version>-<year>.html} and {@code .csv}.
 * </ul>
 *
 * <p>Progress goes to standard error, the summary to standard output; the exit codes are those of
 * {@link ExitCode}. Run it with {@code java -jar assessmentkit-cli.jar --help}.
 */
@Command(
    name = "assessmentkit",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Checks and scores every assessment document of INPUT against its rubric, stores the"
          + " scorecards as JSON lines and the round's cohorts as summaries documents with their"
          + " reports (HTML and CSV), and sets each rejected document aside with its report. The"
          + " run goes on past a bad document: every document ends either in scorecards.jsonl or"
          + " in rejects.jsonl.",
      "Progress goes to standard error (a bar on a terminal, a line every few seconds"
          + " otherwise), the summary to standard output."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document was scored",
      "1:some documents were rejected (each is in rejects.jsonl with its report); the rest were"
          + " scored",
      "2:the command line was wrong; nothing was read",
      "3:the run stopped: the input could not be listed or read, or an output file could not be"
          + " written"
    },
    footerHeading = "%nExample:%n",
    footer = "  java -jar assessmentkit-cli.jar round-2567/ --out results/%n")
public final class AssessCommand implements Callable<Integer> {
  /** The scorecards file, in the output folder. */
  public static final String SCORECARDS = "scorecards.jsonl";

  /** The rejects file, in the output folder. */
  public static final String REJECTS = "rejects.jsonl";

  /** How progress is shown. */
  enum ProgressMode {
    /** A bar on a terminal, plain lines otherwise. */
    AUTO,
    /** Always the bar. */
    BAR,
    /** Always plain lines. */
    LINES,
    /** No progress. */
    NONE
  }

  @Parameters(
      index = "0",
      paramLabel = "INPUT",
      description =
          "a folder of assessment documents (its *.json files, subfolders included) or a"
              + " JSON-lines file (one document per line; blank lines are passed over)")
  private @Nullable Path input;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FOLDER",
      defaultValue = "assessment-run",
      description =
          "where to write scorecards.jsonl, rejects.jsonl and the cohorts; made if missing,"
              + " files of an earlier run replaced (default: ${DEFAULT-VALUE})")
  private Path out = Path.of("assessment-run");

  @Option(
      names = "--lang",
      paramLabel = "th|en",
      defaultValue = "en",
      description = "the language of the progress and the summary (default: ${DEFAULT-VALUE})")
  private Language language = Language.EN;

  @Option(
      names = "--progress",
      paramLabel = "auto|bar|lines|none",
      defaultValue = "auto",
      description =
          "a bar when standard output is a terminal, plain lines otherwise (default:"
              + " ${DEFAULT-VALUE})")
  private ProgressMode progress = ProgressMode.AUTO;

  @Option(
      names = "--progress-every",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description =
          "seconds between two plain progress lines; 0 for one per document (default:"
              + " ${DEFAULT-VALUE})")
  private int progressEvery = 2;

  @Option(
      names = "--all-statuses",
      description =
          "rank drafts and submitted assessments too; by default a round's cohort takes final"
              + " assessments only and counts the others as left out")
  private boolean allStatuses;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "show this help and exit")
  private boolean help;

  private final PrintStream stdout;
  private final PrintStream stderr;
  private final LongSupplier nanoTime;
  private final boolean terminal;

  AssessCommand(PrintStream stdout, PrintStream stderr, LongSupplier nanoTime, boolean terminal) {
    this.stdout = stdout;
    this.stderr = stderr;
    this.nanoTime = nanoTime;
    this.terminal = terminal;
  }

  /**
   * Runs the tool and exits with its {@linkplain ExitCode exit code}.
   *
   * @param args the command line; {@code --help} lists it
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, System::nanoTime, isTerminal(), args));
  }

  /**
   * Runs the tool.
   *
   * @param out standard output: the summary, the help
   * @param err standard error: progress and errors
   * @param nanoTime the clock of the progress and the summary
   * @param terminal whether progress may draw a bar
   * @param args the command line
   * @return the exit code
   */
  static int run(
      PrintStream out, PrintStream err, LongSupplier nanoTime, boolean terminal, String... args) {
    CommandLine cli = new CommandLine(new AssessCommand(out, err, nanoTime, terminal));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          Language language = commandLine.<AssessCommand>getCommand().language;
          err.println(CliMessages.stopped(String.valueOf(e)).get(language));
          return ExitCode.STOPPED;
        });
    return cli.execute(args);
  }

  /**
   * Whether standard output is an interactive terminal: {@link System#console()} is there and, on
   * Java 22 and later, where it is there even when output is redirected, says it is a terminal.
   */
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22 a console is only there on a terminal
    }
  }

  @Override
  public Integer call() throws IOException {
    Path in = java.util.Objects.requireNonNull(input, "INPUT");
    if (!Files.exists(in)) {
      stderr.println(CliMessages.noInput(in).get(language));
      return ExitCode.STOPPED;
    }
    long started = nanoTime.getAsLong();
    AssessmentJson json = AssessmentJson.standard();
    Source source;
    long total;
    try {
      source = Source.of(in, json.limits().maxDocumentBytes());
      total = source.count();
    } catch (NoSuchFileException e) {
      stderr.println(CliMessages.noInput(in).get(language));
      return ExitCode.STOPPED;
    }
    Files.createDirectories(out);
    Path scorecardsFile = out.resolve(SCORECARDS);
    Path rejectsFile = out.resolve(REJECTS);
    Round round;
    try (Writer scorecards = Files.newBufferedWriter(scorecardsFile, StandardCharsets.UTF_8);
        Writer rejects = Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8)) {
      round =
          new Round(
              json,
              RubricRegistry.builder().discover().build(),
              Scorer.standard(),
              scorecards,
              rejects);
      Progress shown = progress(total);
      long[] done = {0};
      source.read(
          document -> {
            round.accept(document);
            shown.update(++done[0]);
          });
      shown.finish(done[0]);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<String> lines = new ArrayList<>();
    List<RoundReport> reports = new ArrayList<>();
    ServiceLoader.load(RoundReport.class).forEach(reports::add);
    Map<String, Text> names = round.names();
    for (Cohort cohort : round.cohorts(allStatuses ? Admission.ANY_STATUS : Admission.FINAL_ONLY)) {
      if (cohort.size() == 0) {
        lines.add(
            CliMessages.noneFinal(
                    cohort.rubric().ref().toString(), cohort.period(), cohort.leftOut().size())
                .get(language));
        continue;
      }
      Path file =
          out.resolve(
              "cohort-"
                  + cohort.rubric().id()
                  + "-"
                  + cohort.rubric().version()
                  + "-"
                  + cohort.period().buddhistEra()
                  + ".json");
      try (OutputStream o = Files.newOutputStream(file)) {
        json.writeSummaries(cohort.summaries(), o);
      }
      lines.add(
          CliMessages.cohort(
                  cohort.rubric().ref().toString(),
                  cohort.period(),
                  cohort.size(),
                  cohort.leftOut().size(),
                  file)
              .get(language));
      for (RoundReport report : reports) {
        for (Path f : report.write(cohort, names, out)) {
          lines.add(CliMessages.report(report.name(), f).get(language));
        }
      }
    }
    long elapsed = Math.max(1, nanoTime.getAsLong() - started);
    long handled = round.scored() + round.rejected();
    stdout.println(CliMessages.summary(round.scored(), round.rejected(), handled).get(language));
    stdout.println(CliMessages.scorecards(scorecardsFile).get(language));
    stdout.println(CliMessages.rejects(rejectsFile).get(language));
    lines.forEach(stdout::println);
    BigDecimal seconds =
        BigDecimal.valueOf(elapsed)
            .divide(BigDecimal.valueOf(1_000_000_000L), 2, RoundingMode.HALF_EVEN);
    BigDecimal rate = new Pace(handled, handled, elapsed).rate().orElse(BigDecimal.ZERO);
    stdout.println(CliMessages.took(seconds, rate).get(language));
    return round.rejected() == 0 ? ExitCode.ALL_SCORED : ExitCode.SOME_REJECTED;
  }

  private Progress progress(long total) {
    ProgressMode mode =
        progress == ProgressMode.AUTO
            ? (terminal ? ProgressMode.BAR : ProgressMode.LINES)
            : progress;
    return switch (mode) {
      case BAR -> Progress.bar(stderr, language, nanoTime, total);
      case LINES ->
          Progress.lines(
              stderr, language, nanoTime, total, Math.max(0, progressEvery) * 1_000_000_000L);
      default -> Progress.none(nanoTime, total);
    };
  }
}
