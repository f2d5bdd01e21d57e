package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;

/**
 * The bilingual messages of the parts of a rubric as they are built: criteria, references, metrics,
 * conditions, ladders and award schemes. The checks of a whole rubric are in {@link Messages}; see
 * there for the rules every message follows.
 */
public final class RubricMessages {
  private RubricMessages() {}

  /**
   * @param id the criterion
   * @return the message
   */
  public static Text pointsAndWeight(String id) {
    return Text.of(
        "เกณฑ์ '" + id + "' กำหนดทั้งคะแนนเต็มและน้ำหนัก ต้องเลือกอย่างใดอย่างหนึ่ง",
        "criterion " + id + " has both points and a weight");
  }

  /** {@return the message for an {@code @} inside a rubric reference's parts} */
  public static Text atInReference() {
    return Text.of(
        "รหัสและรุ่นของเกณฑ์ชุดต้องไม่มีอักขระ '@'", "rubric id and version cannot contain '@'");
  }

  /**
   * @param field {@code id} or {@code version}
   * @param value the value with an {@code @}
   * @return the message
   */
  public static Text atInReferencePart(String field, String value) {
    return Text.of(
        field + " ต้องไม่มีอักขระ '@' แต่ได้รับ '" + value + "'",
        field + " cannot contain '@', was '" + value + "'");
  }

  /**
   * @param text the text that is not {@code id@version}
   * @return the message
   */
  public static Text malformedReference(String text) {
    return Text.of(
        "การอ้างถึงเกณฑ์ชุดต้องอยู่ในรูป id@version แต่ได้รับ '" + text + "'",
        "rubric reference must read id@version, was '" + text + "'");
  }

  /** {@return the message for a points metric without criteria} */
  public static Text pointsMetricWithoutCriteria() {
    return Text.of(
        "ตัววัดแบบคะแนนต้องระบุเกณฑ์อย่างน้อยหนึ่งเกณฑ์",
        "a points metric needs at least one criterion");
  }

  /**
   * @param combinator {@code allOf} or {@code anyOf}
   * @return the message
   */
  public static Text noConditions(String combinator) {
    return Text.of(
        combinator + " ต้องมีเงื่อนไขอย่างน้อยหนึ่งเงื่อนไข",
        combinator + " needs at least one condition");
  }

  /**
   * @param percent the coverage above 100
   * @return the message
   */
  public static Text coveragePercentAbove100(BigDecimal percent) {
    return Text.of(
        "ร้อยละความครบถ้วนของการประเมินต้องไม่เกิน 100 แต่ได้รับ " + percent,
        "coverage percent must be 100 or less, was " + percent);
  }

  /**
   * @param id the ladder
   * @return the message
   */
  public static Text tooFewRungs(String id) {
    return Text.of(
        "บันไดระดับ '" + id + "' ต้องมีอย่างน้อยสองระดับ",
        "ladder " + id + " needs at least two rungs");
  }

  /**
   * @param id the ladder
   * @param rungId the repeated rung
   * @return the message
   */
  public static Text rungTwice(String id, String rungId) {
    return Text.of(
        "บันไดระดับ '" + id + "' ระบุระดับ '" + rungId + "' ซ้ำ",
        "ladder " + id + " lists rung " + rungId + " twice");
  }

  /**
   * @param id the ladder
   * @param rungId the rung with or without a bound out of place
   * @return the message
   */
  public static Text onlyTheLastRungIsUnbounded(String id, String rungId) {
    return Text.of(
        "บันไดระดับ '"
            + id
            + "': เฉพาะระดับสุดท้ายเท่านั้นที่ไม่มีค่าขอบเขต (ระดับ '"
            + rungId
            + "')",
        "ladder " + id + ": only the last rung has no bound (rung " + rungId + ")");
  }

  /**
   * @param id the ladder
   * @param rungId the rung asked for
   * @return the message
   */
  public static Text noSuchRung(String id, String rungId) {
    return Text.of(
        "บันไดระดับ '" + id + "' ไม่มีระดับ '" + rungId + "'",
        "ladder " + id + " has no rung " + rungId);
  }

