package io.github.assessmentkit.internal;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;

/**
 * The bilingual messages of a scorecard: the reasons given for a rung reached and for each
 * condition of an award checked, the checks of scored nodes, and what its analysis suggests. See
 * {@link Messages} for the rules every message follows.
 */
public final class ScoringMessages {
  private ScoringMessages() {}

  // Reasons for a rung reached.

  /**
   * @param metric what the ladder reads
   * @param value the value read
   * @return "metric = value, below every higher rung"
   */
  public static Text belowEveryHigherRung(Text metric, BigDecimal value) {
    return Text.of(
        metric.get(Language.TH) + " = " + value.toPlainString() + " ต่ำกว่าทุกเกณฑ์ขั้นที่สูงกว่า",
        metric.get(Language.EN) + " = " + value.toPlainString() + ", below every higher rung");
  }

  /**
   * @param metric what the ladder reads
   * @param value the value read
   * @param symbol the rung's comparison, for example {@code ≥}
   * @param bound the rung's bound
   * @return "metric = value symbol bound"
   */
  public static Text rungBoundMet(Text metric, BigDecimal value, String symbol, BigDecimal bound) {
    String comparison = " = " + value.toPlainString() + " " + symbol + " " + bound.toPlainString();
    return Text.of(metric.get(Language.TH) + comparison, metric.get(Language.EN) + comparison);
  }

  // Reasons for an award.

  /** {@return the name of the outcome when no tier is met} */
  public static Text noAward() {
    return Text.of("ไม่ได้รับรางวัล", "no award");
  }

  /**
   * @param metric what the condition reads
   * @param value the value read
   * @param met whether the comparison holds
   * @param symbol the comparison, for example {@code ≥}
   * @param bound the bound compared with
   * @return "metric = value [not] symbol bound"
   */
  public static Text comparison(
      Text metric, BigDecimal value, boolean met, String symbol, BigDecimal bound) {
    // built once per comparison of every scorecard: one pass per language, no intermediate strings
    String shown = value.toPlainString();
    String limit = bound.toPlainString();
    String th = metric.get(Language.TH);
    String en = metric.get(Language.EN);
    StringBuilder thai = new StringBuilder(th.length() + shown.length() + limit.length() + 16);
    thai.append(th).append(" = ").append(shown).append(' ');
    if (!met) {
      thai.append("ไม่ ");
    }
    thai.append(symbol).append(' ').append(limit);
    StringBuilder english = new StringBuilder(en.length() + shown.length() + limit.length() + 16);
    english.append(en).append(" = ").append(shown).append(' ');
    if (!met) {
      english.append("not ");
    }
    english.append(symbol).append(' ').append(limit);
    return new Text(thai.toString(), english.toString());
  }

  /**
   * @param met whether every condition holds
   * @return the reason of an all-of condition
   */
  public static Text allOf(boolean met) {
    return met
        ? Text.of("ผ่านทุกเงื่อนไข", "all conditions hold")
        : Text.of("มีเงื่อนไขที่ไม่ผ่าน", "a condition fails");
  }

  /**
   * @param met whether some condition holds
   * @return the reason of an any-of condition
   */
  public static Text anyOf(boolean met) {
    return met
        ? Text.of("ผ่านอย่างน้อยหนึ่งเงื่อนไข", "at least one condition holds")
        : Text.of("ไม่ผ่านเงื่อนไขใดเลย", "no condition holds");
  }

  /**
   * @param ladder the ladder's title
   * @param reached the label of the rung reached
   * @param met whether it is the wanted rung or a higher one
   * @param wanted the label of the wanted rung
   * @return "ladder: reached [does not] reach wanted"
   */
  public static Text rungReached(Text ladder, Text reached, boolean met, Text wanted) {
    return Text.of(
        ladder.get(Language.TH)
            + ": "
            + reached.get(Language.TH)
            + (met ? " ถึง" : " ไม่ถึง")
            + "ระดับ "
            + wanted.get(Language.TH),
        ladder.get(Language.EN)
            + ": "
            + reached.get(Language.EN)
            + (met ? " reaches " : " does not reach ")
            + wanted.get(Language.EN));
  }

