package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/** Every bilingual message of the JSON layer, in one place. */
public final class JsonMessages {
  private JsonMessages() {}

  private static String at(String where, String th) {
    if (where.isEmpty()) {
      return "";
    }
    String[] lc = where.split(":");
    return th.equals("th")
        ? " ที่บรรทัด " + lc[0] + " คอลัมน์ " + lc[1]
        : " at line " + lc[0] + ", column " + lc[1];
  }

  /**
   * @param max the limit in bytes
   * @return the message
   */
  public static Text documentTooLarge(long max) {
    return Text.of(
        "เอกสารมีขนาดเกิน " + max + " ไบต์ ซึ่งเป็นขนาดสูงสุดที่รับได้",
        "the document is larger than the limit of " + max + " bytes");
  }

  /**
   * @param max the limit
   * @return the message
   */
  public static Text tooDeep(int max) {
    return Text.of(
        "เอกสารซ้อนกันลึกเกิน " + max + " ชั้น ซึ่งเป็นความลึกสูงสุดที่รับได้",
        "the document nests deeper than the limit of " + max + " levels");
  }

  /**
   * @param max the limit in bytes
   * @return the message
   */
  public static Text writtenTooLarge(long max) {
    return Text.of(
        "เอกสารที่จะเขียนมีขนาดเกิน "
            + max
            + " ไบต์ ซึ่งเป็นขนาดสูงสุดที่ตัวอ่านนี้รับได้ จึงไม่เขียนต่อ"
            + " ให้เขียนและอ่านด้วยตัวอ่านที่เพิ่มค่า JsonLimits.maxDocumentBytes",
        "the document to be written is larger than the limit of "
            + max
            + " bytes that this codec reads, so writing stopped; write and read it with a codec"
            + " whose JsonLimits.maxDocumentBytes is raised");
  }

  /**
   * @param max the limit in characters
   * @return the message
   */
  public static Text writtenStringTooLong(int max) {
    return Text.of(
        "ข้อความในเอกสารที่จะเขียนยาวเกิน "
            + max
            + " ตัวอักษร ซึ่งเป็นความยาวสูงสุดที่ตัวอ่านนี้รับได้ จึงไม่เขียนต่อ"
            + " ให้เขียนและอ่านด้วยตัวอ่านที่เพิ่มค่า JsonLimits.maxStringLength",
        "a string of the document to be written is longer than the limit of "
            + max
            + " characters that this codec reads, so writing stopped; write and read it with a"
            + " codec whose JsonLimits.maxStringLength is raised");
  }

  /**
   * @param max the limit
   * @return the message
   */
  public static Text writtenTooDeep(int max) {
    return Text.of(
        "เอกสารที่จะเขียนซ้อนกันลึกเกิน "
            + max
            + " ชั้น ซึ่งเป็นความลึกสูงสุดที่ตัวอ่านนี้รับได้ จึงไม่เขียนต่อ"
            + " ให้เขียนและอ่านด้วยตัวอ่านที่เพิ่มค่า JsonLimits.maxNestingDepth",
        "the document to be written nests deeper than the limit of "
            + max
            + " levels that this codec reads, so writing stopped; write and read it with a codec"
            + " whose JsonLimits.maxNestingDepth is raised");
  }

  /**
   * @param max the limit
   * @return the message
   */
  public static Text stringTooLong(int max) {
    return Text.of(
        "ข้อความในเอกสารยาวเกิน " + max + " ตัวอักษร ซึ่งเป็นความยาวสูงสุดที่รับได้",
        "a string in the document is longer than the limit of " + max + " characters");
  }

  /**
   * @param max the limit
   * @return the message
   */
  public static Text nameTooLong(int max) {
    return Text.of(
        "ชื่อฟิลด์ในเอกสารยาวเกิน " + max + " ตัวอักษร",
        "a property name is longer than the limit of " + max + " characters");
  }

