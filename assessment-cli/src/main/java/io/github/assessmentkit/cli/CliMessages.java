package io.github.assessmentkit.cli;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.nio.file.Path;

/** The tool's own messages, in Thai and English, written once here. */
final class CliMessages {
  private CliMessages() {}

  static Text tooLarge(long bytes, long limit) {
    return Text.of(
        "เอกสารยาว " + bytes + " ไบต์ เกินขีดจำกัด " + limit + " ไบต์ จึงไม่ได้อ่าน",
        "the document is " + bytes + " bytes, over the limit of " + limit + ", so it was not read");
  }

  static Text lineTooLong(long limit) {
    return Text.of(
        "บรรทัดนี้ยาวเกินขีดจำกัด " + limit + " ไบต์ จึงไม่ได้อ่าน",
        "the line is longer than the limit of " + limit + " bytes, so it was not read");
  }

  static Text unreadable(String why) {
    return Text.of("อ่านไฟล์ไม่ได้: " + why, "the file could not be read: " + why);
  }

  static Text duplicate(String subjectId, String rubric, FiscalYear year) {
    return Text.of(
        "องค์กร '"
            + subjectId
            + "' มีผลการประเมินตาม "
            + rubric
            + " "
            + year.label(Language.TH)
            + " ในรอบนี้แล้ว รอบหนึ่งรับได้องค์กรละหนึ่งฉบับ",
        "organisation '"
            + subjectId
            + "' already has an assessment against "
            + rubric
            + " for "
            + year.label(Language.EN)
            + " in this run; a round takes one per organisation");
  }

  static Text failed(String what) {
    return Text.of("คิดคะแนนไม่สำเร็จ: " + what, "scoring failed: " + what);
  }

  static Text counted(long done, long total, int percent) {
    String figures = done + "/" + total;
    return Text.of(figures + " ฉบับ (" + percent + "%)", figures + " documents (" + percent + "%)");
  }

  static Text rate(BigDecimal perSecond) {
    String r = perSecond.toPlainString();
    return Text.of(r + " ฉบับ/วินาที", r + " documents/s");
  }

  static Text left(String time) {
    return Text.of("เหลืออีก " + time, time + " left");
  }

  static Text summary(long scored, long rejected, long total) {
    return Text.of(
        "คิดคะแนนแล้ว "
            + scored
            + " ฉบับ ปฏิเสธ "
            + rejected
            + " ฉบับ จากทั้งหมด "
            + total
            + " ฉบับ",
        "scored " + scored + ", rejected " + rejected + " of " + total + " documents");
  }

  static Text took(BigDecimal seconds, BigDecimal perSecond) {
    return Text.of(
        "ใช้เวลา "
            + seconds.toPlainString()
            + " วินาที ("
            + perSecond.toPlainString()
            + " ฉบับ/วินาที)",
        "took " + seconds.toPlainString() + " s (" + perSecond.toPlainString() + " documents/s)");
  }

  static Text scorecards(Path file) {
    return Text.of("ผลคะแนน: " + file, "scorecards: " + file);
  }

  static Text rejects(Path file) {
    return Text.of(
        "เอกสารที่ปฏิเสธพร้อมรายงานปัญหา: " + file,
        "rejected documents with their reports: " + file);
  }

  static Text cohort(String rubric, FiscalYear year, int size, int leftOut, Path file) {
    String th = leftOut == 0 ? "" : " (ไม่นับ " + leftOut + " ที่ยังไม่เป็นฉบับสุดท้าย)";
    String en = leftOut == 0 ? "" : " (" + leftOut + " left out as not final)";
    return Text.of(
        "รอบ "
            + rubric
            + " "
            + year.label(Language.TH)
            + ": "
            + size
            + " องค์กร"
            + th
            + " → "
            + file,
        "round "
            + rubric
            + " "
            + year.label(Language.EN)
            + ": "
            + size
            + " organisations"
            + en
            + " → "
            + file);
  }

  /**
   * A round none of whose assessments is final, so no cohort was written.
   *
   * @param rubric the rubric, id@version
   * @param year the fiscal year
   * @param leftOut how many were left out
   * @return the line
   */
  static Text noneFinal(String rubric, FiscalYear year, int leftOut) {
    return Text.of(
        "รอบ "
            + rubric
            + " "
            + year.label(Language.TH)
            + ": ไม่มีผลประเมินฉบับสุดท้าย ("
            + leftOut
            + " ฉบับยังไม่เป็นฉบับสุดท้าย) จึงไม่ได้เขียนผลของรอบ; ใช้ --all-statuses เพื่อรวมทุกสถานะ",
        "round "
            + rubric
            + " "
            + year.label(Language.EN)
            + ": no final assessment ("
            + leftOut
            + " not final), so no cohort was written; --all-statuses takes every status");
  }

  static Text report(String name, Path file) {
    return Text.of("รายงาน " + name + ": " + file, name + " report: " + file);
  }

  static Text stopped(String why) {
    return Text.of("หยุดทำงาน: " + why, "stopped: " + why);
  }

  static Text noInput(Path input) {
    return Text.of(
        "ไม่พบ " + input + " (ต้องเป็นโฟลเดอร์หรือไฟล์ JSON lines)",
        input + " does not exist (it must be a folder or a JSON-lines file)");
  }
}
