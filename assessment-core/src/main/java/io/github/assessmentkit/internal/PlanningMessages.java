package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;

/**
 * The bilingual messages of what-if planning: what one step up a scale adds, why an indicator has
 * no step, what a target is, how a plan reaches it and what blocks it. See {@link Messages} for the
 * rules every message follows.
 */
public final class PlanningMessages {
  private PlanningMessages() {}

  // One step.

  /**
   * @param indicatorId the indicator stepped
   * @param from its value now
   * @param to its value one step up
   * @param gain the points the step adds to the total, as shown
   * @param before the total now, as shown
   * @param after the total after the step, as shown
   * @return "raising 7.1 from 45 to 50 adds 6.00 points (total 551.50 → 557.50)"
   */
  public static Text stepAdds(
      String indicatorId,
      String from,
      String to,
      BigDecimal gain,
      BigDecimal before,
      BigDecimal after) {
    String totals = before.toPlainString() + " → " + after.toPlainString();
    return Text.of(
        "ยก "
            + indicatorId
            + " จาก "
            + from
            + " เป็น "
            + to
            + " ได้เพิ่ม "
            + gain.toPlainString()
            + " คะแนน (คะแนนรวม "
            + totals
            + ")",
        "raising "
            + indicatorId
            + " from "
            + from
            + " to "
            + to
            + " adds "
            + gain.toPlainString()
            + " points (total "
            + totals
            + ")");
  }

  /**
   * @param title the ladder's or scheme's name
   * @param from the rung or outcome now
   * @param to the rung or outcome after
   * @return "Overall band: Band 4 → Band 5"
   */
  public static Text outcomeChanges(Text title, Text from, Text to) {
    return Text.of(
        title.get(Language.TH) + ": " + from.get(Language.TH) + " → " + to.get(Language.TH),
        title.get(Language.EN) + ": " + from.get(Language.EN) + " → " + to.get(Language.EN));
  }

  // Why an indicator has no step.

  /**
   * @param indicatorId the indicator
   * @return "7.1 is not rated: rate it before planning a step"
   */
  public static Text notRated(String indicatorId) {
    return Text.of(
        indicatorId + " ยังไม่ได้ให้คะแนน ต้องให้คะแนนก่อนจึงวางแผนยกระดับได้",
        indicatorId + " is not rated: rate it before planning a step");
  }

  /**
   * @param indicatorId the indicator
   * @return "7.1 is rated not applicable: it has no step"
   */
  public static Text notApplicable(String indicatorId) {
    return Text.of(
        indicatorId + " ได้รับการประเมินว่าไม่เกี่ยวข้อง จึงไม่มีขั้นให้ยก",
        indicatorId + " is rated not applicable: it has no step");
  }

  /**
   * @param indicatorId the indicator
   * @param value its value
   * @return "7.1 is at the top of its scale (100)"
   */
  public static Text atTheTop(String indicatorId, String value) {
    return Text.of(
        indicatorId + " อยู่ที่ระดับสูงสุดของมาตรวัดแล้ว (" + value + ")",
        indicatorId + " is at the top of its scale (" + value + ")");
  }

  /**
   * @param indicatorId the indicator
   * @return "7.1 is rated on a scale without steps"
   */
  public static Text noSteps(String indicatorId) {
    return Text.of(
        indicatorId + " ใช้มาตรวัดที่ไม่ได้กำหนดขั้น จึงไม่มีขั้นถัดไป",
        indicatorId + " is rated on a scale without steps: it has no next step");
  }

  /**
   * @param indicatorId the indicator
   * @param to the value one step up
   * @param why what validation says of it
   * @return "7.1 cannot be raised to 50: why"
   */
  public static Text stepNotValid(String indicatorId, String to, Text why) {
    return Text.of(
        indicatorId + " ยกเป็น " + to + " ไม่ได้: " + why.get(Language.TH),
        indicatorId + " cannot be raised to " + to + ": " + why.get(Language.EN));
  }

  // Targets.

  /**
   * @param ladder the ladder's name
   * @param rung the rung's name
   * @return "Governance level: Outstanding or higher"
   */
  public static Text rungTarget(Text ladder, Text rung) {
    return Text.of(
        ladder.get(Language.TH) + ": " + rung.get(Language.TH) + " ขึ้นไป",
        ladder.get(Language.EN) + ": " + rung.get(Language.EN) + " or higher");
  }

  /**
   * @param ladder the ladder's name
   * @param rung the rung now
   * @return "Governance level: already on the top rung (Outstanding)"
   */
  public static Text alreadyOnTop(Text ladder, Text rung) {
    return Text.of(
        ladder.get(Language.TH) + ": อยู่ขั้นสูงสุดแล้ว (" + rung.get(Language.TH) + ")",
        ladder.get(Language.EN) + ": already on the top rung (" + rung.get(Language.EN) + ")");
  }

  /**
   * @param ladder the ladder's name
   * @return "Governance level: no rung is decided"
   */
  public static Text rungUndecided(Text ladder) {
    return Text.of(
        ladder.get(Language.TH) + ": ยังตัดสินขั้นไม่ได้",
        ladder.get(Language.EN) + ": no rung is decided");
  }

