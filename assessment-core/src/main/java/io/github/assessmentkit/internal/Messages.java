package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The bilingual messages of the preconditions, of text and time, of a rubric's structure, of the
 * registries and of scoring warnings. With {@link ScaleMessages}, {@link RubricMessages}, {@link
 * AssessmentMessages} and {@link ScoringMessages} these are every message the core gives: call
 * sites take a message from a factory here and never put one together themselves, so wording stays
 * consistent in both languages and tests can assert the exact text.
 *
 * <p>Thai messages keep field names, ids and values verbatim, as the English do.
 */
public final class Messages {
  private Messages() {}

  // Preconditions (Checks).

  /**
   * @param field the parameter or field
   * @return "{@code field} cannot be null"
   */
  public static Text cannotBeNull(String field) {
    return cannotBeNull(field, null);
  }

  /**
   * @param field the parameter or field
   * @param owner the id of what the field belongs to, or {@code null}
   * @return "{@code field of owner} cannot be null"
   */
  public static Text cannotBeNull(String field, @Nullable String owner) {
    return Text.of(
        nameTh(field, owner) + " ต้องไม่เป็น null", nameEn(field, owner) + " cannot be null");
  }

  /**
   * @param field the parameter or field
   * @return "{@code field} cannot be blank"
   */
  public static Text cannotBeBlank(String field) {
    return Text.of(field + " ต้องไม่เป็นข้อความว่าง", field + " cannot be blank");
  }

  /**
   * @param field the list
   * @param index the position of the null element
   * @return "{@code field[index]} cannot be null"
   */
  public static Text elementCannotBeNull(String field, int index) {
    String element = field + "[" + index + "]";
    return Text.of(element + " ต้องไม่เป็น null", element + " cannot be null");
  }

  /**
   * @param field the parameter or field
   * @param owner the id of what the field belongs to, or {@code null}
   * @param value the negative value
   * @return "{@code field} must be zero or more"
   */
  public static Text mustNotBeNegative(String field, @Nullable String owner, BigDecimal value) {
    return Text.of(
        nameTh(field, owner) + " ต้องเป็นศูนย์หรือมากกว่า แต่ได้รับ " + value,
        nameEn(field, owner) + " must be zero or more, was " + value);
  }

  /**
   * @param field the parameter or field
   * @param owner the id of what the field belongs to, or {@code null}
   * @param value the value with more than two decimal places
   * @return "{@code field} must have at most two decimal places"
   */
  public static Text tooManyDecimals(String field, @Nullable String owner, BigDecimal value) {
    return Text.of(
        nameTh(field, owner) + " ต้องมีทศนิยมไม่เกินสองตำแหน่ง แต่ได้รับ " + value.toPlainString(),
        nameEn(field, owner)
            + " must have at most two decimal places, was "
            + value.toPlainString());
  }

  /**
   * @param field the parameter or field
   * @param owner the id of what the field belongs to, or {@code null}
   * @param value the value that is zero or less
   * @return "{@code field} must be more than zero"
   */
  public static Text mustBePositive(String field, @Nullable String owner, BigDecimal value) {
    return Text.of(
        nameTh(field, owner) + " ต้องมากกว่าศูนย์ แต่ได้รับ " + value,
        nameEn(field, owner) + " must be more than zero, was " + value);
  }

  private static String nameEn(String field, @Nullable String owner) {
    return owner == null ? field : field + " of " + owner;
  }

  private static String nameTh(String field, @Nullable String owner) {
    return owner == null ? field : field + " ของ '" + owner + "'";
  }

  // Text and time.

  /** {@return the message for a text blank in both languages} */
  public static Text blankText() {
    return Text.of(
        "ข้อความต้องมีภาษาไทยหรือภาษาอังกฤษอย่างน้อยหนึ่งภาษา แต่ว่างทั้งสองภาษา",
        "text needs Thai or English, both are blank");
  }

