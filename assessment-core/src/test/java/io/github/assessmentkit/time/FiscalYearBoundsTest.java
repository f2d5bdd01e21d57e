package io.github.assessmentkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.text.Language;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The edges of the years a fiscal year may be (Common Era 1900 to 9999), of its quarters (1 to 4)
 * and of a date range (one day long at the shortest, both ends inside).
 */
class FiscalYearBoundsTest {
  private static InvalidValueException refusal(Runnable make) {
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class, make::run);
    assertThat(thrown).isNotNull();
    return thrown;
  }

  @Test
  void the_first_and_last_fiscal_years_are_1900_and_9999() {
    // 1900 CE is 2443 BE (1900 + 543); 9999 CE is 10542 BE (9999 + 543)
    assertThat(FiscalYear.ofCommonEra(1900).buddhistEra()).isEqualTo(2443);
    assertThat(FiscalYear.ofBuddhistEra(10_542).year()).isEqualTo(9999);
    assertThat(FiscalYear.ofCommonEra(9999).end()).isEqualTo(LocalDate.of(9999, 9, 30));
  }

  @Test
  void the_year_after_9999_is_refused_in_both_languages() {
    // when
    InvalidValueException e = refusal(() -> FiscalYear.ofCommonEra(9999).next());

    // then
    assertThat(e.getMessage())
        .isEqualTo("fiscal year must be a Common Era year from 1900 to 9999, was 10000");
    assertThat(e.text().get(Language.TH))
        .isEqualTo("ปีงบประมาณต้องเป็นปีคริสต์ศักราช 1900 ถึง 9999 แต่ได้รับ 10000");
  }

  @Test
  void the_year_before_1900_is_refused_in_thai_too() {
    // 2442 BE is 1899 CE (2442 - 543)
    InvalidValueException e = refusal(() -> FiscalYear.ofBuddhistEra(2442));

    assertThat(e.text().get(Language.TH))
        .isEqualTo("ปีงบประมาณต้องเป็นปีคริสต์ศักราช 1900 ถึง 9999 แต่ได้รับ 1899");
  }

  @Test
  void quarters_one_and_four_are_the_first_and_last() {
    // FY 2013: Q1 starts 1 Oct 2012; Q4 runs 1 Jul 2013 to 30 Sep 2013
    FiscalYear fy = FiscalYear.ofCommonEra(2013);

    assertThat(fy.quarter(1).start()).isEqualTo(LocalDate.of(2012, 10, 1));
    assertThat(fy.quarter(4).start()).isEqualTo(LocalDate.of(2013, 7, 1));
    assertThat(fy.quarter(4).end()).isEqualTo(LocalDate.of(2013, 9, 30));
  }

  @Test
  void a_quarter_out_of_range_is_refused_in_thai_too() {
    InvalidValueException e = refusal(() -> FiscalYear.ofCommonEra(2013).quarter(5));

    assertThat(e.getMessage()).isEqualTo("quarter must be 1 to 4, was 5");
    assertThat(e.text().get(Language.TH)).isEqualTo("ไตรมาสต้องเป็น 1 ถึง 4 แต่ได้รับ 5");
  }

  @Test
  void a_range_of_one_day_contains_that_day_only() {
    // given 1 January 2013 to 1 January 2013
    LocalDate day = LocalDate.of(2013, 1, 1);
    DateRange one = new DateRange(day, day);

    // then both ends count; the days either side do not
    assertThat(one.contains(day)).isTrue();
    assertThat(one.contains(LocalDate.of(2012, 12, 31))).isFalse();
    assertThat(one.contains(LocalDate.of(2013, 1, 2))).isFalse();
  }

  @Test
  void a_fiscal_year_contains_its_first_and_last_days_only() {
    // FY 2013 runs 1 Oct 2012 to 30 Sep 2013
    FiscalYear fy = FiscalYear.ofCommonEra(2013);
    DateRange range = DateRange.of(fy);

    assertThat(fy.contains(LocalDate.of(2012, 10, 1))).isTrue();
    assertThat(fy.contains(LocalDate.of(2013, 9, 30))).isTrue();
    assertThat(fy.contains(LocalDate.of(2012, 9, 30))).isFalse();
    assertThat(fy.contains(LocalDate.of(2013, 10, 1))).isFalse();
    assertThat(range.contains(LocalDate.of(2012, 10, 1))).isTrue();
    assertThat(range.contains(LocalDate.of(2012, 9, 30))).isFalse();
  }

  @Test
  void a_reversed_range_is_refused_in_thai_too() {
    InvalidValueException e =
        refusal(() -> new DateRange(LocalDate.of(2013, 1, 2), LocalDate.of(2013, 1, 1)));

    assertThat(e.text().get(Language.TH))
        .isEqualTo("ช่วงวันที่สิ้นสุด (2013-01-01) ก่อนวันเริ่มต้น (2013-01-02)");
  }
}