  /**
   * @param coverage the scorecard's coverage, in percent
   * @param met whether it reaches the wanted percent
   * @param wanted the wanted percent
   * @return "coverage c % ≥ wanted %" or "... below ..."
   */
  public static Text coverage(BigDecimal coverage, boolean met, BigDecimal wanted) {
    return Text.of(
        "ความครบถ้วนของการประเมิน ร้อยละ "
            + coverage.toPlainString()
            + (met ? " ≥ " : " ต่ำกว่า ")
            + wanted.toPlainString(),
        "coverage "
            + coverage.toPlainString()
            + " %"
            + (met ? " ≥ " : " below ")
            + wanted.toPlainString()
            + " %");
  }

  /**
   * @param name the condition's name
   * @param reason the reason of the condition it names
   * @return "name: reason"
   */
  public static Text named(Text name, Text reason) {
    return Text.of(
        name.get(Language.TH) + ": " + reason.get(Language.TH),
        name.get(Language.EN) + ": " + reason.get(Language.EN));
  }

  // Reasons when the metric of a rung or condition does not apply.

  /** {@return the label of a level or the outcome of an award that could not be decided} */
  public static Text undecided() {
    return Text.of("ยังตัดสินไม่ได้", "undecided");
  }

  /**
   * @param subject what does not apply, for example {@code G2.3}
   * @return "subject does not apply"
   */
  public static Text doesNotApply(Text subject) {
    return Text.of(
        subject.get(Language.TH) + " ไม่เกี่ยวข้อง", subject.get(Language.EN) + " does not apply");
  }

  private static Text stated(Text state, String th, String en) {
    return Text.of(state.get(Language.TH) + ": " + th, state.get(Language.EN) + ": " + en);
  }

  // Indicators without a value, read by a metric or condition on the indicator.

  /**
   * @param indicatorId the indicator
   * @return "indicator indicatorId is not applicable"
   */
  public static Text indicatorNotApplicable(String indicatorId) {
    return Text.of(
        "ตัวชี้วัด " + indicatorId + " ไม่เกี่ยวข้อง",
        "indicator " + indicatorId + " is not applicable");
  }

  /**
   * @param indicatorId the indicator
   * @return "indicator indicatorId is unknown"
   */
  public static Text indicatorUnknown(String indicatorId) {
    return Text.of(
        "ตัวชี้วัด " + indicatorId + " ไม่ทราบผล", "indicator " + indicatorId + " is unknown");
  }

  /**
   * @param indicatorId the indicator
   * @return "indicator indicatorId is not rated"
   */
  public static Text indicatorNotRated(String indicatorId) {
    return Text.of(
        "ตัวชี้วัด " + indicatorId + " ยังไม่ได้ประเมิน",
        "indicator " + indicatorId + " is not rated");
  }

  /**
   * @param state why there is no value, for example "indicator S3.1 is unknown"
   * @return "state: the condition holds by the rubric's rule"
   */
  public static Text withoutValueHolds(Text state) {
    return stated(state, "เงื่อนไขผ่านตามกฎของเกณฑ์", "the condition holds by the rubric's rule");
  }

  /**
   * @param state why there is no value, for example "indicator S3.1 is unknown"
   * @return "state: the condition fails by the rubric's rule"
   */
  public static Text withoutValueFails(Text state) {
    return stated(
        state, "เงื่อนไขไม่ผ่านตามกฎของเกณฑ์", "the condition fails by the rubric's rule");
  }

  /**
   * @param state why there is no value, for example "indicator S3.1 is unknown"
   * @return "state: the decision is undecided by the rubric's rule"
   */
  public static Text withoutValueUndecided(Text state) {
    return stated(
        state, "ยังตัดสินไม่ได้ตามกฎของเกณฑ์", "the decision is undecided by the rubric's rule");
  }

  /**
   * @param state why there is no value
   * @param rung the label of the rung reached
   * @return "state: rung reached by the rubric's rule"
   */
  public static Text withoutValueRungReached(Text state, Text rung) {
    return stated(
        state,
        "ได้ระดับ " + rung.get(Language.TH) + " ตามกฎของเกณฑ์",
        rung.get(Language.EN) + " is reached by the rubric's rule");
  }

  /**
   * @param state why there is no value
   * @return "state: below every higher rung by the rubric's rule"
   */
  public static Text withoutValueBelowEveryHigherRung(Text state) {
    return stated(
        state,
        "ต่ำกว่าทุกเกณฑ์ขั้นที่สูงกว่าตามกฎของเกณฑ์",
        "below every higher rung by the rubric's rule");
  }

