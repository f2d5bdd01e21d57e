package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;

/**
 * The bilingual messages of an organisation's history across fiscal years: the refusals of its
 * builder and the reasons of its flags. See {@link Messages} for the rules every message follows.
 * Years are Buddhist Era numbers, as a Thai office writes them. Not part of the public API.
 */
public final class HistoryMessages {
  private HistoryMessages() {}

  private static String thYear(int be) {
    return "ปี " + be;
  }

  private static String enYear(int be) {
    return "B.E. " + be;
  }

  private static String th(Text t) {
    return t.get(Language.TH);
  }

  private static String en(Text t) {
    return t.get(Language.EN);
  }

  // Refusals.

  /**
   * @return "a history needs at least one scorecard"
   */
  public static Text noScorecard() {
    return Text.of(
        "ประวัติต้องมีผลการประเมินอย่างน้อยหนึ่งปี", "a history needs at least one scorecard");
  }

  /**
   * @param be the fiscal year, Buddhist Era
   * @param first the first assessment of that year
   * @param second the second
   * @return "two scorecards of fiscal year be: a and b; give one per year"
   */
  public static Text sameYear(int be, String first, String second) {
    return Text.of(
        "มีผลการประเมินสองรายการในปีงบประมาณ "
            + be
            + ": '"
            + first
            + "' และ '"
            + second
            + "' ให้ใส่ปีละหนึ่งรายการ",
        "two scorecards of fiscal year "
            + be
            + " (B.E.): '"
            + first
            + "' and '"
            + second
            + "'; give one per year");
  }

  /**
   * @param assessmentId the assessment
   * @param ref the rubric it was scored against
   * @param rubricId the history's rubric id
   * @return "assessment a was scored against r, not a version of id"
   */
  public static Text otherRubricCard(String assessmentId, String ref, String rubricId) {
    return Text.of(
        "การประเมิน '" + assessmentId + "' ใช้ชุดเกณฑ์ " + ref + " ไม่ใช่ชุดเกณฑ์ " + rubricId,
        "assessment '"
            + assessmentId
            + "' was scored against "
            + ref
            + ", not a version of "
            + rubricId);
  }

  /**
   * @param ref the rubric version given
   * @param rubricId the history's rubric id
   * @return "r is not a version of id"
   */
  public static Text otherRubric(String ref, String rubricId) {
    return Text.of(
        ref + " ไม่ใช่ฉบับหนึ่งของชุดเกณฑ์ " + rubricId, ref + " is not a version of " + rubricId);
  }

  /**
   * @param ref the version
   * @return "another rubric of version r was already added"
   */
  public static Text rubricTwice(String ref) {
    return Text.of(
        "มีชุดเกณฑ์ฉบับ " + ref + " อีกชุดหนึ่งอยู่แล้ว",
        "another rubric of version " + ref + " was already added");
  }

  /**
   * @param assessmentId the assessment
   * @param ref its rubric version
   * @return "assessment a was scored against r, which was not added to the history"
   */
  public static Text rubricMissing(String assessmentId, String ref) {
    return Text.of(
        "การประเมิน '" + assessmentId + "' ใช้ชุดเกณฑ์ " + ref + " ซึ่งไม่ได้ใส่ไว้ในประวัติ",
        "assessment '"
            + assessmentId
            + "' was scored against "
            + ref
            + ", which was not added to the history");
  }

  /**
   * @param from the older version
   * @param to the newer version
   * @return "a correspondence from a to b was already declared"
   */
  public static Text correspondenceTwice(String from, String to) {
    return Text.of(
        "มีการระบุการเทียบจาก " + from + " ไป " + to + " แล้ว",
        "a correspondence from " + from + " to " + to + " was already declared");
  }

  /**
   * @param ref the version
   * @return "a correspondence needs two versions; both are r"
   */
  public static Text sameVersions(String ref) {
    return Text.of(
        "การเทียบต้องเป็นระหว่างสองฉบับ แต่ทั้งสองเป็น " + ref,
        "a correspondence needs two versions; both are " + ref);
  }

  /**
   * @param id the newer id
   * @return "newer node 'id' is compared with two older nodes"
   */
  public static Text comparedTwice(String id) {
    return Text.of(
        "หัวข้อ '" + id + "' ของฉบับใหม่ถูกเทียบกับหัวข้อเดิมสองหัวข้อ",
        "newer node '" + id + "' is compared with two older nodes");
  }