  /**
   * @param max the limit
   * @return the message
   */
  public static Text numberTooLong(int max) {
    return Text.of(
        "ตัวเลขในเอกสารยาวเกิน " + max + " ตัวอักษร",
        "a number is written with more than the limit of " + max + " characters");
  }

  /**
   * @param detail what the parser said
   * @return the message
   */
  public static Text otherLimit(String detail) {
    return Text.of(
        "เอกสารเกินขีดจำกัดที่รับได้: " + detail, "the document breaks a read limit: " + detail);
  }

  /**
   * @param offset the byte offset
   * @return the message
   */
  public static Text invalidUtf8(int offset) {
    return Text.of(
        "เอกสารไม่ได้เข้ารหัสเป็น UTF-8 ที่ถูกต้อง (ไบต์ที่ " + offset + ")",
        "the document is not valid UTF-8 (at byte " + offset + ")");
  }

  /**
   * @param index the char index
   * @return the message
   */
  public static Text unpairedSurrogate(int index) {
    return Text.of(
        "ข้อความมีอักขระ surrogate ที่ไม่มีคู่ (ตำแหน่ง "
            + index
            + ") จึงเข้ารหัสเป็น UTF-8 ไม่ได้",
        "the text holds an unpaired surrogate (at index " + index + ") and cannot be UTF-8");
  }

  /**
   * @param name the repeated key
   * @param where line and column
   * @return the message
   */
  public static Text duplicateKey(String name, String where) {
    return Text.of(
        "ฟิลด์ '" + name + "' ซ้ำในออบเจกต์เดียวกัน" + at(where, "th"),
        "the property '" + name + "' appears twice in one object" + at(where, "en"));
  }

  /**
   * @param where line and column
   * @return the message
   */
  public static Text nonNumeric(String where) {
    return Text.of(
        "NaN และ Infinity ไม่ใช่ตัวเลขใน JSON" + at(where, "th"),
        "NaN and Infinity are not numbers in JSON" + at(where, "en"));
  }

  /**
   * @param where line and column
   * @return the message
   */
  public static Text truncated(String where) {
    return Text.of(
        "เอกสาร JSON จบก่อนครบ (อาจถูกตัดท้าย)" + at(where, "th"),
        "the JSON document ends too early; it may be cut short" + at(where, "en"));
  }

  /**
   * @param where line and column
   * @param detail what the parser said
   * @return the message
   */
  public static Text syntax(String where, String detail) {
    return Text.of(
        "ไม่ใช่ JSON ที่ถูกต้อง" + at(where, "th") + ": " + detail,
        "not valid JSON" + at(where, "en") + ": " + detail);
  }

  /**
   * @param where line and column
   * @return the message
   */
  public static Text trailing(String where) {
    return Text.of(
        "มีข้อมูลต่อท้ายหลังจบเอกสาร JSON" + at(where, "th"),
        "there is more content after the end of the JSON document" + at(where, "en"));
  }

  /**
   * @param where line and column
   * @return the message
   */
  public static Text comment(String where) {
    return Text.of(
        "JSON ไม่อนุญาตให้มีหมายเหตุ (comment)" + at(where, "th"),
        "comments are not allowed in JSON" + at(where, "en"));
  }

  /** {@return the message} */
  public static Text numberUnreadable() {
    return Text.of(
        "มีตัวเลขที่อ่านเป็นทศนิยมไม่ได้ (เลขชี้กำลังใหญ่เกินไป)",
        "a number cannot be read as a decimal; its exponent is too large");
  }

  /**
   * @param shown the number
   * @return the message
   */
  public static Text numberOutOfRange(String shown) {
    return Text.of(
        "ตัวเลข "
            + shown
            + " อยู่นอกช่วงที่รับได้ (ค่าสัมบูรณ์น้อยกว่า 10^15 และทศนิยมไม่เกิน 20 ตำแหน่ง)",
        "the number "
            + shown
            + " is out of range (its magnitude must be below 10^15, with at most 20 decimal"
            + " places)");
  }