  /**
   * @param indicatorId the indicator
   * @param rated the code or number it was rated with
   * @param met whether that is the code required
   * @param code the code required
   * @return "indicator id rated rated, as required (code)" or "indicator id rated rated, not code
   *     as required"
   */
  public static Text ratedWith(String indicatorId, String rated, boolean met, String code) {
    if (met) {
      return Text.of(
          "ตัวชี้วัด " + indicatorId + " ได้ " + rated + " ตรงตามที่กำหนด (" + code + ")",
          "indicator " + indicatorId + " rated " + rated + ", as required (" + code + ")");
    }
    return Text.of(
        "ตัวชี้วัด " + indicatorId + " ได้ " + rated + " ไม่ใช่ " + code + " ตามที่กำหนด",
        "indicator " + indicatorId + " rated " + rated + ", not " + code + " as required");
  }

  // Rung conditions and gates.

  /**
   * @param reason the reason of the rung reached
   * @param higher the label of a higher rung whose bound was met but a condition failed
   * @param condition the reason of the condition that failed
   * @return "reason; higher not reached: condition"
   */
  public static Text rungConditionFailed(Text reason, Text higher, Text condition) {
    return Text.of(
        reason.get(Language.TH)
            + "; ไม่ถึงระดับ "
            + higher.get(Language.TH)
            + ": "
            + condition.get(Language.TH),
        reason.get(Language.EN)
            + "; "
            + higher.get(Language.EN)
            + " not reached: "
            + condition.get(Language.EN));
  }

  /**
   * @param rung the label of the rung whose condition could not be decided
   * @param condition the reason of the condition
   * @return "rung rung: condition"
   */
  public static Text rungConditionUndecided(Text rung, Text condition) {
    return Text.of(
        "ระดับ " + rung.get(Language.TH) + ": " + condition.get(Language.TH),
        "rung " + rung.get(Language.EN) + ": " + condition.get(Language.EN));
  }

  /**
   * @param reason the reason of the rung the ladder's metric and rung conditions reached
   * @param gate the gate's name
   * @param atMost the label of the rung the gate caps the result at
   * @param condition the reason of the gate's condition, which failed
   * @return "reason; at most atMost by gate gate: condition"
   */
  public static Text gateApplied(Text reason, Text gate, Text atMost, Text condition) {
    return Text.of(
        reason.get(Language.TH)
            + "; ได้ไม่เกิน "
            + atMost.get(Language.TH)
            + " ตามด่าน "
            + gate.get(Language.TH)
            + ": "
            + condition.get(Language.TH),
        reason.get(Language.EN)
            + "; at most "
            + atMost.get(Language.EN)
            + " by gate "
            + gate.get(Language.EN)
            + ": "
            + condition.get(Language.EN));
  }

  /**
   * @param gate the gate's name
   * @param condition the reason of the gate's condition, which could not be decided
   * @return "gate gate: condition"
   */
  public static Text gateUndecided(Text gate, Text condition) {
    return Text.of(
        "ด่าน " + gate.get(Language.TH) + ": " + condition.get(Language.TH),
        "gate " + gate.get(Language.EN) + ": " + condition.get(Language.EN));
  }

  /**
   * @param subject what does not apply, for example {@code G2.3}
   * @return "subject does not apply: the condition holds by the rubric's rule"
   */
  public static Text notApplicableHolds(Text subject) {
    return withoutValueHolds(doesNotApply(subject));
  }

  /**
   * @param subject what does not apply, for example {@code G2.3}
   * @return "subject does not apply: the condition fails by the rubric's rule"
   */
  public static Text notApplicableFails(Text subject) {
    return withoutValueFails(doesNotApply(subject));
  }

  /**
   * @param subject what does not apply, for example {@code G2.3}
   * @return "subject does not apply: the decision is undecided by the rubric's rule"
   */
  public static Text notApplicableUndecided(Text subject) {
    return withoutValueUndecided(doesNotApply(subject));
  }

  /**
   * @param subject what does not apply
   * @param rung the label of the rung reached
   * @return "subject does not apply: rung reached by the rubric's rule"
   */
  public static Text notApplicableRungReached(Text subject, Text rung) {
    return withoutValueRungReached(doesNotApply(subject), rung);
  }

  /**
   * @param subject what does not apply
   * @return "subject does not apply: below every higher rung by the rubric's rule"
   */
  public static Text notApplicableBelowEveryHigherRung(Text subject) {
    return withoutValueBelowEveryHigherRung(doesNotApply(subject));
  }

  /** {@return the reason of an all-of condition that no part fails but some part leaves open} */
  public static Text allOfUndecided() {
    return Text.of(
        "ไม่มีเงื่อนไขที่ไม่ผ่าน แต่มีเงื่อนไขที่ยังตัดสินไม่ได้",
        "no condition fails, but one is undecided");
  }

