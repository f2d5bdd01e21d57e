package io.github.assessmentkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.text.Language;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalQuarterTest {
  private final FiscalYear fy2556 = FiscalYear.ofBuddhistEra(2556);

  @Test
  void quarter_3_of_fiscal_year_2556_is_april_to_june_2013() {
    // when
    FiscalQuarter q3 = fy2556.quarter(3);

    // then
    assertThat(q3.start()).isEqualTo(LocalDate.of(2013, 4, 1));
    assertThat(q3.end()).isEqualTo(LocalDate.of(2013, 6, 30));
  }

  @Test
  void the_four_quarters_run_october_to_december_january_to_march_and_so_on() {
    // when / then
    assertThat(fy2556.quarter(1).start()).isEqualTo(LocalDate.of(2012, 10, 1));
    assertThat(fy2556.quarter(1).end()).isEqualTo(LocalDate.of(2012, 12, 31));
    assertThat(fy2556.quarter(2).start()).isEqualTo(LocalDate.of(2013, 1, 1));
    assertThat(fy2556.quarter(2).end()).isEqualTo(LocalDate.of(2013, 3, 31));
    assertThat(fy2556.quarter(4).start()).isEqualTo(LocalDate.of(2013, 7, 1));
    assertThat(fy2556.quarter(4).end()).isEqualTo(LocalDate.of(2013, 9, 30));
  }

  @Test
  void finds_the_quarter_a_date_falls_in() {
    // when / then
    assertThat(FiscalQuarter.containing(LocalDate.of(2012, 10, 1))).isEqualTo(fy2556.quarter(1));
    assertThat(FiscalQuarter.containing(LocalDate.of(2012, 12, 31))).isEqualTo(fy2556.quarter(1));
    assertThat(FiscalQuarter.containing(LocalDate.of(2013, 1, 1))).isEqualTo(fy2556.quarter(2));
    assertThat(FiscalQuarter.containing(LocalDate.of(2013, 5, 15))).isEqualTo(fy2556.quarter(3));
    assertThat(FiscalQuarter.containing(LocalDate.of(2013, 9, 30))).isEqualTo(fy2556.quarter(4));
  }

  @Test
  void ends_a_leap_year_february_quarter_on_31_march() {
    // when fiscal year 2024 (B.E. 2567) holds 29 February 2024
    FiscalQuarter q2 = FiscalYear.ofCommonEra(2024).quarter(2);

    // then
    assertThat(q2.end()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(FiscalQuarter.containing(LocalDate.of(2024, 2, 29))).isEqualTo(q2);
  }

  @Test
  void labels_itself_in_thai_and_english() {
    // given
    FiscalQuarter q3 = fy2556.quarter(3);

    // when / then
    assertThat(q3.label().get(Language.TH)).isEqualTo("ไตรมาส 3 ปีงบประมาณ พ.ศ. 2556");
    assertThat(q3.label().get(Language.EN)).isEqualTo("Q3 of fiscal year 2013");
    assertThat(q3).hasToString("FY2013-Q3");
  }

  @Test
  void refuses_a_quarter_other_than_1_to_4() {
    // when / then
    assertThatThrownBy(() -> fy2556.quarter(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quarter must be 1 to 4, was 5");
    assertThatThrownBy(() -> fy2556.quarter(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quarter must be 1 to 4, was 0");
  }
}