  /**
   * @param expected what was expected, in English
   * @param expectedTh what was expected, in Thai
   * @param found the JSON type found
   * @return the message
   */
  public static Text type(String expected, String expectedTh, String found) {
    return Text.of(
        "ต้องเป็น " + expectedTh + " แต่พบ " + kindTh(found),
        "must be " + expected + ", found " + found);
  }

  private static String kindTh(String kind) {
    return switch (kind) {
      case "an object" -> "ออบเจกต์";
      case "an array" -> "อาร์เรย์";
      case "a string" -> "ข้อความ (string)";
      case "a number" -> "ตัวเลข";
      case "true/false" -> "ค่าจริง/เท็จ (true/false)";
      default -> "null";
    };
  }

  /**
   * @param name the field
   * @return the message
   */
  public static Text unknownField(String name) {
    return Text.of(
        "ไม่รู้จักฟิลด์ '" + name + "' ในตำแหน่งนี้ (ตรวจการสะกด)",
        "the property '" + name + "' is not known here; check its spelling");
  }

  /** {@return the message} */
  public static Text notAnObject() {
    return Text.of(
        "เอกสารต้องเป็นออบเจกต์ JSON ที่มี format และ formatVersion",
        "the document must be a JSON object with format and formatVersion");
  }

  /**
   * @param found the format named
   * @param expected the format expected
   * @return the message
   */
  public static Text wrongFormat(String found, String expected) {
    return Text.of(
        "เอกสารเป็นชนิด '" + found + "' แต่ต้องการ '" + expected + "'",
        "the document is of type '" + found + "', not the expected '" + expected + "'");
  }

  /**
   * @param found the format named
   * @param known the known formats
   * @return the message
   */
  public static Text unknownFormat(String found, List<String> known) {
    return Text.of(
        "ไม่รู้จักชนิดเอกสาร '" + found + "' (ที่รู้จัก: " + String.join(", ", known) + ")",
        "unknown document type '" + found + "' (known: " + String.join(", ", known) + ")");
  }

  /** {@return the message} */
  public static Text formatMissing() {
    return Text.of(
        "เอกสารไม่ได้ระบุ format (เช่น \"assessmentkit/assessment\")",
        "the document does not say its format (for example \"assessmentkit/assessment\")");
  }

  /**
   * @param found the version
   * @param supported the version this reader supports
   * @return the message
   */
  public static Text newerVersion(String found, int supported) {
    return Text.of(
        "เอกสารใช้รูปแบบรุ่น "
            + found
            + " ซึ่งใหม่กว่ารุ่น "
            + supported
            + " ที่ไลบรารีนี้อ่านได้; โปรดปรับรุ่นไลบรารี",
        "the document uses format version "
            + found
            + ", newer than version "
            + supported
            + " that this library reads; upgrade the library");
  }

  /**
   * @param found the version
   * @return the message
   */
  public static Text badVersion(String found) {
    return Text.of(
        "formatVersion ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป แต่พบ " + found,
        "formatVersion must be a whole number from 1, found " + found);
  }

  /** {@return the message} */
  public static Text versionMissing() {
    return Text.of("เอกสารไม่ได้ระบุ formatVersion", "the document does not say its formatVersion");
  }

  /**
   * @param found the value
   * @param allowed the allowed values
   * @return the message
   */
  public static Text oneOf(String found, List<String> allowed) {
    return Text.of(
        "'" + found + "' ไม่ใช่ค่าที่ใช้ได้ (ค่าที่ใช้ได้: " + String.join(", ", allowed) + ")",
        "'" + found + "' is not allowed here (allowed: " + String.join(", ", allowed) + ")");
  }

  /** {@return the message} */
  public static Text ratingOneState() {
    return Text.of(
        "ผลการประเมินต้องมีอย่างใดอย่างหนึ่งเท่านั้น: value, notApplicable หรือ unknown",
        "a rating needs exactly one of value, notApplicable or unknown");
  }

