package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;

/**
 * The bilingual messages of assessments: their parts as they are built, the rubric's rules checked
 * on them, and the summary of an invalid one. See {@link Messages} for the rules every message
 * follows.
 */
public final class AssessmentMessages {
  private AssessmentMessages() {}

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
   * @param value the rating above the lowest band
   * @return the message
   */
  public static Text evidenceRequired(String value) {
    return Text.of(
        "ผลการประเมิน " + value + " สูงกว่าระดับต่ำสุด จึงต้องอ้างอิงหลักฐานอย่างน้อยหนึ่งรายการ",
        "a rating of " + value + " above the lowest band must cite at least one piece of evidence");
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
