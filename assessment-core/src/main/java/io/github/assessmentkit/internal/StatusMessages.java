package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;

/**
 * The bilingual messages of an assessment's status: the moves refused, a final assessment changed,
 * the warning on a scorecard of an assessment that is not final, and why a cohort leaves a summary
 * out. See {@link Messages} for the rules every message follows.
 */
public final class StatusMessages {
  private StatusMessages() {}

  /**
   * @param id the assessment
   * @param from its status, named
   * @param to the status asked for, named
   * @return "assessment id cannot move from from to to"
   */
  public static Text cannotMove(String id, Text from, Text to) {
    return Text.of(
        "การประเมิน '"
            + id
            + "' เปลี่ยนสถานะจาก "
            + from.get(Language.TH)
            + " เป็น "
            + to.get(Language.TH)
            + " ไม่ได้",
        "assessment "
            + id
            + " cannot move from "
            + from.get(Language.EN)
            + " to "
            + to.get(Language.EN));
  }

  /**
   * @param id the final assessment
   * @return "assessment id is final and cannot be changed; supersede it with a new assessment"
   */
  public static Text finalCannotChange(String id) {
    return Text.of(
        "การประเมิน '"
            + id
            + "' เป็นฉบับสุดท้ายแล้ว แก้ไขไม่ได้ ให้ทำการประเมินฉบับใหม่ที่อ้างถึงและแทนที่ฉบับนี้",
        "assessment "
            + id
            + " is final and cannot be changed; supersede it with a new assessment that names it");
  }

  /**
   * @param id the assessment
   * @param status its status, named; not final
   * @return "assessment id is status, not final: change it rather than supersede it"
   */
  public static Text onlyFinalSuperseded(String id, Text status) {
    Text s = status;
    return Text.of(
        "การประเมิน '"
            + id
            + "' มีสถานะ "
            + s.get(Language.TH)
            + " ไม่ใช่ฉบับสุดท้าย ให้แก้ไขฉบับนี้แทนการแทนที่",
        "assessment "
            + id
            + " is "
            + s.get(Language.EN)
            + ", not final: change it rather than supersede it");
  }

  /**
   * @param id the assessment
   * @return "assessment id cannot supersede itself"
   */
  public static Text supersedesItself(String id) {
    return Text.of(
        "การประเมิน '" + id + "' แทนที่ตัวเองไม่ได้",
        "assessment " + id + " cannot supersede itself");
  }

  /**
   * @param id the assessment scored
   * @param status its status, named; not final
   * @return "assessment id is status, not final: its result may still change"
   */
  public static Text notFinal(String id, Text status) {
    Text s = status;
    return Text.of(
        "การประเมิน '"
            + id
            + "' มีสถานะ "
            + s.get(Language.TH)
            + " ไม่ใช่ฉบับสุดท้าย ผลคะแนนอาจยังเปลี่ยนได้",
        "assessment "
            + id
            + " is "
            + s.get(Language.EN)
            + ", not final: its result may still change");
  }

  /**
   * @param subjectId the organisation
   * @param status the status of its summary, named; not final
   * @return "the summary of organisation subjectId is status, not final"
   */
  public static Text leftOutNotFinal(String subjectId, Text status) {
    Text s = status;
    return Text.of(
        "สรุปผลขององค์กร " + subjectId + " มีสถานะ " + s.get(Language.TH) + " ไม่ใช่ฉบับสุดท้าย",
        "the summary of organisation " + subjectId + " is " + s.get(Language.EN) + ", not final");
  }
}