  /**
   * @param from the first day
   * @param to the last day, before the first
   * @return the message
   */
  public static Text dateRangeReversed(LocalDate from, LocalDate to) {
    return Text.of(
        "ช่วงวันที่สิ้นสุด (" + to + ") ก่อนวันเริ่มต้น (" + from + ")",
        "date range ends (" + to + ") before it starts (" + from + ")");
  }

  /**
   * @param field the date's name
   * @param date the date, whose year is below 0 or above 9999
   * @return the message
   */
  public static Text yearNotFourDigits(String field, LocalDate date) {
    return Text.of(
        field
            + " ต้องเป็นวันที่ที่มีปีสี่หลัก (0000 ถึง 9999) ตามรูปแบบ YYYY-MM-DD แต่ได้รับ "
            + date,
        field
            + " must be a date with a four-digit year (0000 to 9999), as YYYY-MM-DD writes it,"
            + " was "
            + date);
  }

  /**
   * @param year the Common Era year out of range
   * @return the message
   */
  public static Text fiscalYearOutOfRange(int year) {
    return Text.of(
        "ปีงบประมาณต้องเป็นปีคริสต์ศักราช 1900 ถึง 9999 แต่ได้รับ " + year,
        "fiscal year must be a Common Era year from 1900 to 9999, was " + year);
  }

  /**
   * @param number the quarter out of range
   * @return the message
   */
  public static Text quarterOutOfRange(int number) {
    return Text.of(
        "ไตรมาสต้องเป็น 1 ถึง 4 แต่ได้รับ " + number, "quarter must be 1 to 4, was " + number);
  }

  // A rubric's structure, the registries and scoring.

  /**
   * @param id the id looked for
   * @return the message
   */
  public static Text noSuchCriterion(String id) {
    return Text.of("ไม่พบเกณฑ์รหัส '" + id + "'", "no criterion has the id '" + id + "'");
  }

  /**
   * @param rubricId the rubric
   * @param field the missing field
   * @return the message
   */
  public static Text missing(String rubricId, String field) {
    return Text.of(
        "เกณฑ์ชุด '" + rubricId + "' ยังไม่ได้กำหนด " + field,
        "rubric '" + rubricId + "' has no " + field);
  }

  /**
   * @param id the repeated id
   * @return the message
   */
  public static Text duplicateId(String id) {
    return Text.of(
        "รหัส '" + id + "' ถูกใช้ซ้ำในเกณฑ์ชุดเดียวกัน",
        "the id '" + id + "' is used more than once in the rubric");
  }

  /**
   * @param id the leaf
   * @return the message
   */
  public static Text leafWithoutIndicators(String id) {
    return Text.of(
        "เกณฑ์ '" + id + "' เป็นเกณฑ์ย่อยสุดที่มีคะแนนแต่ไม่มีตัวชี้วัด",
        "criterion '" + id + "' is a scored leaf without indicators");
  }

  /**
   * @param id the profile node
   * @return the message
   */
  public static Text profileScored(String id) {
    return Text.of(
        "โครงร่างองค์กร '" + id + "' ไม่มีคะแนน จึงกำหนดคะแนน น้ำหนัก หรือตัวชี้วัดไม่ได้",
        "profile criterion '"
            + id
            + "' is unscored and cannot have points, a weight or indicators");
  }

  /**
   * @param parentId the parent, or the rubric id for the top level
   * @return the message
   */
  public static Text mixedPointsAndWeights(String parentId) {
    return Text.of(
        "เกณฑ์ย่อยของ '" + parentId + "' ต้องใช้คะแนนเต็มทั้งหมดหรือน้ำหนักทั้งหมด ห้ามปนกัน",
        "the children of '" + parentId + "' mix fixed points and weights; use one or the other");
  }

  /**
   * @param parentId the parent
   * @param expected the parent's points
   * @param actual the children's sum
   * @return the message
   */
  public static Text pointsDoNotAddUp(String parentId, BigDecimal expected, BigDecimal actual) {
    return Text.of(
        "คะแนนของเกณฑ์ย่อยภายใต้ '"
            + parentId
            + "' รวมได้ "
            + actual.toPlainString()
            + " แต่ต้องเท่ากับ "
            + expected.toPlainString(),
        "the points of the children of '"
            + parentId
            + "' add up to "
            + actual.toPlainString()
            + ", not "
            + expected.toPlainString());
  }

