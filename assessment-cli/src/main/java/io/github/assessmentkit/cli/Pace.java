package io.github.assessmentkit.cli;

import io.github.assessmentkit.text.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a run has come: documents done of the total, the rate so far and the time left at that
 * rate, all exact from the counts and the nanoseconds elapsed.
 *
 * @param done the documents handled so far
 * @param total the documents of the run
 * @param elapsedNanos the time since the run started
 */
record Pace(long done, long total, long elapsedNanos) {
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  Pace {
    if (done < 0 || total < 0 || elapsedNanos < 0) {
      throw new IllegalArgumentException(
          "negative pace: " + done + ", " + total + ", " + elapsedNanos);
    }
  }

  /** {@return the share done, in whole percent rounded down; 100 when there is nothing to do} */
  int percent() {
    return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
  }

  /** {@return documents per second so far, to one decimal place, or empty before the first} */
  Optional<BigDecimal> rate() {
    if (done == 0 || elapsedNanos == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(done)
            .multiply(NANOS_PER_SECOND)
            .divide(BigDecimal.valueOf(elapsedNanos), 1, RoundingMode.HALF_EVEN));
  }

  /**
   * {@return the time left at the rate so far, in whole seconds rounded up, or empty before the
   * first document}
   */
  Optional<Long> secondsLeft() {
    if (done == 0 || elapsedNanos == 0) {
      return Optional.empty();
    }
    BigDecimal nanos =
        BigDecimal.valueOf(Math.max(0, total - done))
            .multiply(BigDecimal.valueOf(elapsedNanos))
            .divide(BigDecimal.valueOf(done), 0, RoundingMode.CEILING);
    return Optional.of(nanos.divide(NANOS_PER_SECOND, 0, RoundingMode.CEILING).longValueExact());
  }

  /** {@return seconds as {@code m:ss}, or {@code h:mm:ss} from an hour on} */
  static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds % 3600 / 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }

  /**
   * The pace as one line, for example {@code 300/1000 documents (30%), 100.0 documents/s, 0:07
   * left}.
   *
   * @param language the language of the words
   * @return the line, without a line end
   */
  String line(Language language) {
    StringBuilder out =
        new StringBuilder(CliMessages.counted(done, total, percent()).get(language));
    rate().ifPresent(r -> out.append(", ").append(CliMessages.rate(r).get(language)));
    secondsLeft().ifPresent(s -> out.append(", ").append(CliMessages.left(clock(s)).get(language)));
    return out.toString();
  }
}
