package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;

/**
 * The bilingual messages of assessments: their parts as they are built, the rubric's rules checked
 * on them, and the summary of an invalid one. See {@link Messages} for the rules every message
 * follows.
 */
public final class AssessmentMessages {
  private AssessmentMessages() {}

  /**
   * @param more how many violations a report left out
   * @return the message
   */
  public static Text moreViolations(long more) {
    return Text.of(
        "และอีก " + more + " รายการที่ไม่ได้แสดง", "and " + more + " more violations not shown");
  }

  /**
   * @param id the evidence
   * @return the message
   */
  public static Text malformedSha256(String id) {
    return Text.of(
        "sha256 ของหลักฐาน '" + id + "' ต้องเป็นเลขฐานสิบหกตัวพิมพ์เล็ก 64 หลัก",
        "sha256 of evidence " + id + " must be 64 lowercase hex digits");
  }

  /**
   * @param id the measure
   * @param period the period with two values
   * @return the message
   */
  public static Text twoValuesInOnePeriod(String id, String period) {
    return Text.of(
        "ตัวชี้วัดเชิงปริมาณ '" + id + "' มีสองค่าสำหรับ " + period,
        "measure " + id + " has two values for " + period);
  }

  /**
   * @param id the measure
   * @param field the list, {@code comparisons}, {@code indicatorIds} or {@code requirements}
   * @param value the value given twice
   * @return "measure kpi-1 lists requirements member-savings twice"
   */
  public static Text repeatedInMeasure(String id, String field, String value) {
    return Text.of(
        "ตัวชี้วัดเชิงปริมาณ '" + id + "' ระบุ " + field + " '" + value + "' ซ้ำ",
        "measure " + id + " lists " + field + " " + value + " twice");
  }

  // The rubric's rules on an assessment.

  /**
   * @param answered the rubric the assessment answers
   * @param used the rubric it is checked against
   * @return the message
   */
  public static Text answersAnotherRubric(String answered, String used) {
    return Text.of(
        "การประเมินอ้างถึงเกณฑ์ " + answered + " แต่ใช้เกณฑ์ " + used,
        "the assessment answers " + answered + ", not " + used);
  }

  /**
   * @param rubric the rubric
   * @param indicatorId the indicator it lacks
   * @return the message
   */
  public static Text noSuchIndicator(String rubric, String indicatorId) {
    return Text.of(
        "เกณฑ์ " + rubric + " ไม่มีตัวชี้วัด '" + indicatorId + "'",
        "rubric " + rubric + " has no indicator '" + indicatorId + "'");
  }

  /**
   * @param indicatorId the indicator
   * @return the message
   */
  public static Text ratedTwice(String indicatorId) {
    return Text.of(
        "ตัวชี้วัด '" + indicatorId + "' ถูกประเมินมากกว่าหนึ่งครั้ง",
        "indicator '" + indicatorId + "' is rated more than once");
  }

  /**
   * @param evidenceId the evidence cited
   * @return the message
   */
  public static Text noSuchEvidence(String evidenceId) {
    return Text.of(
        "อ้างถึงหลักฐาน '" + evidenceId + "' ซึ่งไม่มีในการประเมินนี้",
        "cites evidence '" + evidenceId + "', which the assessment does not hold");
  }

  /**
   * @param assessorId the assessor
   * @return the message
   */
  public static Text noSuchAssessor(String assessorId) {
    return Text.of(
        "ผู้ประเมิน '" + assessorId + "' ไม่อยู่ในรายชื่อผู้ประเมิน",
        "assessor '" + assessorId + "' is not among the assessors");
  }

  /**
   * @param indicatorId the indicator rated not applicable
   * @return "indicator 'id' cannot be rated not applicable: the rubric requires a rating"
   */
  public static Text notApplicableNotAllowed(String indicatorId) {
    return Text.of(
        "ตัวชี้วัด '"
            + indicatorId
            + "' ประเมินเป็นไม่เกี่ยวข้องไม่ได้ เกณฑ์กำหนดให้ต้องให้ผลการประเมิน",
        "indicator '"
            + indicatorId
            + "' cannot be rated not applicable: the rubric requires a rating");
  }

  /**
   * @param value the rating above the lowest band
   * @return the message
   */
  public static Text evidenceRequired(String value) {
    return Text.of(
        "ผลการประเมิน " + value + " สูงกว่าระดับต่ำสุด จึงต้องอ้างอิงหลักฐานอย่างน้อยหนึ่งรายการ",
        "a rating of " + value + " above the lowest band must cite at least one piece of evidence");
  }

