package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * Every bilingual error and warning message of the model and scoring, in one place, so that wording
 * stays consistent and tests can assert the exact text.
 */
public final class Messages {
  private Messages() {}

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
}
