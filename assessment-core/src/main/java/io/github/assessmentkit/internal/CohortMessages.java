package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;

/**
 * The bilingual messages of a cohort: why a summary does not belong to it, and the words its
 * rankings, plaques and learning pairs are explained with. See {@link Messages} for the rules every
 * message follows.
 */
public final class CohortMessages {
  private CohortMessages() {}

  // Summaries that do not belong to a cohort.

  /**
   * @param subjectId the organisation
   * @param found the rubric its summary was scored against
   * @param expected the cohort's rubric
   * @return "organisation subjectId was scored against found, not expected"
   */
  public static Text otherRubric(String subjectId, String found, String expected) {
    return Text.of(
        "องค์กร " + subjectId + " ประเมินตามเกณฑ์ " + found + " ไม่ใช่ " + expected,
        "organisation " + subjectId + " was scored against " + found + ", not " + expected);
  }

  /**
   * @param subjectId the organisation
   * @param found the fiscal year of its summary
   * @param expected the cohort's fiscal year
   * @return "organisation subjectId was assessed for found, not expected"
   */
  public static Text otherPeriod(String subjectId, Text found, Text expected) {
    return Text.of(
        "องค์กร "
            + subjectId
            + " ประเมินสำหรับ"
            + found.get(Language.TH)
            + " ไม่ใช่"
            + expected.get(Language.TH),
        "organisation "
            + subjectId
            + " was assessed for "
            + found.get(Language.EN).toLowerCase(java.util.Locale.ROOT)
            + ", not "
            + expected.get(Language.EN).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * @param subjectId the organisation
   * @param rubric the cohort's rubric
   * @return "the nodes of organisation subjectId are not those of rubric"
   */
  public static Text otherNodes(String subjectId, String rubric) {
    return Text.of(
        "รายการเกณฑ์ในสรุปผลขององค์กร " + subjectId + " ไม่ตรงกับเกณฑ์ " + rubric,
        "the nodes of organisation " + subjectId + "'s summary are not those of " + rubric);
  }

  /**
   * @param subjectId the organisation
   * @return "organisation subjectId appears twice"
   */
  public static Text duplicateSubject(String subjectId) {
    return Text.of(
        "องค์กร " + subjectId + " ปรากฏมากกว่าหนึ่งครั้ง",
        "organisation " + subjectId + " appears more than once");
  }

  /**
   * @param subjectId the organisation
   * @param decisionId the ladder or award scheme
   * @return "organisation subjectId has no outcome for decisionId"
   */
  public static Text missingOutcome(String subjectId, String decisionId) {
    return Text.of(
        "สรุปผลขององค์กร " + subjectId + " ไม่มีผลของ " + decisionId,
        "organisation " + subjectId + "'s summary has no outcome for " + decisionId);
  }

  /**
   * @param subjectId the organisation
   * @param decisionId the ladder or award scheme
   * @param resultId the rung or tier it names
   * @return "organisation subjectId: decisionId has no rung or tier resultId"
   */
  public static Text unknownOutcome(String subjectId, String decisionId, String resultId) {
    return Text.of(
        "องค์กร " + subjectId + ": " + decisionId + " ไม่มีขั้นหรือระดับรางวัล " + resultId,
        "organisation " + subjectId + ": " + decisionId + " has no rung or tier " + resultId);
  }

  /**
   * @param field what names it, for example {@code "criterionId"}
   * @param id the id
   * @param rubric the cohort's rubric
   * @return "rubric has no field id"
   */
  public static Text notInRubric(String field, String id, String rubric) {
    return Text.of(
        "เกณฑ์ " + rubric + " ไม่มี " + field + " " + id, rubric + " has no " + field + " " + id);
  }

  /**
   * @param subjectId the organisation
   * @param nodeId the node
   * @return "organisation subjectId: an exact value of nodeId is too large for a summary"
   */
  public static Text tooLarge(String subjectId, String nodeId) {
    return Text.of(
        "องค์กร " + subjectId + ": ค่าที่แน่นอนของ " + nodeId + " ใหญ่เกินกว่าจะเก็บในสรุปผล",
        "organisation "
            + subjectId
            + ": an exact value of "
            + nodeId
            + " is too large for a summary");
  }

  /**
   * @param decisionId the ladder or award scheme
   * @return "an undecided outcome of decisionId names no result"
   */
  public static Text undecidedWithResult(String decisionId) {
    return Text.of(
        "ผลที่ตัดสินไม่ได้ของ " + decisionId + " ต้องไม่ระบุขั้นหรือระดับรางวัล",
        "an undecided outcome of " + decisionId + " names no rung or tier");
  }

  /**
   * @param nodeId the node
   * @return "node nodeId is listed twice"
   */
  public static Text duplicateNode(String nodeId) {
    return Text.of("เกณฑ์ " + nodeId + " ปรากฏซ้ำ", "node " + nodeId + " is listed twice");
  }

  /**
   * @param subjectId the organisation
   * @param nodeId the node
   * @return "organisation subjectId: nodeId earns more than its possible points"
   */
  public static Text earnedAbovePossible(String subjectId, String nodeId) {
    return Text.of(
        "องค์กร " + subjectId + ": " + nodeId + " ได้คะแนนมากกว่าคะแนนเต็ม",
        "organisation " + subjectId + ": " + nodeId + " earns more than its possible points");
  }

  /**
   * @param field the threshold
   * @param value the percent outside 0 to 100
   * @return "field must lie from 0 to 100, was value"
   */
  public static Text percentOutOfRange(String field, java.math.BigDecimal value) {
    return Text.of(
        field + " ต้องอยู่ระหว่าง 0 ถึง 100 แต่ได้รับ " + value.toPlainString(),
        field + " must lie from 0 to 100, was " + value.toPlainString());
  }

  /** {@return the message when a ranking given is not of this cohort} */
  public static Text rankingOfAnotherCohort() {
    return Text.of(
        "ผลการจัดอันดับที่ให้มาไม่ได้มาจากกลุ่มนี้",
        "the ranking given was not made for this cohort");
  }

  // Words of the results.

  /** {@return the scope of a ranking of the whole cohort} */
  public static Text overall() {
    return Text.of("ทั้งกลุ่ม", "overall");
  }

  /**
   * @param province the province
   * @return "province province"
   */
  public static Text inProvince(String province) {
    return Text.of("จังหวัด" + province, "province " + province);
  }

  /** {@return the name of the total} */
  public static Text total() {
    return Text.of("คะแนนรวม", "total");
  }

  /**
   * @param criterion the criterion's id
   * @param percent whether the key reads its percent (else its points)
   * @return "percent of criterion" or "points of criterion"
   */
  public static Text key(String criterion, boolean percent) {
    return percent
        ? Text.of("ร้อยละของ " + criterion, "percent of " + criterion)
        : Text.of("คะแนนของ " + criterion, "points of " + criterion);
  }

  /**
   * @param above the organisation above
   * @param key what separated them
   * @param aboveValue its value
   * @param ownValue this organisation's value
   * @param tieBreak the key's place among the tie-breaks, 0 for the primary key
   * @return "below above on key: aboveValue > ownValue" (with "tie-break n" when not the first key)
   */
  public static Text separated(
      String above, Text key, String aboveValue, String ownValue, int tieBreak) {
    String values = aboveValue + " > " + ownValue;
    return Text.of(
        "ต่ำกว่า "
            + above
            + " ด้วย"
            + (tieBreak == 0 ? "" : "เกณฑ์ตัดสินเสมอลำดับที่ " + tieBreak + " ")
            + key.get(Language.TH)
            + ": "
            + values,
        "below "
            + above
            + " on "
            + (tieBreak == 0 ? "" : "tie-break " + tieBreak + ", ")
            + key.get(Language.EN)
            + ": "
            + values);
  }

  /**
   * @param above the organisation above
   * @return "tied with above on every key"
   */
  public static Text tied(String above) {
    return Text.of("เสมอกับ " + above + " ทุกเกณฑ์", "tied with " + above + " on every key");
  }

  /** {@return the explanation of the first place} */
  public static Text first() {
    return Text.of("อันดับแรก", "first");
  }

  /**
   * @param cap the cap
   * @param eligible how many qualify
   * @param given how many receive a plaque
   * @param rule the rule's name when a tie straddled the cap, else {@code null}
   * @param exceeded whether a tie kept more than the cap
   * @return how the recipients were chosen
   */
  public static Text plaques(
      int cap,
      int eligible,
      int given,
      @org.jspecify.annotations.Nullable Text rule,
      boolean exceeded) {
    String th = "ผ่านเกณฑ์ " + eligible + " แห่ง มอบโล่ " + given + " แห่ง (จำกัด " + cap + ")";
    String en = eligible + " qualify, " + given + " receive a plaque (cap " + cap + ")";
    if (rule != null) {
      th += "; มีผลเสมอคร่อมจำนวนจำกัด ใช้กฎ " + rule.get(Language.TH);
      en += "; a tie straddles the cap, rule applied: " + rule.get(Language.EN);
    }
    if (exceeded) {
      th += "; ผู้ที่เสมอกันทุกเกณฑ์ได้รับทั้งหมด จึงเกินจำนวนจำกัด";
      en += "; those tied on every key all receive one, so the cap is exceeded";
    }
    return Text.of(th, en);
  }

  /** {@return the name of the rule that takes every organisation tied at the cap} */
  public static Text takeAllTied() {
    return Text.of("รับทุกองค์กรที่คะแนนรวมเสมอกัน", "take all tied on the total");
  }

  /** {@return the name of the rule that breaks ties at the cap by the tie-break order} */
  public static Text breakByTieBreak() {
    return Text.of("ตัดสินด้วยลำดับเกณฑ์ตัดสินเสมอ", "break ties by the tie-break order");
  }

  /**
   * @param criterion the criterion
   * @param leader the leader
   * @param leaderPercent the leader's percent
   * @param learner the learner
   * @param learnerPercent the learner's percent
   * @param why the reason this leader was chosen
   * @return "leader (x %) teaches learner (y %) in criterion: why"
   */
  public static Text pair(
      String criterion,
      String leader,
      String leaderPercent,
      String learner,
      String learnerPercent,
      Text why) {
    return Text.of(
        leader
            + " ("
            + leaderPercent
            + " %) เป็นพี่เลี้ยงให้ "
            + learner
            + " ("
            + learnerPercent
            + " %) ในเกณฑ์ "
            + criterion
            + ": "
            + why.get(Language.TH),
        leader
            + " ("
            + leaderPercent
            + " %) teaches "
            + learner
            + " ("
            + learnerPercent
            + " %) in "
            + criterion
            + ": "
            + why.get(Language.EN));
  }

  /** {@return why a leader of the same province and type was chosen} */
  public static Text sameProvinceAndType() {
    return Text.of(
        "จังหวัดเดียวกันและประเภทเดียวกัน มีร้อยละสูงสุดในกลุ่มที่ยังรับได้",
        "same province and same type; the highest percent among those with room");
  }

  /** {@return why a leader of the same province was chosen} */
  public static Text sameProvince() {
    return Text.of(
        "จังหวัดเดียวกัน (ไม่มีผู้นำประเภทเดียวกันในจังหวัดที่ยังรับได้)",
        "same province (no leader of the same type in the province has room)");
  }

  /** {@return why a leader of the same type was chosen} */
  public static Text sameType() {
    return Text.of(
        "ประเภทเดียวกัน จังหวัดอื่น (ไม่มีผู้นำในจังหวัดที่ยังรับได้)",
        "same type, another province (no leader in the province has room)");
  }

  /** {@return why a leader of another province and type was chosen} */
  public static Text anyLeader() {
    return Text.of(
        "จังหวัดอื่นและประเภทอื่น (ไม่มีผู้นำในจังหวัดหรือประเภทเดียวกันที่ยังรับได้)",
        "another province and type (no leader in the province or of the type has room)");
  }

  /** {@return why a learner has no leader: there is none} */
  public static Text noLeader() {
    return Text.of(
        "ไม่มีองค์กรอื่นที่ถึงเกณฑ์ผู้นำในเกณฑ์นี้",
        "no other organisation reaches the leaders' threshold in this criterion");
  }

  /** {@return why a learner has no leader: all are at capacity} */
  public static Text leadersFull() {
    return Text.of(
        "ผู้นำทุกแห่งรับผู้เรียนรู้ครบจำนวนแล้ว",
        "every leader already has as many learners as it can take");
  }
}
