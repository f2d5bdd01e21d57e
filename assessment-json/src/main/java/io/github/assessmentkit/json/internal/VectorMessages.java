package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;

/** The messages of golden vectors: reading them, and what a check found. */
public final class VectorMessages {
  private VectorMessages() {}

  /**
   * @param what "node" or "indicator"
   * @return the message
   */
  public static Text nothingExpected(String what) {
    return "node".equals(what)
        ? Text.of(
            "ต้องระบุค่าที่คาดไว้ของโหนดอย่างน้อยหนึ่งค่า (earned, possible, percent หรือ applicable)",
            "a node's expectation needs at least one of earned, possible, percent or applicable")
        : Text.of(
            "ต้องระบุค่าที่คาดไว้ของตัวชี้วัดอย่างน้อยหนึ่งค่า (earned, possible หรือ status)",
            "an indicator's expectation needs at least one of earned, possible or status");
  }

  /** {@return the message} */
  public static Text required() {
    return Text.of("ต้องระบุ", "is required");
  }

  /** {@return the message} */
  public static Text notBlank() {
    return Text.of("ต้องไม่เว้นว่าง", "must not be blank");
  }

  /** {@return the message} */
  public static Text assessmentShape() {
    return Text.of(
        "ต้องเป็นเอกสารแบบประเมิน (ออบเจกต์) หรือเส้นทางสัมพัทธ์ไปยังไฟล์แบบประเมิน (ข้อความ)",
        "must be an assessment document (an object) or a relative path to one (a string)");
  }

  /**
   * @param reference the path as written
   * @return the message
   */
  public static Text referenceOutside(String reference) {
    return Text.of(
        "เส้นทาง '"
            + reference
            + "' ต้องเป็นเส้นทางสัมพัทธ์ภายในโฟลเดอร์ของเวกเตอร์ (ไม่ขึ้นต้นด้วย / และไม่มี ..)",
        "the path '"
            + reference
            + "' must be relative and stay inside the vector's folder (no leading /, no ..)");
  }

  /**
   * @param reference the path as written
   * @return the message
   */
  public static Text referenceWithoutLocation(String reference) {
    return Text.of(
        "อ่านแบบประเมิน '"
            + reference
            + "' ไม่ได้เพราะไม่รู้ตำแหน่งของเวกเตอร์ อ่านด้วย GoldenVectors.read(Path) หรือ read(URL)",
        "the assessment '"
            + reference
            + "' cannot be found without the vector's location; read it with"
            + " GoldenVectors.read(Path) or read(URL)");
  }

  /**
   * @param reference the path as written
   * @param reason why it could not be read
   * @return the message
   */
  public static Text referenceUnreadable(String reference, String reason) {
    return Text.of(
        "อ่านไฟล์แบบประเมิน '" + reference + "' ไม่ได้: " + reason,
        "the assessment file '" + reference + "' cannot be read: " + reason);
  }

  /**
   * @param reference the path as written
   * @param pointer where in that file
   * @param message the problem there
   * @return the message
   */
  public static Text inReferenced(String reference, String pointer, Text message) {
    String at = pointer.isEmpty() ? "" : " " + pointer;
    return Text.of(
        "ในไฟล์แบบประเมิน '" + reference + "'" + at + ": " + message.get(Language.TH),
        "in the assessment file '" + reference + "'" + at + ": " + message.get(Language.EN));
  }

  /** {@return the message} */
  public static Text tierRequired() {
    return Text.of(
        "ต้องระบุ tier: รหัสระดับรางวัลที่คาดว่าจะได้ หรือ null เมื่อไม่ถึงระดับใด",
        "needs a tier: the id of the tier expected, or null when no tier is reached");
  }

  /**
   * @param file the file
   * @param problems how many problems
   * @param first the first problem
   * @return the message
   */
  public static Text unreadableFile(String file, int problems, Text first) {
    return Text.of(
        "อ่านไฟล์เวกเตอร์ทองคำ '"
            + file
            + "' ไม่ได้ พบปัญหา "
            + problems
            + " จุด; จุดแรก: "
            + first.get(Language.TH),
        "the golden vector file '"
            + file
            + "' cannot be read: "
            + problems
            + (problems == 1 ? " problem" : " problems")
            + "; first: "
            + first.get(Language.EN));
  }

  /**
   * @param folder the folder
   * @return the message
   */
  public static Text emptyFolder(String folder) {
    return Text.of(
        "ไม่พบไฟล์เวกเตอร์ทองคำ (*.json) ในโฟลเดอร์ '" + folder + "'",
        "no golden vector file (*.json) in the folder '" + folder + "'");
  }

  /**
   * @param id the id
   * @return the message
   */
  public static Text duplicateId(String id) {
    return Text.of(
        "มีเวกเตอร์ทองคำรหัส '" + id + "' มากกว่าหนึ่งรายการ",
        "more than one golden vector has the id '" + id + "'");
  }

