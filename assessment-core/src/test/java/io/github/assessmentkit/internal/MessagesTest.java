package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preconditions', text's, time's and a rubric's structure's messages, word for word. */
class MessagesTest {

  @Test
  void a_null_is_named_by_its_field_and_owner() {
    // when / then
    assertThat(Messages.cannotBeNull("title"))
        .isEqualTo(Text.of("title ต้องไม่เป็น null", "title cannot be null"));
    assertThat(Messages.cannotBeNull("points", "1.1"))
        .isEqualTo(Text.of("points ของ '1.1' ต้องไม่เป็น null", "points of 1.1 cannot be null"));
    assertThat(Messages.elementCannotBeNull("bands", 2))
        .isEqualTo(Text.of("bands[2] ต้องไม่เป็น null", "bands[2] cannot be null"));
    assertThat(Messages.cannotBeBlank("id"))
        .isEqualTo(Text.of("id ต้องไม่เป็นข้อความว่าง", "id cannot be blank"));
  }

  @Test
  void a_number_out_of_range_names_the_value_given() {
    // when / then
    assertThat(Messages.mustNotBeNegative("credit", null, new BigDecimal("-0.5")))
        .isEqualTo(
            Text.of(
                "credit ต้องเป็นศูนย์หรือมากกว่า แต่ได้รับ -0.5",
                "credit must be zero or more, was -0.5"));
    assertThat(Messages.tooManyDecimals("points", "1.1", new BigDecimal("2.125")))
        .isEqualTo(
            Text.of(
                "points ของ '1.1' ต้องมีทศนิยมไม่เกินสองตำแหน่ง แต่ได้รับ 2.125",
                "points of 1.1 must have at most two decimal places, was 2.125"));
    assertThat(Messages.mustBePositive("weight", "2", BigDecimal.ZERO))
        .isEqualTo(
            Text.of(
                "weight ของ '2' ต้องมากกว่าศูนย์ แต่ได้รับ 0",
                "weight of 2 must be more than zero, was 0"));
  }

  @Test
  void text_and_time() {
    // when / then
    assertThat(Messages.blankText())
        .isEqualTo(
            Text.of(
                "ข้อความต้องมีภาษาไทยหรือภาษาอังกฤษอย่างน้อยหนึ่งภาษา แต่ว่างทั้งสองภาษา",
                "text needs Thai or English, both are blank"));
    assertThat(Messages.dateRangeReversed(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1)))
        .isEqualTo(
            Text.of(
                "ช่วงวันที่สิ้นสุด (2025-02-01) ก่อนวันเริ่มต้น (2025-03-01)",
                "date range ends (2025-02-01) before it starts (2025-03-01)"));
    assertThat(Messages.fiscalYearOutOfRange(1800))
        .isEqualTo(
            Text.of(
                "ปีงบประมาณต้องเป็นปีคริสต์ศักราช 1900 ถึง 9999 แต่ได้รับ 1800",
                "fiscal year must be a Common Era year from 1900 to 9999, was 1800"));
  }

  @Test
  void a_rubric_that_does_not_add_up_and_a_registry_that_lacks_a_name() {
    // when / then
    assertThat(Messages.pointsDoNotAddUp("1", new BigDecimal("40.00"), new BigDecimal("35.50")))
        .isEqualTo(
            Text.of(
                "คะแนนของเกณฑ์ย่อยภายใต้ '1' รวมได้ 35.50 แต่ต้องเท่ากับ 40.00",
                "the points of the children of '1' add up to 35.50, not 40.00"));
    assertThat(Messages.unknownStrategy("best", List.of("points-sum", "weighted-mean")))
        .isEqualTo(
            Text.of(
                "ไม่รู้จักวิธีคิดคะแนน 'best' (ที่มี: points-sum, weighted-mean)",
                "unknown scoring strategy 'best' (known: points-sum, weighted-mean)"));
  }
}