  /**
   * @param years the value given
   * @return "minimumYears must be 3 or more, not n"
   */
  public static Text tooFewYears(int years) {
    return Text.of(
        "minimumYears ต้องไม่น้อยกว่า 3 แต่ได้ " + years,
        "minimumYears must be 3 or more, not " + years);
  }

  /**
   * @param id the plaque id
   * @return "plaque 'id' is declared twice"
   */
  public static Text plaqueTwice(String id) {
    return Text.of("โล่ '" + id + "' ถูกระบุสองครั้ง", "plaque '" + id + "' is declared twice");
  }

  /**
   * @param years the years counted
   * @param rises the rises counted
   * @return "a trend of n years cannot end in r rises"
   */
  public static Text trendCounts(int years, int rises) {
    return Text.of(
        "แนวโน้ม " + years + " ปี ไม่อาจลงท้ายด้วยการเพิ่มขึ้น " + rises + " ครั้ง",
        "a trend of " + years + " years cannot end in " + rises + " rises");
  }

  /**
   * @param direction the direction
   * @return "a slope is given exactly when the direction is not TOO_SHORT (here d)"
   */
  public static Text slopeAndDirection(String direction) {
    return Text.of(
        "ต้องมีความชันเมื่อทิศทางไม่ใช่ TOO_SHORT และต้องไม่มีเมื่อเป็น TOO_SHORT (ที่นี่ "
            + direction
            + ")",
        "a slope is given exactly when the direction is not TOO_SHORT (here " + direction + ")");
  }

  /**
   * @param field the field
   * @param value the value
   * @return "field cannot be negative: v"
   */
  public static Text negative(String field, int value) {
    return Text.of(
        field + " ต้องไม่ติดลบ แต่ได้ " + value, field + " cannot be negative: " + value);
  }

  /**
   * @param assessmentId the assessment
   * @param id its organisation
   * @param expected the history's organisation
   * @return "assessment a is of organisation x, not y"
   */
  public static Text otherSubject(String assessmentId, String id, String expected) {
    return Text.of(
        "การประเมิน '" + assessmentId + "' เป็นของหน่วยงาน '" + id + "' ไม่ใช่ '" + expected + "'",
        "assessment '"
            + assessmentId
            + "' is of organisation '"
            + id
            + "', not '"
            + expected
            + "'");
  }

  /**
   * @param plaqueId the plaque
   * @param what "ladder" or "award scheme" with its id, or a rung or tier
   * @param ref the rubric version
   * @return "plaque p reads x, which r does not have"
   */
  public static Text plaqueReadsMissing(String plaqueId, String what, String ref) {
    return Text.of(
        "โล่ '" + plaqueId + "' อ้างถึง " + what + " ซึ่งไม่มีในชุดเกณฑ์ " + ref,
        "plaque '" + plaqueId + "' reads " + what + ", which " + ref + " does not have");
  }

  // Flag reasons.

  /**
   * @param ladder the ladder's name
   * @param before the rung the year before
   * @param now the rung this year
   * @param beBefore the year before
   * @return "ladder: before (year) → now"
   */
  public static Text levelLost(Text ladder, Text before, Text now, int beBefore) {
    return Text.of(
        th(ladder) + " ลดลงจาก " + th(before) + " (" + thYear(beBefore) + ") เป็น " + th(now),
        en(ladder) + " fell from " + en(before) + " (" + enYear(beBefore) + ") to " + en(now));
  }

  /**
   * @param scheme the scheme's name
   * @param before the tier the year before
   * @param now the outcome this year
   * @param beBefore the year before
   * @return "scheme: before (year) → now"
   */
  public static Text awardLost(Text scheme, Text before, Text now, int beBefore) {
    return Text.of(
        th(scheme) + " ลดลงจาก " + th(before) + " (" + thYear(beBefore) + ") เป็น " + th(now),
        en(scheme) + " fell from " + en(before) + " (" + enYear(beBefore) + ") to " + en(now));
  }

  /**
   * @param plaque the plaque's name
   * @param beBefore the year it last held
   * @param why the conditions that failed
   * @return "plaque held in year no longer holds: why"
   */
  public static Text plaqueLost(Text plaque, int beBefore, List<Text> why) {
    StringBuilder t = new StringBuilder();
    StringBuilder e = new StringBuilder();
    for (Text w : why) {
      t.append(t.length() == 0 ? "" : "; ").append(th(w));
      e.append(e.length() == 0 ? "" : "; ").append(en(w));
    }
    return Text.of(
        th(plaque) + " ซึ่งผ่านใน" + thYear(beBefore) + " ไม่ผ่านแล้ว: " + t,
        en(plaque) + ", held in " + enYear(beBefore) + ", no longer holds: " + e);
  }

