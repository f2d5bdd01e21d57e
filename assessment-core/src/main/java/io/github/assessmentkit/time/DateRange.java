package io.github.assessmentkit.time;

import java.time.LocalDate;
import java.util.Objects;

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
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public DateRange {
    Objects.requireNonNull(from, "from cannot be null");
    Objects.requireNonNull(to, "to cannot be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "date range ends (" + to + ") before it starts (" + from + ")");
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