  /**
   * @param value the rating's value
   * @param above the percent of the indicator's points above which evidence is required
   * @return the message
   */
  public static Text evidenceRequiredAbove(String value, BigDecimal above) {
    String a = above.toPlainString();
    return Text.of(
        "ผลการประเมิน "
            + value
            + " ได้เกินร้อยละ "
            + a
            + " ของคะแนนตัวชี้วัด จึงต้องอ้างอิงหลักฐานอย่างน้อยหนึ่งรายการ",
        "a rating of "
            + value
            + " earns more than "
            + a
            + " % of the indicator's points, so it must cite at least one piece of evidence");
  }

  /**
   * @param value the rating's value
   * @param above the percent of the indicator's points above which a strength is required
   * @return the message
   */
  public static Text strengthsRequired(String value, BigDecimal above) {
    String a = above.toPlainString();
    return Text.of(
        "ผลการประเมิน "
            + value
            + " ได้เกินร้อยละ "
            + a
            + " ของคะแนนตัวชี้วัด จึงต้องระบุจุดแข็งอย่างน้อยหนึ่งข้อ",
        "a rating of "
            + value
            + " earns more than "
            + a
            + " % of the indicator's points, so it must name at least one strength");
  }

  /**
   * @param value the rating's value
   * @param above the percent of the indicator's points above which an opportunity for improvement
   *     is required
   * @return the message
   */
  public static Text improvementsRequired(String value, BigDecimal above) {
    String a = above.toPlainString();
    return Text.of(
        "ผลการประเมิน "
            + value
            + " ได้เกินร้อยละ "
            + a
            + " ของคะแนนตัวชี้วัด จึงต้องระบุโอกาสในการปรับปรุงอย่างน้อยหนึ่งข้อ",
        "a rating of "
            + value
            + " earns more than "
            + a
            + " % of the indicator's points, so it must name at least one opportunity for"
            + " improvement");
  }

  /**
   * @param id the evidence
   * @param from the first day it speaks for
   * @param to the last day it speaks for
   * @param year the fiscal year assessed
   * @return the message
   */
  public static Text evidenceNotCovering(String id, String from, String to, Text year) {
    return Text.of(
        "หลักฐาน '"
            + id
            + "' ใช้ได้ช่วง "
            + from
            + " ถึง "
            + to
            + " ซึ่งไม่ครอบคลุม"
            + year.get(Language.TH),
        "evidence '"
            + id
            + "' speaks for "
            + from
            + " to "
            + to
            + ", which does not cover "
            + year.get(Language.EN));
  }

  /**
   * @param id the evidence
   * @param collectedOn when it was collected
   * @param year the fiscal year assessed
   * @return the message
   */
  public static Text evidenceCollectedBefore(String id, String collectedOn, Text year) {
    return Text.of(
        "หลักฐาน '"
            + id
            + "' เก็บเมื่อ "
            + collectedOn
            + " ก่อนเริ่ม"
            + year.get(Language.TH)
            + " และไม่ระบุช่วงเวลาที่ใช้ได้",
        "evidence '"
            + id
            + "' was collected on "
            + collectedOn
            + ", before "
            + year.get(Language.EN)
            + " began, and states no period it speaks for");
  }

  /**
   * @param id the evidence
   * @param expiresOn the last day it holds
   * @param year the fiscal year assessed
   * @return the message
   */
  public static Text evidenceExpired(String id, String expiresOn, Text year) {
    return Text.of(
        "หลักฐาน '" + id + "' หมดอายุ " + expiresOn + " ก่อนสิ้น" + year.get(Language.TH),
        "evidence '"
            + id
            + "' expires on "
            + expiresOn
            + ", before the end of "
            + year.get(Language.EN));
  }

  /**
   * @param id the evidence
   * @param collectedOn when it was collected
   * @param year the fiscal year assessed
   * @return the message
   */
  public static Text evidenceCollectedAfter(String id, String collectedOn, Text year) {
    return Text.of(
        "หลักฐาน '"
            + id
            + "' เก็บเมื่อ "
            + collectedOn
            + " เกิน 150 วันหลังสิ้น"
            + year.get(Language.TH),
        "evidence '"
            + id
            + "' was collected on "
            + collectedOn
            + ", more than 150 days after the end of "
            + year.get(Language.EN));
  }

  /**
   * @param indicatorId the indicator rated
   * @param reason why the evidence it cites is not valid for the year
   * @return the message of the scorecard's warning
   */
  public static Text ratingOnInvalidEvidence(String indicatorId, Text reason) {
    return Text.of(
        "ตัวชี้วัด '"
            + indicatorId
            + "' อ้างอิงหลักฐานที่ใช้ไม่ได้กับปีที่ประเมิน: "
            + reason.get(Language.TH),
        "indicator '"
            + indicatorId
            + "' cites evidence not valid for the year assessed: "
            + reason.get(Language.EN));
  }

  // Ratings per dimension of a band scale.

