package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The messages of a rubric's parts, word for word. */
class RubricMessagesTest {

  @Test
  void criteria_and_references() {
    // when / then
    assertThat(RubricMessages.pointsAndWeight("1.1"))
        .isEqualTo(
            Text.of(
                "เกณฑ์ '1.1' กำหนดทั้งคะแนนเต็มและน้ำหนัก ต้องเลือกอย่างใดอย่างหนึ่ง",
                "criterion 1.1 has both points and a weight"));
    assertThat(RubricMessages.malformedReference("cqa"))
        .isEqualTo(
            Text.of(
                "การอ้างถึงเกณฑ์ชุดต้องอยู่ในรูป id@version แต่ได้รับ 'cqa'",
                "rubric reference must read id@version, was 'cqa'"));
    assertThat(RubricMessages.atInReferencePart("version", "1@2"))
        .isEqualTo(
            Text.of(
                "version ต้องไม่มีอักขระ '@' แต่ได้รับ '1@2'",
                "version cannot contain '@', was '1@2'"));
  }

  @Test
  void conditions_ladders_and_award_schemes() {
    // when / then
    assertThat(RubricMessages.noConditions("anyOf"))
        .isEqualTo(
            Text.of(
                "anyOf ต้องมีเงื่อนไขอย่างน้อยหนึ่งเงื่อนไข",
                "anyOf needs at least one condition"));
    assertThat(RubricMessages.coveragePercentAbove100(new BigDecimal("120")))
        .isEqualTo(
            Text.of(
                "ร้อยละความครบถ้วนของการประเมินต้องไม่เกิน 100 แต่ได้รับ 120",
                "coverage percent must be 100 or less, was 120"));
    assertThat(RubricMessages.rungTwice("governance", "good"))
        .isEqualTo(
            Text.of(
                "บันไดระดับ 'governance' ระบุระดับ 'good' ซ้ำ",
                "ladder governance lists rung good twice"));
    assertThat(RubricMessages.tierTwice("plaque", "gold"))
        .isEqualTo(
            Text.of(
                "เกณฑ์การให้รางวัล 'plaque' ระบุระดับรางวัล 'gold' ซ้ำ",
                "award scheme plaque lists tier gold twice"));
  }

  @Test
  void gates_and_rung_conditions() {
    // when / then
    assertThat(RubricMessages.bottomRungWithConditions("grade", "fail"))
        .isEqualTo(
            Text.of(
                "บันไดระดับ 'grade': ระดับล่างสุด 'fail' จะมีเงื่อนไขไม่ได้",
                "ladder grade: its bottom rung fail cannot carry conditions"));
    assertThat(RubricMessages.gateReadsALadder("grade", "fail"))
        .isEqualTo(
            Text.of(
                "บันไดระดับ 'grade': เงื่อนไขของระดับ 'fail' หรือด่านที่จำกัดไว้ที่ระดับนี้อ่านผลของบันไดระดับไม่ได้",
                "ladder grade: a condition of rung fail or a gate capping at it cannot read a"
                    + " ladder"));
    assertThat(Messages.unknownIndicatorIn("grade/fail", "S9.9"))
        .isEqualTo(
            Text.of(
                "'grade/fail' อ้างถึงตัวชี้วัด 'S9.9' ซึ่งไม่มีในเกณฑ์ชุดนี้",
                "'grade/fail' refers to indicator 'S9.9', which the rubric lacks"));
  }
}
