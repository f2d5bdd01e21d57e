package io.github.assessmentkit.time;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Messages;
import java.time.LocalDate;

/**
 * A closed range of dates, both ends included.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {
  /**
   * Creates the value, checking its components.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or a year is below 0 or
   *     above 9999 (a document writes dates as {@code YYYY-MM-DD})
   */
  public DateRange {
    Checks.fourDigitYear(Checks.notNull(from, "from"), "from");
    Checks.fourDigitYear(Checks.notNull(to, "to"), "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException(Messages.dateRangeReversed(from, to));
    }
  }

  /**
   * Returns the range of a whole fiscal year.
   *
   * @param year the fiscal year
   * @return 1 October to 30 September
   */
  public static DateRange of(FiscalYear year) {
    return new DateRange(year.start(), year.end());
  }

  /**
   * Tells whether a date lies in the range.
   *
   * @param date the date
   * @return true when {@code from <= date <= to}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