  /** {@return the message} */
  public static Text notApplicableReason() {
    return Text.of(
        "การระบุว่าไม่เกี่ยวข้อง (notApplicable) ต้องให้เหตุผล",
        "a not-applicable rating must give its reason");
  }

  /** {@return the message} */
  public static Text textNeeded() {
    return Text.of(
        "ข้อความต้องมีภาษาไทย (th) หรือภาษาอังกฤษ (en) อย่างน้อยหนึ่งภาษา",
        "a text needs Thai (th) or English (en), or both");
  }

  /**
   * @param node the scorecard node
   * @param written the percent written
   * @param expected its fraction × 100, rounded half-even to two places
   * @return the message
   */
  public static Text percentNotFraction(String node, BigDecimal written, BigDecimal expected) {
    return Text.of(
        "ร้อยละของ '"
            + node
            + "' เขียนไว้ "
            + written.toPlainString()
            + " แต่สัดส่วน (fraction) × 100 ปัดเศษเป็น "
            + expected.toPlainString(),
        "the percent of '"
            + node
            + "' is written as "
            + written.toPlainString()
            + " but its fraction × 100 rounds to "
            + expected.toPlainString());
  }

  /**
   * @param node the scorecard node
   * @param what {@code "possible"} or {@code "earned"}
   * @param written the node's points as written
   * @param sum its parts' points as written, added up
   * @return the message
   */
  public static Text partsDoNotAddUp(String node, String what, BigDecimal written, BigDecimal sum) {
    String th = what.equals("earned") ? "คะแนนที่ได้" : "คะแนนเต็ม";
    return Text.of(
        th
            + " ("
            + what
            + ") ของ '"
            + node
            + "' เขียนไว้ "
            + written.toPlainString()
            + " แต่ผลรวมของส่วนย่อยเป็น "
            + sum.toPlainString(),
        "the "
            + what
            + " points of '"
            + node
            + "' are written as "
            + written.toPlainString()
            + " but its parts add up to "
            + sum.toPlainString());
  }

  /**
   * @param owner the rubric or criterion that names the strategy
   * @param strategyId the strategy it names
   * @param known the strategies the codec knows
   * @return the message
   */
  public static Text unknownStrategy(String owner, String strategyId, Collection<String> known) {
    String list = String.join(", ", known);
    return Text.of(
        "'"
            + owner
            + "' ใช้วิธีคิดคะแนน '"
            + strategyId
            + "' ซึ่งไม่รู้จัก (ที่รู้จัก: "
            + list
            + ") หากเป็นวิธีของส่วนเสริม ให้ลงทะเบียนด้วย AssessmentJson.builder().strategies(...)"
            + " หรือ ServiceLoader",
        "'"
            + owner
            + "' names the unknown scoring strategy '"
            + strategyId
            + "' (known: "
            + list
            + "); a plug-in strategy is registered with AssessmentJson.builder().strategies(...)"
            + " or through ServiceLoader");
  }

  /**
   * @param id the repeated id
   * @return the message
   */
  public static Text duplicateId(String id) {
    return Text.of(
        "รหัส '" + id + "' ถูกใช้ซ้ำในเกณฑ์ชุดเดียวกัน",
        "the id '" + id + "' is used more than once");
  }

  /**
   * A value the model refuses although each part is well formed, with the model's reason in both
   * languages.
   *
   * @param thai the model's reason in Thai
   * @param english the model's reason in English
   * @return the message
   */
  public static Text inconsistent(String thai, String english) {
    return Text.of("ข้อมูลขัดแย้งกัน: " + thai, english);
  }

  /**
   * @param what the kind of value, in English
   * @param whatTh the kind of value, in Thai
   * @param found the text found
   * @return the message
   */
  public static Text unparsable(String what, String whatTh, String found) {
    return Text.of(
        "'" + found + "' ไม่ใช่ " + whatTh + " ที่ถูกต้อง",
        "'" + found + "' is not a valid " + what);
  }

