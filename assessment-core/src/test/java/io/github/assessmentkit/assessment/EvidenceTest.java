package io.github.assessmentkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.time.DateRange;
import io.github.assessmentkit.time.FiscalYear;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * When evidence is valid for a fiscal year, at the boundaries. FY 2566 BE runs from 1 Oct 2022 to
 * 30 Sep 2023; its closing window ends 150 days later, on 27 Feb 2024 (30 Sep + 31 days = 31 Oct, +
 * 30 = 30 Nov (61), + 31 = 31 Dec (92), + 31 = 31 Jan (123), + 27 = 27 Feb (150)).
 */
class EvidenceTest {
  private static final FiscalYear FY2566 = FiscalYear.ofBuddhistEra(2566);
  private final Evidence plain = Evidence.of("ev-1", EvidenceKind.DOCUMENT, "minutes");

  private static LocalDate date(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Test
  void evidence_without_dates_is_valid_for_any_year() {
    assertThat(plain.invalidFor(FY2566)).isEmpty();
    assertThat(plain.expiresOn()).isNull();
  }

  @Test
  void the_constructor_without_expiry_still_works_and_does_not_expire() {
    // given
    Evidence e =
        new Evidence(
            "ev-1",
            EvidenceKind.RECORD,
            "ledger",
            null,
            null,
            date(2023, 1, 5),
            null,
            "manager",
            null,
            Extensions.NONE);

    // then
    assertThat(e.expiresOn()).isNull();
    assertThat(e.owner()).isEqualTo("manager");
    assertThat(e.withExpiry(date(2024, 1, 1)).expiresOn()).isEqualTo(date(2024, 1, 1));
    assertThat(e.withExpiry(date(2024, 1, 1)).withExpiry(null)).isEqualTo(e);
  }

  @Test
  void an_effective_period_must_cover_the_whole_year() {
    // (a) exactly 1 Oct 2022 – 30 Sep 2023 covers it; a day short at either end does not
    assertThat(plain.withEffective(DateRange.of(FY2566)).invalidFor(FY2566)).isEmpty();
    assertThat(
            plain
                .withEffective(new DateRange(date(2022, 10, 2), date(2023, 9, 30)))
                .invalidFor(FY2566))
        .isPresent();
    assertThat(
            plain
                .withEffective(new DateRange(date(2022, 10, 1), date(2023, 9, 29)))
                .invalidFor(FY2566))
        .isPresent();
    assertThat(
            plain
                .withEffective(new DateRange(date(2020, 1, 1), date(2025, 12, 31)))
                .invalidFor(FY2566))
        .isEmpty();
  }

  @Test
  void evidence_expiring_before_the_last_day_of_the_year_is_not_valid() {
    // (b) expiresOn is the last day it holds: 30 Sep 2023 holds through the year, 29 Sep does not
    assertThat(plain.withExpiry(date(2023, 9, 30)).invalidFor(FY2566)).isEmpty();
    assertThat(plain.withExpiry(date(2023, 9, 29)).invalidFor(FY2566))
        .hasValueSatisfying(
            t ->
                assertThat(t.get(Language.TH))
                    .isEqualTo("หลักฐาน 'ev-1' หมดอายุ 2023-09-29 ก่อนสิ้นปีงบประมาณ พ.ศ. 2566"));
  }

  @Test
  void evidence_collected_after_the_closing_window_is_not_valid() {
    // (c) 27 Feb 2024 is the window's last day; 28 Feb 2024 is after it
    assertThat(plain.withCollectedOn(date(2024, 2, 27)).invalidFor(FY2566)).isEmpty();
    assertThat(plain.withCollectedOn(date(2024, 2, 28)).invalidFor(FY2566))
        .hasValueSatisfying(
            t ->
                assertThat(t.get(Language.TH))
                    .isEqualTo(
                        "หลักฐาน 'ev-1' เก็บเมื่อ 2024-02-28 เกิน 150 วันหลังสิ้นปีงบประมาณ พ.ศ. 2566"));
    assertThat(Evidence.CLOSING_DAYS).isEqualTo(150);
  }

  @Test
  void evidence_without_a_period_collected_before_the_year_is_not_valid() {
    // 1 Oct 2022 is the year's first day; 30 Sep 2022 is the last day of FY 2565
    assertThat(plain.withCollectedOn(date(2022, 10, 1)).invalidFor(FY2566)).isEmpty();
    assertThat(plain.withCollectedOn(date(2022, 9, 30)).invalidFor(FY2566)).isPresent();
  }

  @Test
  void evidence_with_a_period_may_be_collected_before_the_year() {
    // given by-laws collected in 2020, declared effective 2020 – 2030
    Evidence bylaws =
        plain
            .withCollectedOn(date(2020, 5, 1))
            .withEffective(new DateRange(date(2020, 5, 1), date(2030, 12, 31)));

    // then their collection date is not held against them
    assertThat(bylaws.invalidFor(FY2566)).isEmpty();
  }

  @Test
  void the_first_reason_found_is_given() {
    // given evidence both outside its period and expired: the period is named
    Evidence both =
        plain
            .withEffective(new DateRange(date(2006, 10, 1), date(2007, 9, 30)))
            .withExpiry(date(2007, 9, 30));

    // then
    assertThat(both.invalidFor(FY2566))
        .hasValueSatisfying(
            t ->
                assertThat(t.get(Language.EN))
                    .isEqualTo(
                        "evidence 'ev-1' speaks for 2006-10-01 to 2007-09-30, which does not"
                            + " cover Fiscal year 2023 (B.E. 2566)"));
  }
}