  /**
   * @param node the node's name
   * @param before the percent the year before
   * @param now the percent this year
   * @param drop the threshold
   * @param beBefore the year before
   * @return "node fell from a % (year) to b %, c points; flagged at d or more"
   */
  public static Text nodeFell(
      Text node, BigDecimal before, BigDecimal now, BigDecimal drop, int beBefore) {
    String change = Decimals.plain(now.subtract(before));
    return Text.of(
        th(node)
            + " ลดลงจากร้อยละ "
            + Decimals.plain(before)
            + " ("
            + thYear(beBefore)
            + ") เป็นร้อยละ "
            + Decimals.plain(now)
            + " ("
            + change
            + " จุด; เกณฑ์แจ้งเตือนลดลง "
            + Decimals.plain(drop)
            + " จุดขึ้นไป)",
        en(node)
            + " fell from "
            + Decimals.plain(before)
            + " % ("
            + enYear(beBefore)
            + ") to "
            + Decimals.plain(now)
            + " % ("
            + change
            + " points; flagged at a fall of "
            + Decimals.plain(drop)
            + " or more)");
  }

  /**
   * @param before the coverage percent the year before
   * @param now this year's
   * @param drop the threshold
   * @param beBefore the year before
   * @return "coverage fell from a % (year) to b %; flagged at d or more"
   */
  public static Text coverageFell(
      BigDecimal before, BigDecimal now, BigDecimal drop, int beBefore) {
    return Text.of(
        "สัดส่วนตัวชี้วัดที่ได้รับการประเมินลดลงจากร้อยละ "
            + Decimals.plain(before)
            + " ("
            + thYear(beBefore)
            + ") เป็นร้อยละ "
            + Decimals.plain(now)
            + " (เกณฑ์แจ้งเตือนลดลง "
            + Decimals.plain(drop)
            + " จุดขึ้นไป)",
        "coverage (indicators rated of those ratable) fell from "
            + Decimals.plain(before)
            + " % ("
            + enYear(beBefore)
            + ") to "
            + Decimals.plain(now)
            + " % (flagged at a fall of "
            + Decimals.plain(drop)
            + " or more)");
  }

  /**
   * @param ladder the ladder's name
   * @param rung the top rung
   * @return "ladder: rung for the first time in this history"
   */
  public static Text firstTopRung(Text ladder, Text rung) {
    return Text.of(
        th(ladder) + " ถึง " + th(rung) + " เป็นครั้งแรกในประวัตินี้",
        en(ladder) + " reached " + en(rung) + " for the first time in this history");
  }

  /**
   * @param plaque the plaque's name
   * @return "plaque holds for the first time in this history"
   */
  public static Text plaqueWon(Text plaque) {
    return Text.of(
        th(plaque) + " ผ่านเป็นครั้งแรกในประวัตินี้",
        en(plaque) + " holds for the first time in this history");
  }

  /**
   * @param plaque the plaque's name
   * @param beLastHeld the last year it held
   * @param beLost the year it did not hold before this one
   * @return "plaque holds again, last held in a, not held in b"
   */
  public static Text plaqueRegained(Text plaque, int beLastHeld, int beLost) {
    return Text.of(
        th(plaque)
            + " กลับมาผ่านอีกครั้ง (ผ่านล่าสุดใน"
            + thYear(beLastHeld)
            + " ไม่ผ่านใน"
            + thYear(beLost)
            + ")",
        en(plaque)
            + " holds again (last held in "
            + enYear(beLastHeld)
            + ", not held in "
            + enYear(beLost)
            + ")");
  }

  /**
   * @param node the node's name
   * @param rises the rises in a row
   * @param from the percent before the first rise
   * @param to this year's percent
   * @param beFrom the year before the first rise
   * @return "node rose n years running, from a % (year) to b %"
   */
  public static Text streak(Text node, int rises, BigDecimal from, BigDecimal to, int beFrom) {
    return Text.of(
        th(node)
            + " ดีขึ้นต่อเนื่อง "
            + rises
            + " ปี จากร้อยละ "
            + Decimals.plain(from)
            + " ("
            + thYear(beFrom)
            + ") เป็นร้อยละ "
            + Decimals.plain(to),
        en(node)
            + " rose "
            + rises
            + " years running, from "
            + Decimals.plain(from)
            + " % ("
            + enYear(beFrom)
            + ") to "
            + Decimals.plain(to)
            + " %");
  }
}