  /** {@return the message} */
  public static Text pointsOrWeight() {
    return Text.of(
        "เกณฑ์กำหนดได้อย่างใดอย่างหนึ่ง: points หรือ weight",
        "a criterion has points or a weight, not both");
  }

  /**
   * @param name the limit's name
   * @param min the least allowed
   * @param max the most allowed
   * @param was the value given
   * @return the message
   */
  public static Text limitOutOfRange(String name, long min, long max, long was) {
    return Text.of(
        name + " ต้องอยู่ระหว่าง " + min + " ถึง " + max + " แต่ได้ " + was,
        name + " must be from " + min + " to " + max + ", was " + was);
  }

  /**
   * @param name the limit's name
   * @param was the value given
   * @return the message
   */
  public static Text limitBelowOne(String name, long was) {
    return Text.of(
        name + " ต้องเป็น 1 ขึ้นไป แต่ได้ " + was, name + " must be 1 or more, was " + was);
  }

  /**
   * @param max the limit
   * @return the message
   */
  public static Text arrayTooLong(int max) {
    return Text.of(
        "อาร์เรย์ในเอกสารมีสมาชิกเกิน " + max + " รายการ ซึ่งเป็นจำนวนสูงสุดที่รับได้",
        "an array in the document has more elements than the limit of " + max);
  }

  /**
   * @param thai what is counted, in Thai
   * @param english what is counted, in English, plural
   * @param max the limit
   * @return the message
   */
  public static Text tooMany(String thai, String english, int max) {
    return Text.of(
        "เอกสารมี" + thai + "เกิน " + max + " รายการ ซึ่งเป็นจำนวนสูงสุดที่รับได้",
        "the document has more " + english + " than the limit of " + max);
  }

  /**
   * @param name the extension's name
   * @param text its text
   * @return the message
   */
  public static Text extensionNotJson(String name, String text) {
    return Text.of(
        "ฟิลด์เพิ่มเติม '" + name + "' ไม่ได้เก็บข้อความ JSON ที่ถูกต้อง: " + text,
        "extension '" + name + "' does not hold valid JSON text: " + text);
  }

  /**
   * @param name the extension's name
   * @return the message
   */
  public static Text extensionNamedLikeAField(String name) {
    return Text.of(
        "ฟิลด์เพิ่มเติม '" + name + "' มีชื่อซ้ำกับฟิลด์ที่รูปแบบเอกสารเขียนอยู่แล้ว",
        "extension '" + name + "' has the name of a field the format already writes");
  }

  /**
   * @param family the sealed family
   * @param type the kind's name
   * @param kind the kind's class
   * @return the message
   */
  public static Text twoCodecs(String family, String type, String kind) {
    return Text.of(
        "มีตัวแปลง JSON ของ " + family + " สองตัวสำหรับ " + type + " / " + kind,
        "two " + family + " codecs for " + type + " / " + kind);
  }

  /**
   * @param family the sealed family
   * @param type the name looked for
   * @return the message
   */
  public static Text noKindNamed(String family, String type) {
    return Text.of(
        "ไม่มี " + family + " ชนิดที่ชื่อ " + type, "no " + family + " kind is named " + type);
  }

  /**
   * @param family the sealed family
   * @param kind the kind's class name
   * @return the message
   */
  public static Text noCodec(String family, String kind) {
    return Text.of(
        "ไม่มีตัวแปลง JSON สำหรับ "
            + family
            + " ชนิด "
            + kind
            + " ทุกชนิดต้องมีตัวแปลงหนึ่งตัว ลงทะเบียนไว้ในตารางของกลุ่มนั้น",
        "no JSON codec for the "
            + family
            + " kind "
            + kind
            + "; each kind needs one, registered in its family's table");
  }

