package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Text;

/**
 * The bilingual messages of assessor consensus. See {@link Messages} for the rules every message
 * follows. Not part of the public API.
 */
public final class ConsensusMessages {
  private ConsensusMessages() {}

  /** {@return "a panel needs at least one assessment"} */
  public static Text noAssessments() {
    return Text.of(
        "คณะผู้ประเมินต้องมีการประเมินอย่างน้อยหนึ่งฉบับ", "a panel needs at least one assessment");
  }

  /**
   * @param id the assessment
   * @param what "subject", "rubric" or "fiscal year" in each language
   * @param found its value
   * @param expected the panel's value
   * @return "assessment 'x' is of another subject: 'b', the panel's is 'a'"
   */
  public static Text mixed(String id, Text what, String found, String expected) {
    return Text.of(
        "การประเมิน '"
            + id
            + "' ต่าง"
            + what.th()
            + ": '"
            + found
            + "' แต่ของคณะผู้ประเมินคือ '"
            + expected
            + "'",
        "assessment '"
            + id
            + "' is of another "
            + what.en()
            + ": '"
            + found
            + "', the panel's is '"
            + expected
            + "'");
  }

  /** {@return "subject" in each language} */
  public static Text subject() {
    return Text.of("หน่วยที่ประเมิน", "subject");
  }

  /** {@return "rubric" in each language} */
  public static Text rubric() {
    return Text.of("เกณฑ์", "rubric");
  }

  /** {@return "fiscal year" in each language} */
  public static Text fiscalYear() {
    return Text.of("ปีงบประมาณ", "fiscal year");
  }

  /**
   * @param id the assessment
   * @param count how many assessors it lists
   * @return "assessment 'x' lists 2 assessors; each individual assessment lists exactly one"
   */
  public static Text notOneAssessor(String id, int count) {
    return Text.of(
        "การประเมิน '"
            + id
            + "' ระบุผู้ประเมิน "
            + count
            + " คน; การประเมินรายบุคคลแต่ละฉบับต้องระบุผู้ประเมินหนึ่งคนพอดี",
        "assessment '"
            + id
            + "' lists "
            + count
            + " assessors; each individual assessment lists exactly one");
  }

  /**
   * @param id the assessment
   * @param assessorId the assessor
   * @param other the other assessment of that assessor
   * @return "assessment 'x' is by assessor 'a', who already rated in assessment 'y'"
   */
  public static Text assessorTwice(String id, String assessorId, String other) {
    return Text.of(
        "การประเมิน '"
            + id
            + "' เป็นของผู้ประเมิน '"
            + assessorId
            + "' ซึ่งประเมินไว้แล้วในการประเมิน '"
            + other
            + "'",
        "assessment '"
            + id
            + "' is by assessor '"
            + assessorId
            + "', who already rated in assessment '"
            + other
            + "'");
  }

  /**
   * @param id the assessment
   * @return "assessment 'x' is in the panel twice"
   */
  public static Text assessmentTwice(String id) {
    return Text.of(
        "การประเมิน '" + id + "' อยู่ในคณะผู้ประเมินซ้ำ",
        "assessment '" + id + "' is in the panel twice");
  }

  /**
   * @param id the assessment
   * @return "assessment 'x' is itself a consensus, not an individual assessment"
   */
  public static Text consensusInPanel(String id) {
    return Text.of(
        "การประเมิน '" + id + "' เป็นผลฉันทามติ ไม่ใช่การประเมินรายบุคคล",
        "assessment '" + id + "' is itself a consensus, not an individual assessment");
  }

  /**
   * @param indicatorId the indicator
   * @return "indicator 'x' is not in the rubric"
   */
  public static Text unknownIndicator(String indicatorId) {
    return Text.of(
        "ไม่มีตัวชี้วัด '" + indicatorId + "' ในเกณฑ์",
        "indicator '" + indicatorId + "' is not in the rubric");
  }

  /**
   * @param indicatorId the indicator
   * @return "nothing to confirm for indicator 'x': no assessor rated it; override it instead"
   */
  public static Text nothingToConfirm(String indicatorId) {
    return Text.of(
        "ไม่มีข้อเสนอให้ยืนยันสำหรับตัวชี้วัด '"
            + indicatorId
            + "': ไม่มีผู้ประเมินคนใดให้คะแนน ให้กำหนดค่าแทน",
        "nothing to confirm for indicator '"
            + indicatorId
            + "': no assessor rated it; override it instead");
  }

  /**
   * @param indicators the indicators
   * @return "no decision yet on indicators 'a', 'b'"
   */
  public static Text undecided(java.util.List<String> indicators) {
    String list = "'" + String.join("', '", indicators) + "'";
    return Text.of(
        "ยังไม่มีการตัดสินสำหรับตัวชี้วัด " + list, "no decision yet on indicators " + list);
  }

  /**
   * @param number the entry's number
   * @param expected the number it should have
   * @return "trail entry 4 should be numbered 3: entries count from 1 without gaps"
   */
  public static Text misnumbered(int number, int expected) {
    return Text.of(
        "รายการบันทึกที่ "
            + number
            + " ควรเป็นลำดับที่ "
            + expected
            + ": รายการนับจาก 1 โดยไม่ข้าม",
        "trail entry "
            + number
            + " should be numbered "
            + expected
            + ": entries count from 1 without gaps");
  }

  /**
   * @param number the entry's number
   * @param supersedes what it says it supersedes
   * @param expected the entry it must supersede, or 0 for none
   * @return "trail entry 3 supersedes entry 1, but the decision it replaces is entry 2"
   */
  public static Text wrongSupersedes(int number, int supersedes, int expected) {
    String th =
        expected == 0
            ? "รายการบันทึกที่ "
                + number
                + " อ้างว่าแทนรายการที่ "
                + supersedes
                + " แต่ไม่มีการตัดสินก่อนหน้า"
            : "รายการบันทึกที่ "
                + number
                + " ต้องแทนรายการที่ "
                + expected
                + " ไม่ใช่ "
                + (supersedes == 0 ? "ไม่ระบุ" : String.valueOf(supersedes));
    String en =
        expected == 0
            ? "trail entry "
                + number
                + " supersedes entry "
                + supersedes
                + ", but there is no earlier decision on its indicator"
            : "trail entry "
                + number
                + " must supersede entry "
                + expected
                + ", the earlier decision on its indicator, not "
                + (supersedes == 0 ? "none" : "entry " + supersedes);
    return Text.of(th, en);
  }

  /**
   * @param number the entry's number
   * @return "trail entry 2 overrides without a reason"
   */
  public static Text overrideWithoutReason(int number) {
    return Text.of(
        "รายการบันทึกที่ " + number + " เปลี่ยนค่าโดยไม่ระบุเหตุผล",
        "trail entry " + number + " overrides without a reason");
  }

  /**
   * @param trail what the trail names
   * @param panel what the panel holds
   * @return "the trail is of assessments [a, b], the panel holds [a, c]"
   */
  public static Text trailOfOtherPanel(String trail, String panel) {
    return Text.of(
        "บันทึกนี้เป็นของการประเมิน " + trail + " แต่คณะผู้ประเมินมี " + panel,
        "the trail is of assessments " + trail + ", the panel holds " + panel);
  }

  /**
   * @param value the value
   * @return "'37' is not a value of the scale"
   */
  public static Text notOnScale(String value) {
    return Text.of(
        "'" + value + "' ไม่ใช่ค่าในมาตรวัด", "'" + value + "' is not a value of the scale");
  }
}
