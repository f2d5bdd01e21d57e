package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scales' messages, word for word. */
class ScaleMessagesTest {

  @Test
  void a_band_scale_that_does_not_hold_together() {
    // when / then
    assertThat(ScaleMessages.bandMisnumbered(2, 3))
        .isEqualTo(
            Text.of(
                "ช่วงคะแนนในตำแหน่งที่ 2 มีหมายเลข 3 แทนที่จะเป็น 2",
                "band at position 2 is numbered 3"));
    assertThat(ScaleMessages.bandsOverlap(3, 2))
        .isEqualTo(Text.of("ช่วงคะแนนที่ 3 ทับซ้อนกับช่วงคะแนนที่ 2", "band 3 overlaps band 2"));
    assertThat(ScaleMessages.bandPercentsNotAscending(2, 10, 15))
        .isEqualTo(
            Text.of(
                "ร้อยละในช่วงคะแนนที่ 2 ต้องเรียงจากน้อยไปมาก แต่ 10 อยู่ถัดจาก 15",
                "band 2 percentages must ascend, 10 follows 15"));
  }

  @Test
  void other_scales_that_do_not_hold_together() {
    // when / then
    assertThat(ScaleMessages.levelTwice("L2"))
        .isEqualTo(Text.of("รหัสระดับ 'L2' ถูกระบุซ้ำ", "level code L2 is listed twice"));
    assertThat(ScaleMessages.likertPointsOutOfRange(12))
        .isEqualTo(
            Text.of(
                "มาตรวัดแบบลิเคิร์ตต้องมี 3 ถึง 11 ระดับ แต่ได้รับ 12",
                "a Likert scale has 3 to 11 points, was 12"));
    assertThat(ScaleMessages.thresholdsOutOfOrder(2, 1))
        .isEqualTo(
            Text.of(
                "เกณฑ์ขั้นที่ 2 ต้องไปถึงได้ยากกว่าและได้สัดส่วนคะแนนมากกว่าเกณฑ์ขั้นที่ 1",
                "threshold 2 must be harder to reach and earn more than threshold 1"));
    assertThat(ScaleMessages.partialCreditOutOfRange(BigDecimal.ONE))
        .isEqualTo(
            Text.of(
                "partialCredit ต้องมากกว่า 0 และน้อยกว่า 1 แต่ได้รับ 1",
                "partialCredit must lie between 0 and 1, was 1"));
  }

  @Test
  void values_a_scale_does_not_allow() {
    // when / then
    assertThat(ScaleMessages.percentageNotAllowed("37", List.of(0, 5, 10)))
        .isEqualTo(
            Text.of(
                "37 ไม่ใช่ร้อยละที่มาตรวัดนี้อนุญาต (ค่าที่ใช้ได้: 0, 5, 10)",
                "37 is not an allowed percentage on this scale (allowed: 0, 5, 10)"));
    assertThat(ScaleMessages.notALevel("L9", List.of("L0", "L1")))
        .isEqualTo(
            Text.of(
                "'L9' ไม่ใช่ระดับของมาตรวัดนี้ (ระดับที่ใช้ได้: L0, L1)",
                "'L9' is not a level of this scale (levels: L0, L1)"));
    assertThat(ScaleMessages.measureTakesANumber("high"))
        .isEqualTo(
            Text.of(
                "ตัวชี้วัดเชิงปริมาณต้องให้ค่าเป็นตัวเลข ไม่ใช่ 'high'",
                "a measure takes a number, not 'high'"));
  }
}
