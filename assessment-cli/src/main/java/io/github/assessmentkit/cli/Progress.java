package io.github.assessmentkit.cli;

import io.github.assessmentkit.text.Language;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Shows the progress of a run on standard error: a bar redrawn in place on a terminal, or a plain
 * line every so often otherwise (a log, a pipe, a CI job), each with the count, the rate and the
 * time left.
 */
abstract class Progress {
  private final LongSupplier nanoTime;
  private final long started;
  private final long total;

  Progress(LongSupplier nanoTime, long total) {
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
    this.total = total;
  }

  /**
   * Says that {@code done} documents are handled.
   *
   * @param done the documents handled so far
   */
  final void update(long done) {
    shown(new Pace(done, total, Math.max(0, nanoTime.getAsLong() - started)), false);
  }

  /**
   * Says that the run is over, after its last {@link #update}.
   *
   * @param done the documents handled
   */
  final void finish(long done) {
    shown(new Pace(done, total, Math.max(0, nanoTime.getAsLong() - started)), true);
  }

  /** Shows the pace, or not; {@code last} is true once, at the end. */
  abstract void shown(Pace pace, boolean last);

  /** {@return a progress that shows nothing} */
  static Progress none(LongSupplier nanoTime, long total) {
    return new Progress(nanoTime, total) {
      @Override
      void shown(Pace pace, boolean last) {}
    };
  }

  /**
   * A plain line at most every {@code everyNanos} (and always the last), for output that is not a
   * terminal.
   */
  static Progress lines(
      PrintStream err, Language language, LongSupplier nanoTime, long total, long everyNanos) {
    return new Progress(nanoTime, total) {
      private long lastShown = Long.MIN_VALUE;
      private long lastDone = -1;

      @Override
      void shown(Pace pace, boolean last) {
        boolean due =
            lastShown == Long.MIN_VALUE
                ? pace.elapsedNanos() >= everyNanos
                : pace.elapsedNanos() - lastShown >= everyNanos;
        if ((due || last) && pace.done() != lastDone) {
          err.println(pace.line(language));
          lastShown = pace.elapsedNanos();
          lastDone = pace.done();
        }
      }
    };
  }

  /** A bar redrawn in place at most ten times a second, for a terminal. */
  static Progress bar(PrintStream err, Language language, LongSupplier nanoTime, long total) {
    return new Progress(nanoTime, total) {
      private static final int WIDTH = 30;
      private static final long EVERY = 100_000_000L;
      private long lastShown = Long.MIN_VALUE;
      private int lastLength;

      @Override
      void shown(Pace pace, boolean last) {
        if (!last && lastShown != Long.MIN_VALUE && pace.elapsedNanos() - lastShown < EVERY) {
          return;
        }
        int filled = pace.percent() * WIDTH / 100;
        String text =
            "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + pace.line(language);
        String pad = " ".repeat(Math.max(0, lastLength - text.length()));
        err.print("\r" + text + pad);
        if (last) {
          err.println();
        }
        err.flush();
        lastShown = pace.elapsedNanos();
        lastLength = text.length();
      }
    };
  }
}