  /**
   * @param parentId the parent with a weight only
   * @return the message
   */
  public static Text fixedPointsUnderWeight(String parentId) {
    return Text.of(
        "'" + parentId + "' กำหนดเป็นน้ำหนัก เกณฑ์ย่อยจึงต้องกำหนดเป็นน้ำหนักด้วย",
        "'" + parentId + "' has a weight, so its children must have weights too, not fixed points");
  }

  /**
   * @param parentId the criterion whose parts are its indicators beside its children
   * @param expected the criterion's points
   * @param actual the children's points and the indicators' weights added up
   * @return the message
   */
  public static Text partsDoNotAddUp(String parentId, BigDecimal expected, BigDecimal actual) {
    return Text.of(
        "คะแนนของเกณฑ์ย่อยรวมกับน้ำหนักของตัวชี้วัดภายใต้ '"
            + parentId
            + "' ได้ "
            + actual.toPlainString()
            + " แต่ต้องเท่ากับ "
            + expected.toPlainString(),
        "the points of the children of '"
            + parentId
            + "' and the weights of its indicators add up to "
            + actual.toPlainString()
            + ", not "
            + expected.toPlainString());
  }

  /**
   * @param id the criterion, or the rubric for its top-level criteria
   * @param points the points to share, or {@code null} when the node has a weight
   * @return "the parts of X all weigh 0, so its N points cannot be shared"
   */
  public static Text partsWeighNothing(String id, @Nullable BigDecimal points) {
    String th = points == null ? "คะแนน" : "คะแนน " + points.toPlainString() + " คะแนน";
    String en = points == null ? "points" : points.toPlainString() + " points";
    return Text.of(
        "ทุกส่วนของ '" + id + "' มีน้ำหนัก 0 จึงแบ่ง" + th + "ของ '" + id + "' ไม่ได้",
        "the parts of '" + id + "' all weigh 0, so its " + en + " cannot be shared");
  }

  /**
   * @param rubricId the rubric
   * @return the message
   */
  public static Text totalNeeded(String rubricId) {
    return Text.of(
        "เกณฑ์ชุด '" + rubricId + "' ใช้น้ำหนักในระดับบนสุด จึงต้องกำหนดคะแนนรวม",
        "rubric '" + rubricId + "' weighs its top-level criteria, so it needs totalPoints");
  }

  /**
   * @param rubricId the rubric
   * @return the message
   */
  public static Text nothingScored(String rubricId) {
    return Text.of(
        "เกณฑ์ชุด '" + rubricId + "' ไม่มีเกณฑ์ที่ให้คะแนน",
        "rubric '" + rubricId + "' has no scored criterion");
  }

  /**
   * @param owner the ladder or scheme
   * @param criterionId the unknown criterion
   * @return the message
   */
  public static Text unknownCriterionIn(String owner, String criterionId) {
    return Text.of(
        "'" + owner + "' อ้างถึงเกณฑ์ '" + criterionId + "' ซึ่งไม่มีในเกณฑ์ชุดนี้",
        "'" + owner + "' refers to criterion '" + criterionId + "', which the rubric lacks");
  }

  /**
   * @param owner the ladder, rung, gate or award tier that refers to the indicator
   * @param indicatorId the indicator it names
   * @return "'owner' refers to indicator 'indicatorId', which the rubric lacks"
   */
  public static Text unknownIndicatorIn(String owner, String indicatorId) {
    return Text.of(
        "'" + owner + "' อ้างถึงตัวชี้วัด '" + indicatorId + "' ซึ่งไม่มีในเกณฑ์ชุดนี้",
        "'" + owner + "' refers to indicator '" + indicatorId + "', which the rubric lacks");
  }

