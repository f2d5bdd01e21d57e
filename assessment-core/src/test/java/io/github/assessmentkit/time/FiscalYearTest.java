package io.github.assessmentkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.text.Language;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

  @Test
  void fiscal_year_2556_runs_from_1_october_2012_to_30_september_2013() {
    // when
    FiscalYear fy = FiscalYear.ofBuddhistEra(2556);

    // then 2556 - 543 = 2013, the Common Era year in which it ends
    assertThat(fy.year()).isEqualTo(2013);
    assertThat(fy.buddhistEra()).isEqualTo(2556);
    assertThat(fy.start()).isEqualTo(LocalDate.of(2012, 10, 1));
    assertThat(fy.end()).isEqualTo(LocalDate.of(2013, 9, 30));
    assertThat(fy).isEqualTo(FiscalYear.ofCommonEra(2013));
  }

  @Test
  void a_date_belongs_to_the_fiscal_year_that_ends_after_it() {
    // when / then
    assertThat(FiscalYear.containing(LocalDate.of(2012, 9, 30))).isEqualTo(new FiscalYear(2012));
    assertThat(FiscalYear.containing(LocalDate.of(2012, 10, 1))).isEqualTo(new FiscalYear(2013));
    assertThat(FiscalYear.containing(LocalDate.of(2013, 9, 30))).isEqualTo(new FiscalYear(2013));
  }

  @Test
  void contains_both_ends_and_nothing_outside() {
    // given
    FiscalYear fy = FiscalYear.ofBuddhistEra(2556);

    // when / then
    assertThat(fy.contains(LocalDate.of(2012, 10, 1))).isTrue();
    assertThat(fy.contains(LocalDate.of(2013, 9, 30))).isTrue();
    assertThat(fy.contains(LocalDate.of(2012, 9, 30))).isFalse();
    assertThat(fy.contains(LocalDate.of(2013, 10, 1))).isFalse();
  }

  @Test
  void labels_itself_in_thai_with_the_buddhist_era_and_in_english_with_both() {
    // given
    FiscalYear fy = FiscalYear.ofBuddhistEra(2566);

    // when / then
    assertThat(fy.label(Language.TH)).isEqualTo("ปีงบประมาณ พ.ศ. 2566");
    assertThat(fy.label(Language.EN)).isEqualTo("Fiscal year 2023 (B.E. 2566)");
    assertThat(fy).hasToString("FY2023");
  }

  @Test
  void steps_to_the_previous_and_next_year_and_orders_by_year() {
    // given
    FiscalYear fy = FiscalYear.ofBuddhistEra(2556);

    // when / then
    assertThat(fy.previous().buddhistEra()).isEqualTo(2555);
    assertThat(fy.next().buddhistEra()).isEqualTo(2557);
    assertThat(fy.previous()).isLessThan(fy);
    assertThat(fy.next()).isGreaterThan(fy);
  }

  @Test
  void refuses_a_year_outside_1900_to_9999() {
    // when / then
    assertThatThrownBy(() -> FiscalYear.ofCommonEra(1899))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fiscal year must be a Common Era year from 1900 to 9999, was 1899");
  }

  @Test
  void a_date_range_covers_a_whole_fiscal_year_and_refuses_to_run_backwards() {
    // given
    DateRange range = DateRange.of(FiscalYear.ofBuddhistEra(2556));

    // when / then
    assertThat(range.from()).isEqualTo(LocalDate.of(2012, 10, 1));
    assertThat(range.to()).isEqualTo(LocalDate.of(2013, 9, 30));
    assertThat(range.contains(LocalDate.of(2013, 6, 30))).isTrue();
    assertThat(range.contains(LocalDate.of(2013, 10, 1))).isFalse();
    assertThatThrownBy(() -> new DateRange(LocalDate.of(2013, 1, 2), LocalDate.of(2013, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date range ends (2013-01-01) before it starts (2013-01-02)");
  }
}
