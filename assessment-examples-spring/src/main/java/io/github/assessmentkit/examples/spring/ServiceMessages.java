package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.text.Text;

/** The service's own messages, each in Thai and English. */
final class ServiceMessages {
  private ServiceMessages() {}

  static Text unreadableTitle() {
    return Text.of("อ่านเอกสารไม่ได้", "The document cannot be read");
  }

  static Text unreadable(int problems) {
    return Text.of(
        "เอกสารไม่ใช่เอกสารประเมินที่อ่านได้ พบปัญหา " + problems + " รายการ (ดู violations)",
        "The document is not a readable assessment document: "
            + problems
            + " problem(s), listed in violations");
  }

  static Text doesNotFitTitle() {
    return Text.of("การประเมินไม่ตรงกับเกณฑ์", "The assessment does not fit its rubric");
  }

  static Text doesNotFit(String rubric, int problems) {
    return Text.of(
        "การประเมินไม่ตรงกับเกณฑ์ "
            + rubric
            + " พบข้อผิดพลาด "
            + problems
            + " รายการ (ดู violations)",
        "The assessment does not fit rubric "
            + rubric
            + ": "
            + problems
            + " error(s), listed in violations");
  }

  static Text unknownRubric(String rubric) {
    return Text.of(
        "ไม่มีเกณฑ์ " + rubric + " ในบริการนี้ (ดูรายการที่ /rubrics)",
        "No rubric " + rubric + " is registered with this service (see /rubrics)");
  }

  static Text tooLargeTitle() {
    return Text.of("เอกสารใหญ่เกินไป", "The document is too large");
  }

  static Text tooLarge(long limit) {
    return Text.of(
        "เอกสารยาวเกิน " + limit + " ไบต์ ซึ่งเป็นขนาดสูงสุดที่รับได้",
        "The document is longer than " + limit + " bytes, the most this service accepts");
  }

  static Text unsupportedTypeTitle() {
    return Text.of("ชนิดเนื้อหาไม่รองรับ", "Unsupported content type");
  }

  static Text unsupportedType(String found) {
    return Text.of(
        "ส่งเอกสารเป็น application/json (UTF-8) ไม่ใช่ " + found,
        "Send the document as application/json (UTF-8), not " + found);
  }

  static Text finalTitle() {
    return Text.of("การประเมินปิดแล้ว", "The assessment is final");
  }

  static Text finalStored(String id) {
    return Text.of(
        "การประเมิน "
            + id
            + " ที่เก็บไว้มีสถานะ final แล้ว จึงแก้ไขไม่ได้ ให้เก็บเป็นการประเมินใหม่ด้วยรหัสอื่น",
        "Assessment "
            + id
            + " is stored as final and cannot be changed; store a new assessment under another"
            + " id");
  }

  static Text moveTitle() {
    return Text.of("เปลี่ยนสถานะแบบนี้ไม่ได้", "The status cannot move so");
  }

  static Text move(String id, String from, String to) {
    String f = from.toLowerCase(java.util.Locale.ROOT);
    String t = to.toLowerCase(java.util.Locale.ROOT);
    return Text.of(
        "การประเมิน "
            + id
            + " ที่เก็บไว้มีสถานะ "
            + f
            + " จึงเปลี่ยนเป็น "
            + t
            + " ไม่ได้"
            + " (draft → submitted → reviewed หรือ final; submitted ส่งกลับเป็น draft ได้)",
        "Assessment "
            + id
            + " is stored as "
            + f
            + " and cannot move to "
            + t
            + " (draft → submitted → reviewed or final; a submitted one may go back to draft)");
  }

  static Text notFoundTitle() {
    return Text.of("ไม่พบ", "Not found");
  }

  static Text noAssessment(String id) {
    return Text.of("ไม่มีการประเมินรหัส " + id, "No assessment is stored under id " + id);
  }

  static Text noHistory(String subjectId, String rubricId) {
    return Text.of(
        "ไม่มีการประเมินที่ปิดแล้ว (final) ของ " + subjectId + " ตามเกณฑ์ " + rubricId,
        "No final assessment of " + subjectId + " against " + rubricId + " is stored");
  }

  static Text emptyRound(String province, String year, String rubric) {
    return Text.of(
        "ไม่มีการประเมินของจังหวัด " + province + " ปีงบประมาณ " + year + " ตามเกณฑ์ " + rubric,
        "No assessment of province "
            + province
            + " in fiscal year "
            + year
            + " against "
            + rubric
            + " is stored");
  }

  static Text badFormat(String format, String allowed) {
    return Text.of(
        "ไม่มีรายงานรูปแบบ '" + format + "' (ใช้ " + allowed + ")",
        "No report format '" + format + "' (use " + allowed + ")");
  }

  static Text badLanguage(String lang) {
    return Text.of(
        "ไม่มีภาษา '" + lang + "' (ใช้ th, en หรือ both)",
        "No language '" + lang + "' (use th, en or both)");
  }

  static Text badRequestTitle() {
    return Text.of("คำขอไม่ถูกต้อง", "Bad request");
  }

  static Text badYear(String year) {
    return Text.of(
        "ปีงบประมาณต้องเป็นปีพุทธศักราช เช่น 2567 ไม่ใช่ '" + year + "'",
        "The fiscal year must be a Buddhist-era year such as 2567, not '" + year + "'");
  }

  static Text badStatus(String status) {
    return Text.of(
        "สถานะ '" + status + "' ไม่มี (ใช้ draft, submitted, reviewed หรือ final)",
        "No status '" + status + "' (use draft, submitted, reviewed or final)");
  }

  static Text tooLongForStorage(String field, int limit) {
    return Text.of(
        field + " ยาวเกิน " + limit + " ตัวอักษร ซึ่งเก็บไม่ได้",
        field + " is longer than " + limit + " characters and cannot be stored");
  }
}