  /** {@return the reason of an any-of condition that no part holds but some part leaves open} */
  public static Text anyOfUndecided() {
    return Text.of(
        "ไม่มีเงื่อนไขที่ผ่าน แต่มีเงื่อนไขที่ยังตัดสินไม่ได้",
        "no condition holds, but one is undecided");
  }

  /**
   * @param ladder the ladder's title
   * @param wanted the label of the wanted rung
   * @return "ladder: undecided, so reaching wanted is undecided"
   */
  public static Text rungReachedUndecided(Text ladder, Text wanted) {
    return Text.of(
        ladder.get(Language.TH)
            + ": ยังตัดสินระดับไม่ได้ จึงยังตัดสินไม่ได้ว่าถึงระดับ "
            + wanted.get(Language.TH),
        ladder.get(Language.EN)
            + ": undecided, so whether it reaches "
            + wanted.get(Language.EN)
            + " is undecided");
  }

  /** {@return the message when a condition result is said to be both met and undecided} */
  public static Text metAndUndecided() {
    return Text.of(
        "ผลของเงื่อนไขต้องไม่เป็นทั้งผ่านและยังตัดสินไม่ได้",
        "a condition result cannot be both met and undecided");
  }

  // Broken invariants of a rubric found while deciding, and scored nodes.

  /**
   * @param ladderId the ladder
   * @return the message
   */
  public static Text noBottomRung(String ladderId) {
    return Text.of(
        "บันไดระดับ '" + ladderId + "' ไม่มีระดับล่างสุด",
        "ladder " + ladderId + " has no bottom rung");
  }

  /**
   * @param ladderId the ladder a condition names
   * @return the message
   */
  public static Text noSuchLadder(String ladderId) {
    return Text.of("ไม่พบบันไดระดับ '" + ladderId + "'", "no ladder " + ladderId);
  }

  /**
   * @param id the node
   * @param earned what it earned
   * @param possible its maximum
   * @return the message
   */
  public static Text earnedAbovePossible(String id, BigDecimal earned, BigDecimal possible) {
    return Text.of(
        "'" + id + "' ได้ " + earned + " คะแนน เกินคะแนนเต็ม " + possible,
        "node " + id + " earned " + earned + " of " + possible + " possible");
  }

  /**
   * @param met indicators that earn their full points
   * @param rated indicators that are rated
   * @param ratable indicators that could be rated
   * @return the message
   */
  public static Text coverageCounts(int met, int rated, int ratable) {
    String counts = met + ", " + rated + ", " + ratable;
    return Text.of(
        "ความครบถ้วนต้องเป็นไปตาม 0 <= met <= rated <= ratable แต่ได้รับ " + counts,
        "coverage needs 0 <= met <= rated <= ratable, was " + counts);
  }

  // Analysis.

  /**
   * @param band the next band up
   * @param percent its lowest percentage
   * @param gain the points reaching it would add
   * @return "reaching band n (p %) would add g points"
   */
  public static Text reachingTheNextBand(int band, int percent, BigDecimal gain) {
    return Text.of(
        "ถึงช่วงคะแนนที่ "
            + band
            + " (ร้อยละ "
            + percent
            + ") จะได้เพิ่ม "
            + gain.toPlainString()
            + " คะแนน",
        "reaching band "
            + band
            + " ("
            + percent
            + " %) would add "
            + gain.toPlainString()
            + " points");
  }

  // Rules and labels of scoring policies.

  /**
   * @return the rule of a scorecard's root
   */
  public static Text totalRule() {
    return TOTAL_RULE;
  }

  private static final Text TOTAL_RULE =
      Text.of(
          "คะแนนรวม = ผลรวมของหมวดระดับบนสุด", "the total is the sum of the top-level criteria");

  private static final Text NOT_APPLICABLE_RULE =
      Text.of(
          "ไม่เกี่ยวข้อง: คะแนนย้ายไปยังส่วนอื่น",
          "not applicable: its points move to its siblings");

  private static final Text LEFT_THE_MAXIMUM =
      Text.of(
          "ไม่เกี่ยวข้อง: คะแนนถูกหักออกจากคะแนนเต็ม",
          "not applicable: its points leave the maximum");

  private static final Text COUNTED_AS_MET =
      Text.of("ไม่เกี่ยวข้อง (นับว่าผ่าน)", "not applicable (counted as met)");