  /**
   * @param passed how many passed
   * @param all how many were checked
   * @return the message
   */
  public static Text reportHead(int passed, int all) {
    return Text.of(
        "เวกเตอร์ทองคำผ่าน " + passed + " จาก " + all + " รายการ",
        passed + " of " + all + " golden vectors passed");
  }

  /**
   * @param subject what differs
   * @param expected the value expected
   * @param actual the value scoring gave
   * @param explanation how scoring reached it, always given (a text is never empty), in brackets
   * @return the message
   */
  public static Text mismatch(Text subject, String expected, String actual, Text explanation) {
    return Text.of(
        subject.get(Language.TH)
            + ": คาดไว้ "
            + expected
            + " แต่ได้ "
            + actual
            + " ("
            + explanation.get(Language.TH)
            + ")",
        subject.get(Language.EN)
            + ": expected "
            + expected
            + ", got "
            + actual
            + " ("
            + explanation.get(Language.EN)
            + ")");
  }

  /**
   * @param calculation the node's calculation
   * @param allotment where its possible points came from, or empty
   * @param percent how its percent follows
   * @return the explanation
   */
  public static Text nodeExplanation(String calculation, String allotment, String percent) {
    return Text.of(
        "การคำนวณ "
            + calculation
            + (allotment.isEmpty() ? "" : "; การแบ่งคะแนนเต็ม " + allotment)
            + "; ร้อยละ "
            + percent,
        "calculation "
            + calculation
            + (allotment.isEmpty() ? "" : "; allotment " + allotment)
            + "; percent "
            + percent);
  }

  /**
   * @param explanation the indicator's explanation
   * @return the explanation
   */
  public static Text indicatorExplanation(String explanation) {
    return Text.of("คะแนน " + explanation, "points " + explanation);
  }

  /**
   * @param id the criterion
   * @return the explanation
   */
  public static Text noSuchNode(String id) {
    return Text.of(
        "ใบคะแนนไม่มีเกณฑ์รหัส '" + id + "'", "the scorecard has no criterion '" + id + "'");
  }

  /**
   * @param id the indicator
   * @return the explanation
   */
  public static Text noSuchIndicator(String id) {
    return Text.of(
        "ใบคะแนนไม่มีตัวชี้วัดรหัส '" + id + "'", "the scorecard has no indicator '" + id + "'");
  }

  /**
   * @param id the ladder
   * @return the explanation
   */
  public static Text noSuchLadder(String id) {
    return Text.of(
        "เกณฑ์ไม่มีบันไดระดับรหัส '" + id + "'", "the rubric has no ladder '" + id + "'");
  }

  /**
   * @param id the scheme
   * @return the explanation
   */
  public static Text noSuchScheme(String id) {
    return Text.of(
        "เกณฑ์ไม่มีรางวัลรหัส '" + id + "'", "the rubric has no award scheme '" + id + "'");
  }

  /**
   * @param message why scoring refused
   * @return the explanation
   */
  public static Text scoringRefused(Text message) {
    return Text.of(
        "ให้คะแนนแบบประเมินนี้ไม่ได้: " + message.get(Language.TH),
        "the assessment cannot be scored: " + message.get(Language.EN));
  }

  /** {@return the subject} */
  public static Text total() {
    return Text.of("คะแนนรวม", "total");
  }

  /** {@return the subject} */
  public static Text totalPercent() {
    return Text.of("ร้อยละรวม", "total percent");
  }

  /** {@return the subject} */
  public static Text scorecard() {
    return Text.of("ใบคะแนน", "scorecard");
  }

  /**
   * @param field earned, possible, percent, applicable or status
   * @param id the node or indicator
   * @return the subject
   */
  public static Text valueOf(String field, String id) {
    String th =
        switch (field) {
          case "earned" -> "คะแนนที่ได้ของ ";
          case "possible" -> "คะแนนเต็มของ ";
          case "percent" -> "ร้อยละของ ";
          case "applicable" -> "การเกี่ยวข้องของ ";
          default -> "สถานะของ ";
        };
    return Text.of(th + id, field + " of " + id);
  }

  /**
   * @param ladderId the ladder
   * @return the subject
   */
  public static Text level(String ladderId) {
    return Text.of("ระดับบนบันได " + ladderId, "level on " + ladderId);
  }

  /**
   * @param schemeId the scheme
   * @return the subject
   */
  public static Text award(String schemeId) {
    return Text.of("รางวัล " + schemeId, "award of " + schemeId);
  }

  /**
   * @param schemeId the scheme
   * @return the subject
   */
  public static Text namedConditions(String schemeId) {
    return Text.of(
        "เงื่อนไขที่มีชื่อซึ่งผ่านใน " + schemeId, "named conditions held in " + schemeId);
  }
}