  /**
   * @param code the dimension
   * @param value the value given
   * @return the message
   */
  public static Text dimensionNotAPercentage(String code, String value) {
    return Text.of(
        "ผลการประเมินมิติ '" + code + "' ต้องเป็นร้อยละตั้งแต่ 0 ถึง 100 แต่ได้รับ " + value,
        "the rating of dimension '" + code + "' must be a percentage from 0 to 100, was " + value);
  }

  /**
   * @param indicatorId the indicator
   * @param code the dimension rated
   * @return the message
   */
  public static Text dimensionWithoutBandScale(String indicatorId, String code) {
    return Text.of(
        "ตัวชี้วัด '"
            + indicatorId
            + "' ไม่ได้ใช้มาตรวัดแบบช่วงคะแนน จึงประเมินมิติ '"
            + code
            + "' ไม่ได้",
        "indicator '"
            + indicatorId
            + "' is not rated on a band scale, so dimension '"
            + code
            + "' cannot be rated");
  }

  /**
   * @param indicatorId the indicator
   * @param code the dimension rated
   * @return the message
   */
  public static Text dimensionWithoutValue(String indicatorId, String code) {
    return Text.of(
        "ตัวชี้วัด '"
            + indicatorId
            + "' ไม่มีค่าผลการประเมิน (ไม่เกี่ยวข้องหรือไม่ทราบ) จึงประเมินมิติ '"
            + code
            + "' ไม่ได้",
        "indicator '"
            + indicatorId
            + "' has no rated value (not applicable or unknown), so dimension '"
            + code
            + "' cannot be rated");
  }

  /**
   * @param indicatorId the indicator
   * @param code the dimension its scale lacks
   * @param known the dimensions of its scale
   * @return the message
   */
  public static Text noSuchDimension(String indicatorId, String code, List<String> known) {
    String list = known.isEmpty() ? "-" : String.join(", ", known);
    return Text.of(
        "มาตรวัดของตัวชี้วัด '"
            + indicatorId
            + "' ไม่มีมิติ '"
            + code
            + "' (มิติที่มี: "
            + list
            + ")",
        "the scale of indicator '"
            + indicatorId
            + "' has no dimension '"
            + code
            + "' (dimensions: "
            + list
            + ")");
  }

  /**
   * @param indicatorId the indicator
   * @param code the dimension rated twice
   * @return the message
   */
  public static Text dimensionRatedTwice(String indicatorId, String code) {
    return Text.of(
        "มิติ '" + code + "' ของตัวชี้วัด '" + indicatorId + "' ถูกประเมินมากกว่าหนึ่งครั้ง",
        "dimension '" + code + "' of indicator '" + indicatorId + "' is rated more than once");
  }

  /**
   * @param indicatorId the indicator
   * @param code the dimension
   * @param reason why its scale does not allow the value
   * @return the message
   */
  public static Text dimensionValueNotAllowed(String indicatorId, String code, Text reason) {
    return Text.of(
        "มิติ '" + code + "' ของตัวชี้วัด '" + indicatorId + "': " + reason.get(Language.TH),
        "dimension '" + code + "' of indicator '" + indicatorId + "': " + reason.get(Language.EN));
  }

  /**
   * @param indicatorId the indicator
   * @param value its rating, above 0
   * @param missing the dimensions not rated
   * @return the message
   */
  public static Text dimensionsNotRated(String indicatorId, String value, List<String> missing) {
    String list = String.join(", ", missing);
    return Text.of(
        "ตัวชี้วัด '"
            + indicatorId
            + "' ได้ร้อยละ "
            + value
            + " ซึ่งมากกว่า 0 แต่ยังไม่ได้ประเมินมิติ "
            + list
            + " เกณฑ์กำหนดให้ประเมินทุกมิติ",
        "indicator '"
            + indicatorId
            + "' is rated "
            + value
            + ", above 0, but "
            + (missing.size() == 1 ? "dimension " + list + " is" : "dimensions " + list + " are")
            + " not rated; the rubric requires every dimension");
  }

  /**
   * @param id the repeated id
   * @return the message
   */
  public static Text idUsedTwice(String id) {
    return Text.of("รหัส '" + id + "' ถูกใช้ซ้ำ", "the id '" + id + "' is used more than once");
  }

  /**
   * @param count how many violations
   * @param firstPath where the first one is
   * @param firstMessage what the first one is
   * @return the summary of an invalid assessment
   */
  public static Text invalidAssessment(int count, String firstPath, Text firstMessage) {
    return Text.of(
        "การประเมินไม่ถูกต้อง "
            + count
            + " จุด; จุดแรก: "
            + firstPath
            + " "
            + firstMessage.get(Language.TH),
        "the assessment is invalid in "
            + count
            + (count == 1 ? " place" : " places")
            + "; first: "
            + firstPath
            + " "
            + firstMessage.get(Language.EN));
  }
}
