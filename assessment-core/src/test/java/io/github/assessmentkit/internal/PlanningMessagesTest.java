package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The messages of what-if planning, word for word. */
class PlanningMessagesTest {

  @Test
  void why_an_indicator_has_no_step() {
    // when / then
    assertThat(PlanningMessages.notApplicable("G6.3"))
        .isEqualTo(
            Text.of(
                "G6.3 ได้รับการประเมินว่าไม่เกี่ยวข้อง จึงไม่มีขั้นให้ยก",
                "G6.3 is rated not applicable: it has no step"));
    assertThat(PlanningMessages.noSteps("K1"))
        .isEqualTo(
            Text.of(
                "K1 ใช้มาตรวัดที่ไม่ได้กำหนดขั้น จึงไม่มีขั้นถัดไป",
                "K1 is rated on a scale without steps: it has no next step"));
    assertThat(
            PlanningMessages.stepNotValid(
                "1.1", "10", Text.of("ต้องอ้างอิงหลักฐาน", "must cite evidence")))
        .isEqualTo(
            Text.of(
                "1.1 ยกเป็น 10 ไม่ได้: ต้องอ้างอิงหลักฐาน",
                "1.1 cannot be raised to 10: must cite evidence"));
  }

  @Test
  void targets_and_plans() {
    // given
    Text ladder = Text.of("ระดับธรรมาภิบาล", "Governance level");

    // when / then
    assertThat(PlanningMessages.rungUndecided(ladder))
        .isEqualTo(
            Text.of(
                "ระดับธรรมาภิบาล: ยังตัดสินขั้นไม่ได้", "Governance level: no rung is decided"));
    assertThat(
            PlanningMessages.reachedIn(
                Text.of("เป้า", "goal"),
                1,
                new BigDecimal("2.50"),
                new BigDecimal("10.00"),
                new BigDecimal("12.00")))
        .isEqualTo(
            Text.of(
                "เป้า: ถึงได้ใน 1 ขั้น (ต้นทุน 2.5) คะแนนรวม 10.00 → 12.00",
                "goal: reached in 1 step (cost 2.5), total 10.00 → 12.00"));
    assertThat(PlanningMessages.searchLimitReached(500).en())
        .isEqualTo("not proven the cheapest: the search stopped at its limit of 500 nodes");
    assertThat(PlanningMessages.notAdditive("weakest-link").en())
        .isEqualTo(
            "not proven the cheapest: a criterion is scored by weakest-link, which is not"
                + " additive, so steps were chosen one at a time, each checked by scoring");
    assertThat(PlanningMessages.noSuchIndicator("9.9"))
        .isEqualTo(Text.of("ไม่พบตัวชี้วัด '9.9'", "no indicator 9.9"));
  }
}