  /**
   * @param owner the scheme
   * @param ladderId the ladder
   * @param rungId the rung
   * @return the message
   */
  public static Text unknownRungIn(String owner, String ladderId, String rungId) {
    return Text.of(
        "'" + owner + "' อ้างถึงระดับ '" + rungId + "' ของ '" + ladderId + "' ซึ่งไม่มีอยู่",
        "'"
            + owner
            + "' refers to rung '"
            + rungId
            + "' of ladder '"
            + ladderId
            + "', which does not exist");
  }

  /**
   * @param id the unknown strategy
   * @param known the registered ones
   * @return the message
   */
  public static Text unknownStrategy(String id, Collection<String> known) {
    return Text.of(
        "ไม่รู้จักวิธีคิดคะแนน '" + id + "' (ที่มี: " + String.join(", ", known) + ")",
        "unknown scoring strategy '" + id + "' (known: " + String.join(", ", known) + ")");
  }

  /**
   * @param id the repeated strategy
   * @return the message
   */
  public static Text duplicateStrategy(String id) {
    return Text.of(
        "วิธีคิดคะแนน '" + id + "' ถูกลงทะเบียนซ้ำ",
        "scoring strategy '" + id + "' is registered twice");
  }

  /**
   * @param strategy the strategy
   * @param criterionId the criterion
   * @param indicators how many indicators it has
   * @param bands how many of them are on a band scale
   * @return the message
   */
  public static Text holisticNeedsOneBand(
      String strategy, String criterionId, int indicators, int bands) {
    return Text.of(
        "วิธีคิดคะแนน '"
            + strategy
            + "' ต้องการตัวชี้วัดเพียงหนึ่งตัวซึ่งเป็นแบบช่วงคะแนนที่ '"
            + criterionId
            + "' แต่พบตัวชี้วัด "
            + indicators
            + " ตัว เป็นแบบช่วงคะแนน "
            + bands
            + " ตัว",
        "strategy '"
            + strategy
            + "' needs exactly one indicator, on a band scale, at '"
            + criterionId
            + "'; found "
            + indicators
            + (indicators == 1 ? " indicator, " : " indicators, ")
            + bands
            + " on a band scale");
  }

  /**
   * @param strategy the strategy
   * @param criterionId the criterion
   * @return the message
   */
  public static Text maturityNeedsLevels(String strategy, String criterionId) {
    return Text.of(
        "วิธีคิดคะแนน '" + strategy + "' ต้องการตัวชี้วัดแบบระดับที่ '" + criterionId + "'",
        "strategy '" + strategy + "' needs level-scale indicators at '" + criterionId + "'");
  }

  /**
   * @param strategy the strategy
   * @param criterionId the criterion with both indicators and sub-criteria
   * @return the message
   */
  public static Text strategyNeedsIndicatorsOrChildren(String strategy, String criterionId) {
    return Text.of(
        "วิธีคิดคะแนน '"
            + strategy
            + "' ใช้กับ '"
            + criterionId
            + "' ซึ่งมีทั้งตัวชี้วัดและเกณฑ์ย่อยไม่ได้ ต้องมีอย่างใดอย่างหนึ่ง",
        "strategy '"
            + strategy
            + "' cannot score '"
            + criterionId
            + "', which holds both indicators and sub-criteria; it needs one or the other");
  }

  /**
   * @param ref the reference
   * @return the message
   */
  public static Text duplicateRubric(String ref) {
    return Text.of(
        "เกณฑ์ชุด '" + ref + "' ถูกลงทะเบียนซ้ำ", "rubric '" + ref + "' is registered twice");
  }

  /**
   * @param ref the reference
   * @param known the registered ones
   * @return the message
   */
  public static Text unknownRubric(String ref, Collection<String> known) {
    return Text.of(
        "ไม่พบเกณฑ์ชุด '" + ref + "' (ที่มี: " + String.join(", ", known) + ")",
        "no rubric '" + ref + "' is registered (known: " + String.join(", ", known) + ")");
  }

