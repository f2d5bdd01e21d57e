package io.github.assessmentkit.time;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.text.Text;
import java.time.LocalDate;

/**
 * A quarter (ไตรมาส) of a Thai fiscal year: Q1 is October to December, Q2 January to March, Q3
 * April to June, Q4 July to September.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fiscalYear the fiscal year
 * @param number the quarter, 1 to 4
 */
public record FiscalQuarter(FiscalYear fiscalYear, int number) {
  /**
   * Creates the value, checking its components.
   *
   * @param fiscalYear the fiscal year
   * @param number the quarter, 1 to 4
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public FiscalQuarter {
    Checks.notNull(fiscalYear, "fiscalYear");
    if (number < 1 || number > 4) {
      throw new InvalidValueException(Messages.quarterOutOfRange(number));
    }
  }

  /**
   * Returns the fiscal quarter a date falls in.
   *
   * @param date the date
   * @return its quarter
   */
  public static FiscalQuarter containing(LocalDate date) {
    int shifted = (date.getMonthValue() + 2) % 12; // October -> 0
    return new FiscalQuarter(FiscalYear.containing(date), shifted / 3 + 1);
  }

  /** {@return the first day of the quarter} */
  public LocalDate start() {
    return fiscalYear.start().plusMonths(3L * (number - 1));
  }

  /** {@return the last day of the quarter} */
  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  /** {@return the label in both languages, for example "ไตรมาส 3 ปีงบประมาณ พ.ศ. 2556"} */
  public Text label() {
    return Text.of(
        "ไตรมาส " + number + " ปีงบประมาณ พ.ศ. " + fiscalYear.buddhistEra(),
        "Q" + number + " of fiscal year " + fiscalYear.year());
  }

  /** {@return the short form, for example {@code FY2013-Q3}} */
  @Override
  public String toString() {
    return fiscalYear + "-Q" + number;
  }
}