  /**
   * @return the rule of a criterion left out, its points moved to its siblings
   */
  public static Text notApplicableRule() {
    return NOT_APPLICABLE_RULE;
  }

  /**
   * @return the rule of a criterion left out with its points
   */
  public static Text leftTheMaximum() {
    return LEFT_THE_MAXIMUM;
  }

  /**
   * @return the label of a not-applicable indicator counted as met
   */
  public static Text countedAsMet() {
    return COUNTED_AS_MET;
  }

  /**
   * @param fraction the fraction, as written
   * @return the label of a not-applicable indicator counted at a fraction
   */
  public static Text countedAt(String fraction) {
    return Text.of(
        "ไม่เกี่ยวข้อง (นับเป็น " + fraction + " ของคะแนน)",
        "not applicable (counted at " + fraction + " of its points)");
  }

  /**
   * @param fraction the fraction, as written
   * @return the rule of a criterion that does not apply, counted by its parent's policy
   */
  public static Text notApplicableCountedAt(String fraction) {
    return Text.of(
        "ไม่มีส่วนใดนับคะแนนได้ นโยบายของเกณฑ์แม่ให้นับเป็น " + fraction + " ของคะแนน",
        "nothing in it counts; its parent's policy counts it at " + fraction + " of its points");
  }

  /**
   * @param met whether the criterion declares that nothing counting means met
   * @return the rule of a criterion in which nothing counts, decided by its declaration
   */
  public static Text nothingCounts(boolean met) {
    return met
        ? Text.of(
            "ไม่มีส่วนใดนับคะแนนได้ และเกณฑ์นี้กำหนดให้ถือว่าผ่าน: ได้คะแนนเต็ม",
            "nothing in it counts, which it declares met: all its points")
        : Text.of(
            "ไม่มีส่วนใดนับคะแนนได้ และเกณฑ์นี้กำหนดให้ถือว่าไม่ผ่าน: ไม่ได้คะแนน",
            "nothing in it counts, which it declares not met: none of its points");
  }

  /**
   * @param strategy the strategy
   * @param fraction what it returned
   * @param criterionId the criterion
   * @return the message
   */
  public static Text strategyFractionOutOfRange(
      String strategy, io.github.assessmentkit.Ratio fraction, String criterionId) {
    return Text.of(
        "วิธีคิดคะแนน '"
            + strategy
            + "' ให้สัดส่วน "
            + fraction
            + " แก่ '"
            + criterionId
            + "' ซึ่งต้องอยู่ระหว่าง 0 ถึง 1",
        "strategy '"
            + strategy
            + "' returned the fraction "
            + fraction
            + " for '"
            + criterionId
            + "', which must be from 0 to 1");
  }

  /**
   * @param criterionId the criterion
   * @return the warning for a criterion that does not apply and leaves the maximum with its points
   */
  public static Text leftTheMaximum(String criterionId) {
    return Text.of(
        "ทุกส่วนของ '" + criterionId + "' ไม่เกี่ยวข้อง คะแนนจึงถูกหักออกจากคะแนนเต็ม",
        "every part of '" + criterionId + "' is not applicable; its points leave the maximum");
  }

  /**
   * @param criterionId the criterion
   * @param shrink whether its points leave the maximum rather than move to its siblings
   * @return the warning for a criterion left out because none of its indicators is rated
   */
  public static Text nothingRatedLeftOut(String criterionId, boolean shrink) {
    return shrink
        ? Text.of(
            "ไม่มีตัวชี้วัดใดของ '"
                + criterionId
                + "' ได้รับการประเมิน จึงไม่นับ และคะแนนถูกหักออกจากคะแนนเต็ม",
            "no indicator of '"
                + criterionId
                + "' is rated, so it is left out and its points leave the maximum")
        : Text.of(
            "ไม่มีตัวชี้วัดใดของ '"
                + criterionId
                + "' ได้รับการประเมิน จึงไม่นับ และคะแนนย้ายไปยังส่วนอื่น",
            "no indicator of '"
                + criterionId
                + "' is rated, so it is left out and its points move to its siblings");
  }

  /**
   * @param rubricId the rubric
   * @return the warning when nothing in a rubric is rated and every rating left out
   */
  public static Text nothingScored(String rubricId) {
    return Text.of(
        "ไม่มีสิ่งใดใน '" + rubricId + "' ที่นับคะแนนได้ จึงยังให้คะแนนไม่ได้",
        "nothing in '" + rubricId + "' counts, so nothing could be scored");
  }
}
