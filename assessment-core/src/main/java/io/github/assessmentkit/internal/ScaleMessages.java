package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bilingual messages of scales: why a scale cannot be built, and why a value is not allowed on
 * it. See {@link Messages} for the rules every message follows.
 */
public final class ScaleMessages {
  private ScaleMessages() {}

  // Building a scale.

  /** {@return the message for a band scale without bands} */
  public static Text noBands() {
    return Text.of(
        "มาตรวัดแบบช่วงคะแนนต้องมีอย่างน้อยหนึ่งช่วง", "a band scale needs at least one band");
  }

  /**
   * @param code the repeated dimension
   * @return the message
   */
  public static Text dimensionTwice(String code) {
    return Text.of("มิติ '" + code + "' ถูกระบุซ้ำ", "dimension " + code + " is listed twice");
  }

  /**
   * @param position the band's position, from 1
   * @param number the number it carries instead
   * @return the message
   */
  public static Text bandMisnumbered(int position, int number) {
    return Text.of(
        "ช่วงคะแนนในตำแหน่งที่ " + position + " มีหมายเลข " + number + " แทนที่จะเป็น " + position,
        "band at position " + position + " is numbered " + number);
  }

  /**
   * @param number the band
   * @param previous the band below it
   * @return the message
   */
  public static Text bandsOverlap(int number, int previous) {
    return Text.of(
        "ช่วงคะแนนที่ " + number + " ทับซ้อนกับช่วงคะแนนที่ " + previous,
        "band " + number + " overlaps band " + previous);
  }

  /**
   * @param number the band
   * @param code the dimension the scale does not have
   * @return the message
   */
  public static Text bandDescribesUnknownDimension(int number, String code) {
    return Text.of(
        "ช่วงคะแนนที่ " + number + " อธิบายมิติ '" + code + "' ซึ่งมาตรวัดนี้ไม่มี",
        "band " + number + " describes unknown dimension " + code);
  }

  /**
   * @param number the band number below 1
   * @return the message
   */
  public static Text bandNumberTooLow(int number) {
    return Text.of(
        "หมายเลขช่วงคะแนนต้องเป็น 1 ขึ้นไป แต่ได้รับ " + number,
        "band number must be 1 or more, was " + number);
  }

  /**
   * @param number the band
   * @return the message
   */
  public static Text bandWithoutPercentages(int number) {
    return Text.of(
        "ช่วงคะแนนที่ " + number + " ไม่มีร้อยละที่ให้ได้เลย",
        "band " + number + " allows no percentage");
  }

  /**
   * @param number the band
   * @param percent the percentage outside 0 to 100
   * @return the message
   */
  public static Text bandPercentOutOfRange(int number, int percent) {
    return Text.of(
        "ช่วงคะแนนที่ " + number + " ให้ร้อยละ " + percent + " ซึ่งอยู่นอกช่วง 0 ถึง 100",
        "band " + number + " allows " + percent + " %, outside 0 to 100");
  }

  /**
   * @param number the band
   * @param percent the percentage out of order
   * @param previous the percentage before it
   * @return the message
   */
  public static Text bandPercentsNotAscending(int number, int percent, int previous) {
    return Text.of(
        "ร้อยละในช่วงคะแนนที่ "
            + number
            + " ต้องเรียงจากน้อยไปมาก แต่ "
            + percent
            + " อยู่ถัดจาก "
            + previous,
        "band " + number + " percentages must ascend, " + percent + " follows " + previous);
  }

  /** {@return the message for a level scale with fewer than two levels} */
  public static Text tooFewLevels() {
    return Text.of(
        "มาตรวัดแบบระดับต้องมีอย่างน้อยสองระดับ", "a level scale needs at least two levels");
  }

  /**
   * @param code the repeated level code
   * @return the message
   */
  public static Text levelTwice(String code) {
    return Text.of(
        "รหัสระดับ '" + code + "' ถูกระบุซ้ำ", "level code " + code + " is listed twice");
  }

  /**
   * @param points the number of points outside 3 to 11
   * @return the message
   */
  public static Text likertPointsOutOfRange(int points) {
    return Text.of(
        "มาตรวัดแบบลิเคิร์ตต้องมี 3 ถึง 11 ระดับ แต่ได้รับ " + points,
        "a Likert scale has 3 to 11 points, was " + points);
  }

  /**
   * @param partialCredit the credit not strictly between 0 and 1
   * @return the message
   */
  public static Text partialCreditOutOfRange(BigDecimal partialCredit) {
    return Text.of(
        "partialCredit ต้องมากกว่า 0 และน้อยกว่า 1 แต่ได้รับ " + partialCredit,
        "partialCredit must lie between 0 and 1, was " + partialCredit);
  }

  /** {@return the message for a measure scale without thresholds} */
  public static Text noThresholds() {
    return Text.of(
        "มาตรวัดเชิงปริมาณต้องมีเกณฑ์อย่างน้อยหนึ่งขั้น",
        "a measure scale needs at least one threshold");
  }

  /**
   * @param number the threshold out of order, from 1
   * @param previous the threshold before it
   * @return the message
   */
  public static Text thresholdsOutOfOrder(int number, int previous) {
    return Text.of(
        "เกณฑ์ขั้นที่ "
            + number
            + " ต้องไปถึงได้ยากกว่าและได้สัดส่วนคะแนนมากกว่าเกณฑ์ขั้นที่ "
            + previous,
        "threshold "
            + number
            + " must be harder to reach and earn more than threshold "
            + previous);
  }

