package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Text;
import java.util.List;

/**
 * The bilingual messages of carrying an assessment to a new version of its rubric. See {@link
 * Messages} for the rules every message follows. Not part of the public API.
 */
public final class MigrationMessages {
  private MigrationMessages() {}

  /**
   * @param ids the indicators left unmapped
   * @param from the older rubric
   * @param to the newer rubric
   * @return "the mapping from a to b leaves these indicators of a unmapped: …"
   */
  public static Text unmapped(List<String> ids, String from, String to) {
    String list = String.join(", ", ids);
    return Text.of(
        "การจับคู่จาก "
            + from
            + " ไป "
            + to
            + " ไม่ได้ระบุตัวชี้วัดที่ถูกนำออกหรือเปลี่ยนรหัสต่อไปนี้ (ให้จับคู่หรือระบุว่าทิ้ง): "
            + list,
        "the mapping from "
            + from
            + " to "
            + to
            + " leaves these removed or renamed indicators neither mapped nor dropped: "
            + list);
  }

  /**
   * @param id the id
   * @param rubric the rubric that lacks it
   * @return "the mapping names 'id', which rubric r does not have"
   */
  public static Text noSuchIndicator(String id, String rubric) {
    return Text.of(
        "การจับคู่อ้างถึง '" + id + "' ซึ่งไม่มีในชุดเกณฑ์ " + rubric,
        "the mapping names '" + id + "', which rubric " + rubric + " does not have");
  }

  /**
   * @param id the id named twice
   * @return "the mapping names 'id' more than once"
   */
  public static Text namedTwice(String id) {
    return Text.of(
        "การจับคู่ระบุ '" + id + "' มากกว่าหนึ่งครั้ง",
        "the mapping names '" + id + "' more than once");
  }

  /**
   * @param expected what was expected
   * @param actual what was given
   * @return "the mapping is from/to a, not b"
   */
  public static Text wrongRubric(String expected, String actual) {
    return Text.of(
        "ชุดเกณฑ์ไม่ตรงกัน: ต้องเป็น " + expected + " แต่ได้ " + actual,
        "rubrics do not match: expected " + expected + ", got " + actual);
  }

  /**
   * @param count how many sources a merge needs
   * @return "a merge needs at least two sources"
   */
  public static Text mergeNeedsTwo(int count) {
    return Text.of(
        "การรวมต้องมีตัวชี้วัดต้นทางอย่างน้อยสองตัว (ได้ " + count + ")",
        "a merge needs at least two source indicators (got " + count + ")");
  }

  /**
   * @param count how many targets a split needs
   * @return "a split needs at least two targets"
   */
  public static Text splitNeedsTwo(int count) {
    return Text.of(
        "การแยกต้องมีตัวชี้วัดปลายทางอย่างน้อยสองตัว (ได้ " + count + ")",
        "a split needs at least two target indicators (got " + count + ")");
  }

  /** {@return "carried as it was"} */
  public static Text kept() {
    return Text.of("ยกมาตามเดิม", "carried as it was");
  }

  /**
   * @param from the older id
   * @return "carried from 'from' (renamed)"
   */
  public static Text renamed(String from) {
    return Text.of("ยกมาจาก '" + from + "' (เปลี่ยนรหัส)", "carried from '" + from + "' (renamed)");
  }

  /**
   * @param from the older id
   * @return "carried from 'from', which was split"
   */
  public static Text split(String from) {
    return Text.of(
        "ยกมาจาก '" + from + "' ซึ่งถูกแยกเป็นหลายตัวชี้วัด",
        "carried from '" + from + "', which was split");
  }

  /**
   * @param from the older ids
   * @param rule the rule
   * @param chosen the value chosen
   * @return "merged from a, b by rule: value"
   */
  public static Text merged(List<String> from, String rule, String chosen) {
    String list = String.join(", ", from);
    return Text.of(
        "รวมจาก " + list + " ตามกฎ " + rule + ": " + chosen,
        "merged from " + list + " by rule " + rule + ": " + chosen);
  }

  /** {@return "dropped by the mapping"} */
  public static Text dropped() {
    return Text.of("ตัดทิ้งตามการจับคู่", "dropped by the mapping");
  }

  /** {@return "no indicator of the older version maps to it: left unrated"} */
  public static Text noSource() {
    return Text.of(
        "ไม่มีตัวชี้วัดในฉบับเดิมที่จับคู่มา: ยังไม่ได้ประเมิน",
        "no indicator of the older version maps to it: left unrated");
  }

  /**
   * @param from the older id
   * @return "'from' was not rated: left unrated"
   */
  public static Text sourceNotRated(String from) {
    return Text.of(
        "'" + from + "' ยังไม่ได้ประเมินในฉบับเดิม: ยังไม่ได้ประเมิน",
        "'" + from + "' was not rated: left unrated");
  }

  /**
   * @param from the older id
   * @param value the value
   * @param reason why the new scale refuses it
   * @return "the value of 'from' does not fit the new scale: reason; left unrated"
   */
  public static Text scaleIncompatible(String from, String value, Text reason) {
    return Text.of(
        "ค่า "
            + value
            + " ของ '"
            + from
            + "' ใช้กับมาตรวัดใหม่ไม่ได้: "
            + reason.get(io.github.assessmentkit.text.Language.TH)
            + "; ยังไม่ได้ประเมิน",
        "the value "
            + value
            + " of '"
            + from
            + "' does not fit the new scale: "
            + reason.get(io.github.assessmentkit.text.Language.EN)
            + "; left unrated");
  }

  /**
   * @param from the older id
   * @return "'from' carries dimension ratings and its scale changed: left unrated"
   */
  public static Text dimensionsOnChangedScale(String from) {
    return Text.of(
        "'" + from + "' มีคะแนนรายมิติและมาตรวัดเปลี่ยน: ยังไม่ได้ประเมิน",
        "'" + from + "' has dimension ratings and its scale changed: left unrated");
  }

  /**
   * @param from the older id
   * @return "'from' was marked not applicable, which the new indicator does not allow"
   */
  public static Text notApplicableNotAllowed(String from) {
    return Text.of(
        "'" + from + "' ถูกระบุว่าไม่เกี่ยวข้อง ซึ่งตัวชี้วัดใหม่ไม่อนุญาต: ยังไม่ได้ประเมิน",
        "'"
            + from
            + "' was marked not applicable, which the new indicator does not allow: left"
            + " unrated");
  }

  /**
   * @param from the older id
   * @return "'from' has no value to merge (not applicable or unknown): left unrated"
   */
  public static Text noValueToMerge(String from) {
    return Text.of(
        "'" + from + "' ไม่มีค่าให้รวม (ไม่เกี่ยวข้องหรือไม่ทราบ): ยังไม่ได้ประเมิน",
        "'" + from + "' has no value to merge (not applicable or unknown): left unrated");
  }

  /**
   * @param from the older rubric
   * @param carried how many ratings were carried
   * @param notCarried how many new indicators were left unrated
   * @return "migrated from r: n ratings carried, m indicators left unrated"
   */
  public static Text summary(String from, int carried, int notCarried) {
    return Text.of(
        "ยกมาจาก "
            + from
            + ": ยกคะแนนมา "
            + carried
            + " รายการ, ยังไม่ได้ประเมิน "
            + notCarried
            + " ตัวชี้วัด",
        "migrated from "
            + from
            + ": "
            + carried
            + " ratings carried, "
            + notCarried
            + " indicators left unrated");
  }
}