  /**
   * @param scheme the scheme's name
   * @param tier the tier's name
   * @return "TQA ladder: TQC Plus or higher"
   */
  public static Text tierTarget(Text scheme, Text tier) {
    return Text.of(
        scheme.get(Language.TH) + ": " + tier.get(Language.TH) + " ขึ้นไป",
        scheme.get(Language.EN) + ": " + tier.get(Language.EN) + " or higher");
  }

  /**
   * @param schemeId the scheme
   * @return "no award scheme tqa"
   */
  public static Text noSuchScheme(String schemeId) {
    return Text.of("ไม่พบเกณฑ์รางวัล '" + schemeId + "'", "no award scheme " + schemeId);
  }

  /**
   * @param schemeId the scheme
   * @param tierId the tier
   * @return "award scheme tqa has no tier gold"
   */
  public static Text noSuchTier(String schemeId, String tierId) {
    return Text.of(
        "เกณฑ์รางวัล '" + schemeId + "' ไม่มีระดับรางวัล '" + tierId + "'",
        "award scheme " + schemeId + " has no tier " + tierId);
  }

  /**
   * @param ladderId the ladder
   * @param rungId the rung
   * @return "ladder bands has no rung band-9"
   */
  public static Text noSuchRung(String ladderId, String rungId) {
    return Text.of(
        "บันไดระดับ '" + ladderId + "' ไม่มีขั้น '" + rungId + "'",
        "ladder " + ladderId + " has no rung " + rungId);
  }

  /**
   * @param indicatorId the indicator
   * @return "no indicator 9.9"
   */
  public static Text noSuchIndicator(String indicatorId) {
    return Text.of("ไม่พบตัวชี้วัด '" + indicatorId + "'", "no indicator " + indicatorId);
  }

  // Plans.

  /**
   * @param target the target
   * @return "TQC Plus or higher: already reached, no step needed"
   */
  public static Text alreadyReached(Text target) {
    return Text.of(
        target.get(Language.TH) + ": บรรลุแล้ว ไม่ต้องยกระดับ",
        target.get(Language.EN) + ": already reached, no step needed");
  }

  /**
   * @param target the target
   * @param steps how many steps
   * @param cost their cost
   * @param before the total now
   * @param after the total after the plan
   * @return "TQC Plus or higher: reached in 4 steps (cost 4), total 430.00 → 452.50"
   */
  public static Text reachedIn(
      Text target, int steps, BigDecimal cost, BigDecimal before, BigDecimal after) {
    String totals = before.toPlainString() + " → " + after.toPlainString();
    String c = cost.stripTrailingZeros().toPlainString();
    return Text.of(
        target.get(Language.TH)
            + ": ถึงได้ใน "
            + steps
            + " ขั้น (ต้นทุน "
            + c
            + ") คะแนนรวม "
            + totals,
        target.get(Language.EN)
            + ": reached in "
            + steps
            + (steps == 1 ? " step" : " steps")
            + " (cost "
            + c
            + "), total "
            + totals);
  }

  /**
   * @param target the target
   * @return "TQC Plus or higher: cannot be reached, even with every rated indicator at the top of
   *     its scale"
   */
  public static Text unreachable(Text target) {
    return Text.of(
        target.get(Language.TH)
            + ": ไปไม่ถึง แม้ทุกตัวชี้วัดที่ให้คะแนนแล้วจะอยู่ระดับสูงสุดของมาตรวัด",
        target.get(Language.EN)
            + ": cannot be reached, even with every rated indicator at the top of its scale");
  }

  /** {@return why a plan is the cheapest: the search covered every cheaper plan} */
  public static Text provenCheapest() {
    return Text.of(
        "เป็นแผนที่ใช้ต้นทุนน้อยที่สุด: ค้นครบทุกแผนที่ถูกกว่าแล้วไม่มีแผนใดถึงเป้าหมาย",
        "the cheapest plan: the search covered every cheaper plan and none reaches the target");
  }

  /**
   * @param limit the number of search nodes allowed
   * @return why a plan is not proven the cheapest: the search stopped at its limit
   */
  public static Text searchLimitReached(int limit) {
    return Text.of(
        "ยังไม่ได้พิสูจน์ว่าใช้ต้นทุนน้อยที่สุด: การค้นหาหยุดที่ขีดจำกัด " + limit + " โหนด",
        "not proven the cheapest: the search stopped at its limit of " + limit + " nodes");
  }

  /**
   * @param strategy the strategy that is not additive
   * @return why a plan is not proven the cheapest: a criterion is not scored additively
   */
  public static Text notAdditive(String strategy) {
    return Text.of(
        "ยังไม่ได้พิสูจน์ว่าใช้ต้นทุนน้อยที่สุด: มีเกณฑ์ที่คิดคะแนนด้วย "
            + strategy
            + " ซึ่งไม่ใช่การรวมแบบบวก จึงใช้การเลือกทีละขั้นที่ตรวจด้วยการคิดคะแนนจริง",
        "not proven the cheapest: a criterion is scored by "
            + strategy
            + ", which is not additive, so steps were chosen one at a time, each checked by"
            + " scoring");
  }
}