  /**
   * @param credit the credit above 1
   * @return the message
   */
  public static Text creditAboveOne(BigDecimal credit) {
    return Text.of(
        "credit ต้องไม่เกิน 1 แต่ได้รับ " + credit, "credit must be 1 or less, was " + credit);
  }

  /**
   * @param min the minimum given
   * @param max the maximum given, not above it
   * @return the message
   */
  public static Text numericMinNotBelowMax(BigDecimal min, BigDecimal max) {
    String was = "min " + min.toPlainString() + ", max " + max.toPlainString();
    return Text.of(
        "มาตรวัดแบบตัวเลขต้องมี min น้อยกว่า max แต่ได้รับ " + was,
        "a numeric scale needs min below max, was " + was);
  }

  /**
   * @param step the step not above 0
   * @return the message
   */
  public static Text numericStepNotPositive(BigDecimal step) {
    return Text.of(
        "step ต้องมากกว่า 0 แต่ได้รับ " + step.toPlainString(),
        "step must be more than 0, was " + step.toPlainString());
  }

  /**
   * @param min the minimum
   * @param max the maximum
   * @param step the step that does not divide the range
   * @return the message
   */
  public static Text numericRangeNotWholeSteps(BigDecimal min, BigDecimal max, BigDecimal step) {
    String range = min.toPlainString() + " ถึง " + max.toPlainString();
    return Text.of(
        "ช่วง " + range + " ต้องแบ่งเป็นขั้นละ " + step.toPlainString() + " ได้ลงตัว",
        "the range "
            + min.toPlainString()
            + " to "
            + max.toPlainString()
            + " is not a whole number of steps of "
            + step.toPlainString());
  }

  // Values a scale does not allow.

  /**
   * @param value the choice given to a band scale
   * @return the message
   */
  public static Text bandScaleTakesAPercentage(String value) {
    return Text.of(
        "มาตรวัดแบบช่วงคะแนนต้องให้ค่าเป็นร้อยละ ไม่ใช่ตัวเลือก '" + value + "'",
        "a band scale takes a percentage, not the choice '" + value + "'");
  }

  /**
   * @param shown the percentage as given
   * @param allowed every allowed percentage, ascending
   * @return the message
   */
  public static Text percentageNotAllowed(String shown, List<Integer> allowed) {
    String list = allowed.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return Text.of(
        shown + " ไม่ใช่ร้อยละที่มาตรวัดนี้อนุญาต (ค่าที่ใช้ได้: " + list + ")",
        shown + " is not an allowed percentage on this scale (allowed: " + list + ")");
  }

  /**
   * @param value the value given
   * @param codes the levels' codes, lowest first
   * @return the message
   */
  public static Text notALevel(String value, List<String> codes) {
    String list = String.join(", ", codes);
    return Text.of(
        "'" + value + "' ไม่ใช่ระดับของมาตรวัดนี้ (ระดับที่ใช้ได้: " + list + ")",
        "'" + value + "' is not a level of this scale (levels: " + list + ")");
  }

  /**
   * @param value the value given
   * @param points the scale's number of points
   * @return the message
   */
  public static Text notALikertPoint(String value, int points) {
    return Text.of(
        "'" + value + "' ไม่ใช่จำนวนเต็มตั้งแต่ 1 ถึง " + points,
        "'" + value + "' is not a whole number from 1 to " + points);
  }

  /**
   * @param value the value given
   * @return the message
   */
  public static Text notAnAnswer(String value) {
    return Text.of(
        "'" + value + "' ไม่ใช่คำตอบที่ใช้ได้ (yes, partial หรือ no)",
        "'" + value + "' is not an answer of this scale (yes, partial or no)");
  }

  /**
   * @param value the value given to a yes/no scale
   * @return the message
   */
  public static Text notYesOrNo(String value) {
    return Text.of(
        "'" + value + "' ไม่ใช่คำตอบที่ใช้ได้ (yes หรือ no)",
        "'" + value + "' is not an answer of this scale (yes or no)");
  }

  /**
   * @param value the choice given to a measure
   * @return the message
   */
  public static Text measureTakesANumber(String value) {
    return Text.of(
        "ตัวชี้วัดเชิงปริมาณต้องให้ค่าเป็นตัวเลข ไม่ใช่ '" + value + "'",
        "a measure takes a number, not '" + value + "'");
  }

  /**
   * @param value the choice given to a numeric scale
   * @return the message
   */
  public static Text numericTakesANumber(String value) {
    return Text.of(
        "มาตรวัดแบบตัวเลขต้องให้ค่าเป็นตัวเลข ไม่ใช่ '" + value + "'",
        "a numeric scale takes a number, not '" + value + "'");
  }

  /**
   * @param value the number given
   * @param min the scale's minimum
   * @param max the scale's maximum
   * @return the message
   */
  public static Text numericOutOfRange(String value, BigDecimal min, BigDecimal max) {
    return Text.of(
        "'" + value + "' อยู่นอกช่วง " + min.toPlainString() + " ถึง " + max.toPlainString(),
        "'" + value + "' is outside " + min.toPlainString() + " to " + max.toPlainString());
  }

  /**
   * @param value the number given
   * @param min the scale's minimum, where the steps start
   * @param step the scale's step
   * @return the message
   */
  public static Text numericOffStep(String value, BigDecimal min, BigDecimal step) {
    return Text.of(
        "'"
            + value
            + "' ไม่อยู่บนขั้นละ "
            + step.toPlainString()
            + " ที่นับจาก "
            + min.toPlainString(),
        "'"
            + value
            + "' is not on a step of "
            + step.toPlainString()
            + " from "
            + min.toPlainString());
  }
}
