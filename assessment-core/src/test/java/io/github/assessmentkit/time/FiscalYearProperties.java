package io.github.assessmentkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.testing.Examples;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class FiscalYearProperties {
  private static final int EXAMPLES = Examples.usual(500);

  /** Dates from 1 October 1900 to 30 September 9999. */
  private static Gen<LocalDate> dates() {
    long first = LocalDate.of(1900, 10, 1).toEpochDay();
    long last = LocalDate.of(9999, 9, 30).toEpochDay();
    return Generate.longRange(first, last).map(LocalDate::ofEpochDay);
  }

  @Test
  void every_date_lies_in_exactly_one_quarter_of_its_fiscal_year() {
    AtomicInteger runs = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(dates())
        .checkAssert(
            date -> {
              runs.incrementAndGet();
              FiscalYear fy = FiscalYear.containing(date);
              FiscalQuarter q = FiscalQuarter.containing(date);
              assertThat(q.fiscalYear()).isEqualTo(fy);
              assertThat(fy.contains(date)).isTrue();
              assertThat(date).isBetween(q.start(), q.end());
              for (int n = 1; n <= 4; n++) {
                FiscalQuarter other = fy.quarter(n);
                boolean inside = !date.isBefore(other.start()) && !date.isAfter(other.end());
                assertThat(inside).as("in Q%s", n).isEqualTo(n == q.number());
              }
            });
    assertThat(runs.get()).isGreaterThanOrEqualTo(EXAMPLES * 9 / 10);
  }

  @Test
  void the_quarters_tile_the_fiscal_year_and_the_years_tile_time() {
    AtomicInteger runs = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(Generate.range(1901, 9998))
        .checkAssert(
            year -> {
              runs.incrementAndGet();
              FiscalYear fy = FiscalYear.ofCommonEra(year);
              assertThat(fy.buddhistEra()).isEqualTo(year + 543);
              assertThat(fy.quarter(1).start()).isEqualTo(fy.start());
              assertThat(fy.quarter(4).end()).isEqualTo(fy.end());
              for (int n = 1; n < 4; n++) {
                assertThat(fy.quarter(n).end().plusDays(1)).isEqualTo(fy.quarter(n + 1).start());
              }
              assertThat(fy.previous().end().plusDays(1)).isEqualTo(fy.start());
              assertThat(fy.end().plusDays(1)).isEqualTo(fy.next().start());
            });
    assertThat(runs.get()).isGreaterThanOrEqualTo(EXAMPLES * 9 / 10);
  }
}