  /**
   * @param id the ladder
   * @param rungId its bottom rung
   * @return "ladder id: its bottom rung rungId cannot carry conditions"
   */
  public static Text bottomRungWithConditions(String id, String rungId) {
    return Text.of(
        "บันไดระดับ '" + id + "': ระดับล่างสุด '" + rungId + "' จะมีเงื่อนไขไม่ได้",
        "ladder " + id + ": its bottom rung " + rungId + " cannot carry conditions");
  }

  /**
   * @param id the ladder
   * @param rungId the rung the condition or gate belongs to or caps at
   * @return "ladder id: a condition of rung rungId or a gate at it reads a ladder"
   */
  public static Text gateReadsALadder(String id, String rungId) {
    return Text.of(
        "บันไดระดับ '"
            + id
            + "': เงื่อนไขของระดับ '"
            + rungId
            + "' หรือด่านที่จำกัดไว้ที่ระดับนี้อ่านผลของบันไดระดับไม่ได้",
        "ladder "
            + id
            + ": a condition of rung "
            + rungId
            + " or a gate capping at it cannot read a ladder");
  }

  /**
   * @param id the ladder
   * @param rungId the rung whose bound is not below the one above
   * @return the message
   */
  public static Text rungBoundNotLower(String id, String rungId) {
    return Text.of(
        "บันไดระดับ '"
            + id
            + "': ระดับ '"
            + rungId
            + "' ต้องมีค่าขอบเขตต่ำกว่าระดับที่อยู่เหนือขึ้นไป",
        "ladder " + id + ": rung " + rungId + " must have a lower bound than the one above");
  }

  /**
   * @param id the award scheme
   * @return the message
   */
  public static Text noTiers(String id) {
    return Text.of(
        "เกณฑ์การให้รางวัล '" + id + "' ต้องมีระดับรางวัลอย่างน้อยหนึ่งระดับ",
        "award scheme " + id + " needs at least one tier");
  }

  /**
   * @param id the award scheme
   * @param tierId the repeated tier
   * @return the message
   */
  public static Text tierTwice(String id, String tierId) {
    return Text.of(
        "เกณฑ์การให้รางวัล '" + id + "' ระบุระดับรางวัล '" + tierId + "' ซ้ำ",
        "award scheme " + id + " lists tier " + tierId + " twice");
  }

  /** {@return the message for a count-at-fraction not-applicable policy without its fraction} */
  public static Text countAtWithoutFraction() {
    return Text.of(
        "นโยบายกรณีไม่เกี่ยวข้องแบบนับตามสัดส่วน (COUNT_AT_FRACTION) ต้องระบุสัดส่วน",
        "a COUNT_AT_FRACTION not-applicable policy needs its fraction");
  }

  /**
   * @param fraction the fraction outside 0 to 1
   * @return the message
   */
  public static Text countAtFractionOutOfRange(BigDecimal fraction) {
    return Text.of(
        "สัดส่วนของนโยบายกรณีไม่เกี่ยวข้องต้องอยู่ระหว่าง 0 ถึง 1 แต่ได้รับ "
            + fraction.toPlainString(),
        "the fraction of a not-applicable policy must be from 0 to 1, was "
            + fraction.toPlainString());
  }

  /**
   * @param kind the policy's kind, which takes no fraction
   * @param fraction the fraction given with it
   * @return the message
   */
  public static Text fractionWithoutCountAt(String kind, BigDecimal fraction) {
    return Text.of(
        "นโยบายกรณีไม่เกี่ยวข้องแบบ "
            + kind
            + " ไม่มีสัดส่วน มีเฉพาะแบบ COUNT_AT_FRACTION แต่ได้รับ "
            + fraction.toPlainString(),
        "a "
            + kind
            + " not-applicable policy takes no fraction, only COUNT_AT_FRACTION does; was "
            + fraction.toPlainString());
  }

  /**
   * @param min the lower end, not below the upper
   * @param max the upper end
   * @return the message
   */
  public static Text resultScaleMinNotBelowMax(BigDecimal min, BigDecimal max) {
    String was = "min " + min.toPlainString() + ", max " + max.toPlainString();
    return Text.of(
        "มาตราที่ใช้แสดงผลรวมต้องมี min น้อยกว่า max แต่ได้รับ " + was,
        "a result scale needs min below max, was " + was);
  }
}