  /**
   * @param what what the reader expected, for example "a string"
   * @param whatTh the same, in Thai
   * @return the message
   */
  public static Text notA(String what, String whatTh) {
    return Text.of("ไม่ใช่" + whatTh, "not " + what);
  }

  /**
   * @param token the token met
   * @return the message
   */
  public static Text unexpectedToken(String token) {
    return Text.of("พบโทเค็นที่ไม่คาดไว้ " + token, "unexpected token " + token);
  }

  /** {@return the message} */
  public static Text validatorInterrupted() {
    return Text.of(
        "ถูกขัดจังหวะระหว่างสร้างตัวตรวจสอบ", "interrupted while building the validator");
  }

  /** {@return the message} */
  public static Text validatorFailed() {
    return Text.of("สร้างตัวตรวจสอบไม่สำเร็จ", "the validator could not be built");
  }

  /** {@return the message} */
  public static Text emptyReport() {
    return Text.of(
        "JsonFormatException ต้องมีปัญหาอย่างน้อยหนึ่งข้อ",
        "a JsonFormatException needs at least one violation");
  }

  /**
   * @param found the text found
   * @return "must be an exact ratio such as "50/3" or "1", found ..."
   */
  public static Text notARatio(String found) {
    return Text.of(
        "ต้องเป็นอัตราส่วนที่แม่นตรง ไม่ติดลบ เช่น \"50/3\" หรือ \"1\" แต่พบ \"" + found + "\"",
        "must be an exact non-negative ratio such as \"50/3\" or \"1\", found \"" + found + "\"");
  }

  /**
   * @param found the text found
   * @return "must be an exact ratio such as "15/4" or "-5/2", found ..."
   */
  public static Text notASignedRatio(String found) {
    return Text.of(
        "ต้องเป็นอัตราส่วนที่แม่นตรง เช่น \"15/4\" หรือ \"-5/2\" แต่พบ \"" + found + "\"",
        "must be an exact ratio such as \"15/4\" or \"-5/2\", found \"" + found + "\"");
  }

  /**
   * A scaled result whose shown value is not its exact value rounded for display.
   *
   * @param value the value written
   * @param exact the exact result written
   * @param rounded the exact result rounded half-even to two places
   * @return the message
   */
  public static Text resultValueNotRounded(String value, String exact, String rounded) {
    return Text.of(
        "ค่า "
            + value
            + " ไม่ตรงกับผลที่แม่นตรง "
            + exact
            + " ที่ปัดเศษแบบครึ่งไปหาเลขคู่เป็นทศนิยมสองตำแหน่ง ซึ่งคือ "
            + rounded,
        "the value "
            + value
            + " is not the exact result "
            + exact
            + " rounded half-even to two places, which is "
            + rounded);
  }

  /**
   * A scaled result outside its scale.
   *
   * @param exact the exact result written
   * @param min the scale's minimum
   * @param max the scale's maximum
   * @return the message
   */
  public static Text resultOutsideScale(String exact, String min, String max) {
    return Text.of(
        "ผลที่แม่นตรง " + exact + " อยู่นอกช่วงของมาตรวัด " + min + " ถึง " + max,
        "the exact result " + exact + " lies outside the scale's range " + min + " to " + max);
  }

  /**
   * An indicator's line capped by a dimension it does not rate.
   *
   * @param dimension the code named by {@code cappedBy}
   * @param rated the codes of the line's dimension ratings, in order
   * @return the message
   */
  public static Text cappedByUnratedDimension(String dimension, List<String> rated) {
    String th = rated.isEmpty() ? "ไม่มีมิติใดเลย" : "มีเพียง " + String.join(", ", rated);
    String en = rated.isEmpty() ? "it rates none" : "it rates only " + String.join(", ", rated);
    return Text.of(
        "cappedBy ระบุมิติ '" + dimension + "' ซึ่งบรรทัดนี้ไม่ได้ประเมิน (" + th + ")",
        "cappedBy names dimension '" + dimension + "', which this line does not rate (" + en + ")");
  }
}
