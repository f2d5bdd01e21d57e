package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The bilingual descriptions of the differences between two rubrics. See {@link Messages} for the
 * rules every message follows. Not part of the public API.
 */
public final class DiffMessages {
  private DiffMessages() {}

  private static final String NONE = "—";

  /** {@return "criterion" or "indicator" with its id, in each language} */
  private static Text node(boolean criterion, String id) {
    return criterion
        ? Text.of("เกณฑ์ '" + id + "'", "criterion '" + id + "'")
        : Text.of("ตัวชี้วัด '" + id + "'", "indicator '" + id + "'");
  }

  private static String shown(@Nullable BigDecimal value) {
    return value == null ? NONE : value.toPlainString();
  }

  private static String shown(@Nullable String value) {
    return value == null ? NONE : value;
  }

  private static Text join(Text a, String th, String en) {
    return Text.of(a.get(Language.TH) + th, a.get(Language.EN) + en);
  }

  /**
   * @param criterion whether the node is a criterion (else an indicator)
   * @param id its id
   * @param parent the criterion it is under, or null at the top
   * @param title its title or question
   * @return "criterion 'x' added under 'p': title"
   */
  public static Text added(boolean criterion, String id, @Nullable String parent, Text title) {
    return join(
        node(criterion, id),
        " เพิ่มใหม่"
            + (parent == null ? "" : " ใต้ '" + parent + "'")
            + ": "
            + title.get(Language.TH),
        " added"
            + (parent == null ? "" : " under '" + parent + "'")
            + ": "
            + title.get(Language.EN));
  }

  /**
   * @param criterion whether the node is a criterion (else an indicator)
   * @param id its id
   * @param parent the criterion it was under, or null at the top
   * @param title its title or question
   * @return "criterion 'x' removed from 'p': title"
   */
  public static Text removed(boolean criterion, String id, @Nullable String parent, Text title) {
    return join(
        node(criterion, id),
        " ถูกนำออก"
            + (parent == null ? "" : " จาก '" + parent + "'")
            + ": "
            + title.get(Language.TH),
        " removed"
            + (parent == null ? "" : " from '" + parent + "'")
            + ": "
            + title.get(Language.EN));
  }

  /**
   * @param criterion whether the node is a criterion (else an indicator)
   * @param id its id
   * @param before the old title
   * @param after the new title
   * @return "criterion 'x' renamed: before → after"
   */
  public static Text renamed(boolean criterion, String id, Text before, Text after) {
    return join(
        node(criterion, id),
        " เปลี่ยนชื่อ: " + before.get(Language.TH) + " → " + after.get(Language.TH),
        " renamed: " + before.get(Language.EN) + " → " + after.get(Language.EN));
  }

  /**
   * @param criterion whether the node is a criterion (else an indicator)
   * @param id its id
   * @param before the old parent, or null at the top
   * @param after the new parent, or null at the top
   * @return "criterion 'x' moved: from 'a' to 'b'"
   */
  public static Text moved(
      boolean criterion, String id, @Nullable String before, @Nullable String after) {
    String from = before == null ? "(top)" : "'" + before + "'";
    String to = after == null ? "(top)" : "'" + after + "'";
    String fromTh = before == null ? "(ระดับบนสุด)" : "'" + before + "'";
    String toTh = after == null ? "(ระดับบนสุด)" : "'" + after + "'";
    return join(
        node(criterion, id),
        " ย้ายจาก " + fromTh + " ไป " + toTh,
        " moved from " + from + " to " + to);
  }

  /**
   * @param id the criterion
   * @param before the old fixed points, or null
   * @param after the new fixed points, or null
   * @return "criterion 'x' points: before → after"
   */
  public static Text points(String id, @Nullable BigDecimal before, @Nullable BigDecimal after) {
    String change = ": " + shown(before) + " → " + shown(after);
    return join(node(true, id), " คะแนนเต็ม" + change, " points" + change);
  }

  /**
   * @param criterion whether the node is a criterion (else an indicator)
   * @param id its id
   * @param before the old weight, or null
   * @param after the new weight, or null
   * @return "indicator 'x' weight: before → after"
   */
  public static Text weight(
      boolean criterion, String id, @Nullable BigDecimal before, @Nullable BigDecimal after) {
    String change = ": " + shown(before) + " → " + shown(after);
    return join(node(criterion, id), " น้ำหนัก" + change, " weight" + change);
  }

  /**
   * @param id the criterion
   * @param before the old strategy id, or null for the rubric's default
   * @param after the new strategy id, or null for the rubric's default
   * @return "criterion 'x' strategy: before → after"
   */
  public static Text strategy(String id, @Nullable String before, @Nullable String after) {
    String change = ": " + shown(before) + " → " + shown(after);
    return join(node(true, id), " วิธีคิดคะแนน" + change, " strategy" + change);
  }

  /**
   * @param id the indicator
   * @param how how its scale changed
   * @return "indicator 'x' scale changed: how"
   */
  public static Text scale(String id, Text how) {
    return join(
        node(false, id),
        " เปลี่ยนมาตรวัด: " + how.get(Language.TH),
        " scale changed: " + how.get(Language.EN));
  }

  /**
   * @param before the old scale's type
   * @param after the new scale's type
   * @return "type before → type after"
   */
  public static Text scaleType(String before, String after) {
    return Text.of("ชนิด " + before + " → " + after, "type " + before + " → " + after);
  }