  /**
   * @param indicatorId the indicator
   * @return the message
   */
  public static Text notRated(String indicatorId) {
    return Text.of(
        "ตัวชี้วัด '" + indicatorId + "' ยังไม่มีผลการประเมิน จึงไม่ถูกนับคะแนน",
        "indicator '" + indicatorId + "' has no rating and earns nothing until rated");
  }

  /**
   * @param indicatorId the indicator
   * @return the message
   */
  public static Text ratedUnknown(String indicatorId) {
    return Text.of(
        "ตัวชี้วัด '" + indicatorId + "' ถูกบันทึกว่าไม่ทราบผล จึงไม่ถูกนับคะแนน",
        "indicator '" + indicatorId + "' is rated unknown and earns nothing until rated");
  }

  /**
   * @param criterionId the criterion
   * @return the message
   */
  public static Text allNotApplicable(String criterionId) {
    return Text.of(
        "ทุกส่วนของ '" + criterionId + "' ไม่เกี่ยวข้อง คะแนนจึงย้ายไปยังส่วนอื่น",
        "every part of '" + criterionId + "' is not applicable; its points move to its siblings");
  }

  /**
   * @param rubricId the rubric
   * @return the message
   */
  public static Text nothingApplicable(String rubricId) {
    return Text.of(
        "ทุกเกณฑ์ของ '" + rubricId + "' ถูกประเมินว่าไม่เกี่ยวข้อง จึงไม่มีสิ่งใดให้คะแนน",
        "every criterion of '"
            + rubricId
            + "' is rated not applicable, so nothing could be scored");
  }

  /**
   * @param strategy the strategy
   * @param earned what it returned
   * @param criterionId the criterion
   * @param possible the criterion's maximum
   * @return the message
   */
  public static Text strategyOutOfRange(
      String strategy, BigDecimal earned, String criterionId, BigDecimal possible) {
    return Text.of(
        "วิธีคิดคะแนน '"
            + strategy
            + "' ให้ "
            + earned.toPlainString()
            + " แก่ '"
            + criterionId
            + "' ซึ่งคะแนนเต็มคือ "
            + possible.toPlainString()
            + " และต้องมีทศนิยมไม่เกินสองตำแหน่ง",
        "strategy '"
            + strategy
            + "' returned "
            + earned.toPlainString()
            + " for '"
            + criterionId
            + "', whose maximum is "
            + possible.toPlainString()
            + " with two decimal places");
  }

  /**
   * The message of a strategy that cannot score a criterion: the strategy's own reason when it
   * names both ids in both languages, otherwise the reason after both ids.
   *
   * @param strategy the strategy
   * @param criterionId the criterion
   * @param reason the strategy's reason
   * @return the message
   */
  public static Text strategyMisfit(String strategy, String criterionId, Text reason) {
    String th = reason.get(Language.TH);
    String en = reason.get(Language.EN);
    if (names(th, strategy, criterionId) && names(en, strategy, criterionId)) {
      return reason;
    }
    return Text.of(
        "วิธีคิดคะแนน '" + strategy + "' ใช้กับเกณฑ์ '" + criterionId + "' ไม่ได้: " + th,
        "strategy '" + strategy + "' cannot score criterion '" + criterionId + "': " + en);
  }

  private static boolean names(String text, String strategy, String criterionId) {
    return text.contains("'" + strategy + "'") && text.contains("'" + criterionId + "'");
  }

  // Exact arithmetic (Ratio).

  /**
   * @param expression what was divided
   * @return "cannot divide by zero: {@code expression}"
   */
  public static Text divisionByZero(String expression) {
    return Text.of("หารด้วยศูนย์ไม่ได้: " + expression, "cannot divide by zero: " + expression);
  }

  /**
   * @param text the text read
   * @return "'{@code text}' is not a ratio such as 50/3 or a decimal such as 0.25"
   */
  public static Text notARatio(String text) {
    return Text.of(
        "'" + text + "' ไม่ใช่อัตราส่วน เช่น 50/3 หรือทศนิยม เช่น 0.25",
        "'" + text + "' is not a ratio such as 50/3 or a decimal such as 0.25");
  }
}
