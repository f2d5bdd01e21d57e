package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The reasons of ladder and award decisions and the scored nodes' messages, word for word. */
class ScoringMessagesTest {
  private static final Text TOTAL = Text.of("ร้อยละของคะแนนรวม", "total percent");

  @Test
  void the_reason_for_a_rung() {
    // when / then
    assertThat(ScoringMessages.rungBoundMet(TOTAL, new BigDecimal("83.34"), "≥", BigDecimal.TEN))
        .isEqualTo(Text.of("ร้อยละของคะแนนรวม = 83.34 ≥ 10", "total percent = 83.34 ≥ 10"));
    assertThat(ScoringMessages.belowEveryHigherRung(TOTAL, new BigDecimal("55.00")))
        .isEqualTo(
            Text.of(
                "ร้อยละของคะแนนรวม = 55.00 ต่ำกว่าทุกเกณฑ์ขั้นที่สูงกว่า",
                "total percent = 55.00, below every higher rung"));
  }

  @Test
  void the_reasons_for_an_award() {
    // when / then
    assertThat(
            ScoringMessages.comparison(TOTAL, new BigDecimal("70.00"), false, ">", BigDecimal.TEN))
        .isEqualTo(Text.of("ร้อยละของคะแนนรวม = 70.00 ไม่ > 10", "total percent = 70.00 not > 10"));
    assertThat(
            ScoringMessages.rungReached(
                Text.of("ระดับธรรมาภิบาล", "Governance level"),
                Text.of("ดี", "good"),
                false,
                Text.of("ดีมาก", "very good")))
        .isEqualTo(
            Text.of(
                "ระดับธรรมาภิบาล: ดี ไม่ถึงระดับ ดีมาก",
                "Governance level: good does not reach very good"));
    assertThat(ScoringMessages.coverage(new BigDecimal("80.0"), true, new BigDecimal("75")))
        .isEqualTo(Text.of("ความครบถ้วนของการประเมิน ร้อยละ 80.0 ≥ 75", "coverage 80.0 % ≥ 75 %"));
    assertThat(
            ScoringMessages.named(
                Text.of("ด้านลูกค้า", "Customer theme"), ScoringMessages.allOf(true)))
        .isEqualTo(Text.of("ด้านลูกค้า: ผ่านทุกเงื่อนไข", "Customer theme: all conditions hold"));
    assertThat(ScoringMessages.noAward()).isEqualTo(Text.of("ไม่ได้รับรางวัล", "no award"));
  }

  @Test
  void broken_invariants_of_scoring() {
    // when / then
    assertThat(ScoringMessages.noBottomRung("governance"))
        .isEqualTo(
            Text.of(
                "บันไดระดับ 'governance' ไม่มีระดับล่างสุด",
                "ladder governance has no bottom rung"));
    assertThat(ScoringMessages.coverageCounts(3, 2, 4))
        .isEqualTo(
            Text.of(
                "ความครบถ้วนต้องเป็นไปตาม 0 <= met <= rated <= ratable แต่ได้รับ 3, 2, 4",
                "coverage needs 0 <= met <= rated <= ratable, was 3, 2, 4"));
  }

  @Test
  void the_reasons_of_gates_rung_conditions_and_indicators_without_a_value() {
    Text grade = Text.of("คะแนนรวม = 85.00 ≥ 80", "total points = 85.00 ≥ 80");
    Text gate = Text.of("ไม่มีข้อบกพร่องค้าง", "No unresolved deficiency");
    Text fail = Text.of("ไม่ผ่าน", "fail");
    Text why = ScoringMessages.ratedWith("S3.1", "no", false, "yes");

    // when / then
    assertThat(ScoringMessages.gateApplied(grade, gate, fail, why))
        .isEqualTo(
            Text.of(
                "คะแนนรวม = 85.00 ≥ 80; ได้ไม่เกิน ไม่ผ่าน ตามด่าน ไม่มีข้อบกพร่องค้าง:"
                    + " ตัวชี้วัด S3.1 ได้ no ไม่ใช่ yes ตามที่กำหนด",
                "total points = 85.00 ≥ 80; at most fail by gate No unresolved deficiency:"
                    + " indicator S3.1 rated no, not yes as required"));
    assertThat(ScoringMessages.rungConditionFailed(grade, Text.of("ดีเลิศ", "excellent"), why))
        .isEqualTo(
            Text.of(
                "คะแนนรวม = 85.00 ≥ 80; ไม่ถึงระดับ ดีเลิศ: ตัวชี้วัด S3.1 ได้ no ไม่ใช่ yes ตามที่กำหนด",
                "total points = 85.00 ≥ 80; excellent not reached:"
                    + " indicator S3.1 rated no, not yes as required"));
    Text unknown = ScoringMessages.indicatorUnknown("S3.1");
    assertThat(ScoringMessages.gateUndecided(gate, ScoringMessages.withoutValueUndecided(unknown)))
        .isEqualTo(
            Text.of(
                "ด่าน ไม่มีข้อบกพร่องค้าง: ตัวชี้วัด S3.1 ไม่ทราบผล: ยังตัดสินไม่ได้ตามกฎของเกณฑ์",
                "gate No unresolved deficiency: indicator S3.1 is unknown:"
                    + " the decision is undecided by the rubric's rule"));
    assertThat(
            ScoringMessages.rungConditionUndecided(
                Text.of("ดีเลิศ", "excellent"),
                ScoringMessages.withoutValueUndecided(ScoringMessages.indicatorNotRated("S3.2"))))
        .isEqualTo(
            Text.of(
                "ระดับ ดีเลิศ: ตัวชี้วัด S3.2 ยังไม่ได้ประเมิน: ยังตัดสินไม่ได้ตามกฎของเกณฑ์",
                "rung excellent: indicator S3.2 is not rated:"
                    + " the decision is undecided by the rubric's rule"));
    assertThat(
            ScoringMessages.withoutValueRungReached(
                ScoringMessages.indicatorNotApplicable("S3.1"), Text.of("ดี", "good")))
        .isEqualTo(
            Text.of(
                "ตัวชี้วัด S3.1 ไม่เกี่ยวข้อง: ได้ระดับ ดี ตามกฎของเกณฑ์",
                "indicator S3.1 is not applicable: good is reached by the rubric's rule"));
    // a criterion that does not apply reads as it always did
    assertThat(ScoringMessages.withoutValueFails(ScoringMessages.doesNotApply(Text.of("2", "2"))))
        .isEqualTo(ScoringMessages.notApplicableFails(Text.of("2", "2")));
  }
}