  /**
   * @param added the values the new scale allows and the old did not
   * @param removed the values the old scale allowed and the new does not
   * @return "values added: …; values removed: …"
   */
  public static Text scaleValues(List<String> added, List<String> removed) {
    StringBuilder th = new StringBuilder();
    StringBuilder en = new StringBuilder();
    if (!added.isEmpty()) {
      th.append("ค่าที่เพิ่ม: ").append(String.join(", ", added));
      en.append("values added: ").append(String.join(", ", added));
    }
    if (!removed.isEmpty()) {
      if (th.length() > 0) {
        th.append("; ");
        en.append("; ");
      }
      th.append("ค่าที่นำออก: ").append(String.join(", ", removed));
      en.append("values removed: ").append(String.join(", ", removed));
    }
    return Text.of(th.toString(), en.toString());
  }

  /** {@return "the scale's definition changed", when no narrower description fits} */
  public static Text scaleRedefined() {
    return Text.of("นิยามของมาตรวัดเปลี่ยน", "its definition changed");
  }

  /**
   * @param criterion the criterion
   * @param area the area's id
   * @param text the area's question
   * @return "criterion 'x' area 'a' added: text"
   */
  public static Text areaAdded(String criterion, String area, Text text) {
    return join(
        node(true, criterion),
        " เพิ่มประเด็น '" + area + "': " + text.get(Language.TH),
        " area '" + area + "' added: " + text.get(Language.EN));
  }

  /**
   * @param criterion the criterion
   * @param area the area's id
   * @param text the area's question
   * @return "criterion 'x' area 'a' removed: text"
   */
  public static Text areaRemoved(String criterion, String area, Text text) {
    return join(
        node(true, criterion),
        " นำประเด็น '" + area + "' ออก: " + text.get(Language.TH),
        " area '" + area + "' removed: " + text.get(Language.EN));
  }

  /**
   * @param criterion the criterion
   * @param area the area's id
   * @param before the old question
   * @param after the new question
   * @return "criterion 'x' area 'a' reworded: before → after"
   */
  public static Text areaReworded(String criterion, String area, Text before, Text after) {
    return join(
        node(true, criterion),
        " ปรับถ้อยคำประเด็น '"
            + area
            + "': "
            + before.get(Language.TH)
            + " → "
            + after.get(Language.TH),
        " area '"
            + area
            + "' reworded: "
            + before.get(Language.EN)
            + " → "
            + after.get(Language.EN));
  }

  /**
   * @param what "ladder" or "award"
   * @param id its id
   * @param title its title
   * @param added whether it was added
   * @param removed whether it was removed
   * @return "ladder 'x' (title) added/removed/changed"
   */
  public static Text rule(String what, String id, Text title, boolean added, boolean removed) {
    boolean ladder = what.equals("ladder");
    String th = (ladder ? "ลำดับขั้น '" : "รางวัล '") + id + "' (" + title.get(Language.TH) + ")";
    String en = what + " '" + id + "' (" + title.get(Language.EN) + ")";
    if (added) {
      return Text.of(th + " เพิ่มใหม่", en + " added");
    }
    if (removed) {
      return Text.of(th + " ถูกนำออก", en + " removed");
    }
    return Text.of(th + " เปลี่ยนกฎ", en + " rules changed");
  }

  /**
   * @param criterion whether the node is a criterion (else an indicator)
   * @param id its id
   * @param property the property that changed
   * @param before its old value
   * @param after its new value
   * @return "criterion 'x' property: before → after"
   */
  public static Text nodeProperty(
      boolean criterion, String id, String property, String before, String after) {
    String change = " " + property + ": " + before + " → " + after;
    return join(node(criterion, id), change, change);
  }

  /**
   * @param property the rubric's property that changed
   * @param before its old value
   * @param after its new value
   * @return "rubric property: before → after"
   */
  public static Text rubricProperty(String property, Text before, Text after) {
    return Text.of(
        "ชุดเกณฑ์ " + property + ": " + before.get(Language.TH) + " → " + after.get(Language.TH),
        "rubric " + property + ": " + before.get(Language.EN) + " → " + after.get(Language.EN));
  }

  /**
   * @param before the old source and whether it was verified
   * @param after the new source and whether it is verified
   * @return "provenance: before → after"
   */
  public static Text provenance(Text before, Text after) {
    return Text.of(
        "ที่มา: " + before.get(Language.TH) + " → " + after.get(Language.TH),
        "provenance: " + before.get(Language.EN) + " → " + after.get(Language.EN));
  }

  /**
   * @param source where the figures come from
   * @param verified whether they were checked against it
   * @param note the note
   * @return "source (verified|unverified: note)"
   */
  public static Text provenanceShown(Text source, boolean verified, Text note) {
    return Text.of(
        source.get(Language.TH)
            + " ("
            + (verified ? "ตรวจสอบแล้ว" : "ยังไม่ได้ตรวจสอบ")
            + ": "
            + note.get(Language.TH)
            + ")",
        source.get(Language.EN)
            + " ("
            + (verified ? "verified" : "unverified")
            + ": "
            + note.get(Language.EN)
            + ")");
  }

  /**
   * @param from the older rubric
   * @param to the newer rubric
   * @param count the number of changes
   * @return "Changes from a to b (n)"
   */
  public static Text heading(String from, String to, int count) {
    return Text.of(
        "การเปลี่ยนแปลงจาก " + from + " เป็น " + to + " (" + count + " รายการ)",
        "Changes from " + from + " to " + to + " (" + count + ")");
  }

  /**
   * @param change the change that does not apply
   * @return "the change does not apply to this outline: change"
   */
  public static Text doesNotApply(Text change) {
    return Text.of(
        "การเปลี่ยนแปลงนี้ใช้กับโครงร่างนี้ไม่ได้: " + change.get(Language.TH),
        "the change does not apply to this outline: " + change.get(Language.EN));
  }

  /** {@return "no changes"} */
  public static Text noChanges() {
    return Text.of("ไม่มีการเปลี่ยนแปลง", "no changes");
  }
}
