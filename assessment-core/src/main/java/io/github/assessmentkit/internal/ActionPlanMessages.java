package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The bilingual messages of action plans: what does not fit a plan, and how an action fared at the
 * next assessment. See {@link Messages} for the rules every message follows.
 */
public final class ActionPlanMessages {
  private ActionPlanMessages() {}

  /**
   * @param kind the target's kind
   * @param percent the percent given
   * @param band the band given
   * @param level the level given
   * @return "a PERCENT target needs exactly its own value (percent 0–100, band ≥ 1 or a level
   *     code); given percent 120, band 0, level null"
   */
  public static Text badTarget(String kind, String percent, int band, @Nullable String level) {
    String given = "percent " + percent + ", band " + band + ", level " + level;
    return Text.of(
        "เป้าหมายแบบ "
            + kind
            + " ต้องมีเฉพาะค่าของตนเอง (ร้อยละ 0–100 ช่วงคะแนนตั้งแต่ 1 หรือรหัสระดับ) แต่ได้รับ "
            + given,
        "a "
            + kind
            + " target needs exactly its own value (percent 0–100, band ≥ 1 or a level code);"
            + " given "
            + given);
  }

  /**
   * @param nodeId the node
   * @param code the level
   * @return "node 1.1 has no level 9 on its level scale"
   */
  public static Text noSuchLevel(String nodeId, String code) {
    return Text.of(
        "เกณฑ์ " + nodeId + " ไม่มีระดับ " + code + " ในมาตรวัดระดับ",
        "node " + nodeId + " has no level " + code + " on its level scale");
  }

  /**
   * @param nodeId the node
   * @param kind {@code band} or {@code level}
   * @return "node 1.1 has no indicator on a band scale, so a band target does not fit it"
   */
  public static Text noScaleOfKind(String nodeId, String kind) {
    String th = kind.equals("band") ? "ช่วงคะแนน" : "ระดับ";
    return Text.of(
        "เกณฑ์ "
            + nodeId
            + " ไม่มีตัวชี้วัดที่ใช้มาตรวัดแบบ"
            + th
            + " จึงตั้งเป้าหมายแบบ"
            + th
            + "ไม่ได้",
        "node "
            + nodeId
            + " has no indicator on a "
            + kind
            + " scale, so a "
            + kind
            + " target does not fit it");
  }

  /**
   * @param measureId the measure
   * @return "the reading of measure kpi-1 needs a value and its year together, and reaches its goal
   *     only with a value"
   */
  public static Text measureReadingInconsistent(String measureId) {
    return Text.of(
        "ค่าที่อ่านได้ของตัวชี้วัด "
            + measureId
            + " ต้องมีค่าและปีคู่กัน และจะถึงเป้าหมายได้ก็ต่อเมื่อมีค่า",
        "the reading of measure "
            + measureId
            + " needs a value and its year together, and reaches its goal only with a value");
  }

  /**
   * @param planId the plan
   * @param actionId the action
   * @return "plan p1 has two actions with the id A1"
   */
  public static Text actionTwice(String planId, String actionId) {
    return Text.of(
        "แผน " + planId + " มีกิจกรรมรหัส " + actionId + " สองรายการ",
        "plan " + planId + " has two actions with the id " + actionId);
  }

  /**
   * @param planId the plan
   * @param nodeId the node or indicator
   * @return "plan p1 names 9.9, which the scorecard it is written from does not hold"
   */
  public static Text noSuchNode(String planId, String nodeId) {
    return Text.of(
        "แผน " + planId + " อ้างถึง " + nodeId + " ซึ่งไม่มีในผลคะแนนที่ใช้เขียนแผน",
        "plan "
            + planId
            + " names "
            + nodeId
            + ", which the scorecard it is written from does not hold");
  }

  /**
   * @param planId the plan
   * @param planned the plan's organisation
   * @param given the assessment's organisation
   * @return "plan p1 is for coop-a, not for coop-b"
   */
  public static Text otherSubject(String planId, String planned, String given) {
    return Text.of(
        "แผน " + planId + " เป็นของ " + planned + " ไม่ใช่ของ " + given,
        "plan " + planId + " is for " + planned + ", not for " + given);
  }

  /**
   * @param planId the plan
   * @param planned the plan's rubric id
   * @param given the rubric given
   * @return "plan p1 was written against cqa, not coop-governance"
   */
  public static Text otherRubric(String planId, String planned, String given) {
    return Text.of(
        "แผน " + planId + " เขียนตามเกณฑ์ " + planned + " ไม่ใช่ " + given,
        "plan " + planId + " was written against " + planned + ", not " + given);
  }

