package io.github.assessmentkit.cli;

/**
 * The exit codes of {@link AssessCommand}, also listed by {@code --help}.
 *
 * <p>Thread-safe: constants only.
 */
public final class ExitCode {
  /** Every document was scored. */
  public static final int ALL_SCORED = 0;

  /**
   * The run finished, but some documents were rejected: each is in the rejects file with its
   * report, and every other document was scored.
   */
  public static final int SOME_REJECTED = 1;

  /** The command line was wrong (an unknown option, a missing input): nothing was read. */
  public static final int USAGE = 2;

  /**
   * The run stopped: the input could not be listed or read, or an output file could not be written.
   * What was written before the stop stays, and the summary is not printed.
   */
  public static final int STOPPED = 3;

  private ExitCode() {}
}
