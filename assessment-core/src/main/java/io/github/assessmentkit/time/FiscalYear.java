package io.github.assessmentkit.time;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;

/**
 * A Thai fiscal (budget) year, ปีงบประมาณ: 1 October to 30 September, named after the year it ends
 * in. Fiscal year 2556 (Buddhist Era) runs from 1 October 2012 to 30 September 2013.
 *
 * <pre>{@code
 * FiscalYear fy = FiscalYear.ofBuddhistEra(2556);
 * fy.start();          // 2012-10-01
 * fy.quarter(3);       // April to June 2013
 * fy.label(Language.TH); // "ปีงบประมาณ พ.ศ. 2556"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the Common Era year in which the fiscal year ends
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {
  /** The difference between a Buddhist Era year and the Common Era year. */
  public static final int BUDDHIST_ERA_OFFSET = 543;

  /**
   * Creates the value, checking its components.
   *
   * @param year the Common Era year in which the fiscal year ends
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public FiscalYear {
    if (year < 1900 || year > 9999) {
      throw new InvalidValueException(Messages.fiscalYearOutOfRange(year));
    }
  }

  /**
   * Returns the fiscal year that ends in the given Common Era year.
   *
   * @param year the Common Era year, for example 2013
   * @return the fiscal year
   */
  public static FiscalYear ofCommonEra(int year) {
    return new FiscalYear(year);
  }

  /**
   * Returns the fiscal year with the given Buddhist Era number.
   *
   * @param buddhistYear the Buddhist Era year, for example 2556
   * @return the fiscal year
   */
  public static FiscalYear ofBuddhistEra(int buddhistYear) {
    return new FiscalYear(buddhistYear - BUDDHIST_ERA_OFFSET);
  }

  /**
   * Returns the fiscal year a date falls in.
   *
   * @param date the date
   * @return the fiscal year containing it
   */
  public static FiscalYear containing(LocalDate date) {
    return new FiscalYear(date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear());
  }

  /** {@return the Buddhist Era number of this fiscal year, for example 2556} */
  public int buddhistEra() {
    return ThaiBuddhistDate.from(end()).get(ChronoField.YEAR);
  }

  /** {@return the first day, 1 October of the previous Common Era year} */
  public LocalDate start() {
    return LocalDate.of(year - 1, 10, 1);
  }

  /** {@return the last day, 30 September} */
  public LocalDate end() {
    return LocalDate.of(year, 9, 30);
  }

  /**
   * Tells whether a date falls in this fiscal year.
   *
   * @param date the date
   * @return true from 1 October to 30 September inclusive
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Returns a quarter of this fiscal year: Q1 is October to December.
   *
   * @param quarter 1 to 4
   * @return the quarter
   */
  public FiscalQuarter quarter(int quarter) {
    return new FiscalQuarter(this, quarter);
  }

  /** {@return the year before} */
  public FiscalYear previous() {
    return new FiscalYear(year - 1);
  }

  /** {@return the year after} */
  public FiscalYear next() {
    return new FiscalYear(year + 1);
  }

  /** {@return the label in both languages} */
  public Text label() {
    return Text.of(
        "ปีงบประมาณ พ.ศ. " + buddhistEra(),
        "Fiscal year " + year + " (B.E. " + buddhistEra() + ")");
  }

  /**
   * Returns the label in one language.
   *
   * @param language the language
   * @return for example "ปีงบประมาณ พ.ศ. 2556" or "Fiscal year 2013 (B.E. 2556)"
   */
  public String label(Language language) {
    return label().get(language);
  }

  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(year, other.year);
  }

  /** {@return the short form {@code FY2013}} */
  @Override
  public String toString() {
    return "FY" + year;
  }
}