  /**
   * @param planId the plan
   * @param written the year it was written after
   * @param given the year of the assessment given
   * @return "plan p1 was written after FY2564; it is judged at a later year, not FY2563"
   */
  public static Text notLater(String planId, String written, String given) {
    return Text.of(
        "แผน "
            + planId
            + " เขียนหลังการประเมินปี "
            + written
            + " จึงต้องประเมินผลในปีถัดไป ไม่ใช่ปี "
            + given,
        "plan "
            + planId
            + " was written after "
            + written
            + "; it is judged at a later year, not "
            + given);
  }

  /**
   * @param actionId the action
   * @param nodeId its node
   * @return "A1 (9.9): not assessed, the node is not in this rubric version"
   */
  public static Text nodeAbsent(String actionId, String nodeId) {
    return Text.of(
        actionId + " (" + nodeId + "): ไม่ได้ประเมิน เกณฑ์นี้ไม่มีในเกณฑ์ฉบับนี้",
        actionId + " (" + nodeId + "): not assessed, the node is not in this rubric version");
  }

  /**
   * @param actionId the action
   * @param nodeId its node
   * @param applicable whether the node is applicable (so it is unrated)
   * @return "A1 (7.1a): not assessed, the node is not applicable" or "… nothing in it is rated"
   */
  public static Text notAssessed(String actionId, String nodeId, boolean applicable) {
    return applicable
        ? Text.of(
            actionId + " (" + nodeId + "): ไม่ได้ประเมิน ยังไม่มีการให้คะแนนในเกณฑ์นี้",
            actionId + " (" + nodeId + "): not assessed, nothing in the node is rated")
        : Text.of(
            actionId + " (" + nodeId + "): ไม่ได้ประเมิน เกณฑ์นี้ไม่เกี่ยวข้อง",
            actionId + " (" + nodeId + "): not assessed, the node is not applicable");
  }

  /**
   * @param actionId the action
   * @param nodeId its node
   * @param verdict the verdict's name
   * @param achieved the standing reached
   * @param target the standing aimed for
   * @param baseline the standing when the plan was written, or {@code null}
   * @param percent the node's percent now
   * @param earned the node's points now
   * @param gained the points gained, or {@code null}
   * @return "A1 (7.1a): partly met: band 3 now, target band 4, was band 2; 45.00 %, 13.50 points
   *     (+4.50)"
   */
  public static Text judged(
      String actionId,
      String nodeId,
      Text verdict,
      Text achieved,
      Text target,
      @Nullable Text baseline,
      BigDecimal percent,
      BigDecimal earned,
      @Nullable BigDecimal gained) {
    String gain =
        gained == null
            ? ""
            : " (" + (gained.signum() >= 0 ? "+" : "") + gained.toPlainString() + ")";
    return Text.of(
        actionId
            + " ("
            + nodeId
            + "): "
            + verdict.get(Language.TH)
            + ": ตอนนี้ "
            + achieved.get(Language.TH)
            + " เป้าหมาย "
            + target.get(Language.TH)
            + (baseline == null ? "" : " เดิม " + baseline.get(Language.TH))
            + "; ร้อยละ "
            + percent.toPlainString()
            + " "
            + earned.toPlainString()
            + " คะแนน"
            + gain,
        actionId
            + " ("
            + nodeId
            + "): "
            + verdict.get(Language.EN)
            + ": "
            + achieved.get(Language.EN)
            + " now, target "
            + target.get(Language.EN)
            + (baseline == null ? "" : ", was " + baseline.get(Language.EN))
            + "; "
            + percent.toPlainString()
            + " %, "
            + earned.toPlainString()
            + " points"
            + gain);
  }

  /**
   * @param total the actions
   * @param met those met
   * @param partly those partly met
   * @param notMet those not met
   * @param notAssessed those not assessed
   * @param points the points gained where the plan aimed
   * @return "4 actions: 1 met, 1 partly met, 1 not met, 1 not assessed; 7.50 points gained where
   *     the plan aimed"
   */
  public static Text summary(
      int total, int met, int partly, int notMet, int notAssessed, BigDecimal points) {
    return Text.of(
        total
            + " กิจกรรม: บรรลุ "
            + met
            + " บรรลุบางส่วน "
            + partly
            + " ไม่บรรลุ "
            + notMet
            + " ไม่ได้ประเมิน "
            + notAssessed
            + "; ได้คะแนนเพิ่ม "
            + points.toPlainString()
            + " คะแนนในเกณฑ์ที่แผนมุ่งยกระดับ",
        total
            + " actions: "
            + met
            + " met, "
            + partly
            + " partly met, "
            + notMet
            + " not met, "
            + notAssessed
            + " not assessed; "
            + points.toPlainString()
            + " points gained where the plan aimed");
  }
}
