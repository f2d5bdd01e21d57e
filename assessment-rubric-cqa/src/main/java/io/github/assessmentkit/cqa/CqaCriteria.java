package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;

/**
 * The Cooperative Quality Award criteria set (เกณฑ์คุณภาพการบริหารจัดการสหกรณ์, CQA): the
 * organisational profile (P.1, P.2; prompts, not scored) and seven categories of 1000 points in
 * all, with their items, areas to address written for cooperatives and farmer groups, the ADLI and
 * LeTCI band scales, the overall, process and results scoring bands, and the Thailand Quality Award
 * ladder as the default award scheme.
 *
 * <table>
 *   <caption>Categories and items (points)</caption>
 *   <tr><th>category</th><th>items</th></tr>
 *   <tr><td>1 Leadership (115)</td><td>1.1 senior leadership (65), 1.2 governance and societal
 *       contributions (50)</td></tr>
 *   <tr><td>2 Strategy (90)</td><td>2.1 development (45), 2.2 implementation (45)</td></tr>
 *   <tr><td>3 Customers: members and stakeholders (85)</td><td>3.1 voice of the member (40), 3.2
 *       member engagement (45)</td></tr>
 *   <tr><td>4 Measurement, analysis and knowledge management (90)</td><td>4.1 (45), 4.2
 *       (45)</td></tr>
 *   <tr><td>5 Workforce (85)</td><td>5.1 environment (40), 5.2 engagement (45)</td></tr>
 *   <tr><td>6 Operations (85)</td><td>6.1 work processes (40), 6.2 operational effectiveness
 *       (45)</td></tr>
 *   <tr><td>7 Results (450)</td><td>7.1 product, service and process (120), 7.2 member and
 *       customer (80), 7.3 workforce (80), 7.4 leadership and governance (80), 7.5 financial,
 *       market and strategy (90)</td></tr>
 * </table>
 *
 * <p>Every item holds one indicator with the item's id: process items (categories 1 to 6) are rated
 * on {@link CqaScales#ADLI}, results items (category 7) on {@link CqaScales#LETCI}, with a
 * percentage allowed by the band that fits best. The default strategy is {@link
 * Strategies#HOLISTIC_BAND}: item score = percentage × item points, categories and the total are
 * sums. No single dimension acts as a gate.
 *
 * <p>Not applicable: {@link NotApplicablePolicy#EXCLUDE_AND_RENORMALISE}. The framework expects
 * every item to be answered, so "not applicable" should be rare; when an examiner does use it (a
 * farmer group without staff, say), the item's points go to its sibling items and the 1000-point
 * maximum stays. Counting it as met would hand out points nobody earned and could lift a total over
 * an award line.
 *
 * <p>Ladders: {@link #OVERALL_BANDS} on the total, {@link #PROCESS_BANDS} on categories 1 to 6 and
 * {@link #RESULTS_BANDS} on category 7, eight bands each, all marked unverified. A band is reached
 * strictly above the highest value of the band below, so 275.00 is band 1 and 275.50 band 2.
 *
 * <p>Award scheme {@link #AWARD_SCHEME}, tiers {@link #TIER_GLOBAL_EXCELLENCE}, {@link #TIER_TQA},
 * {@link #TIER_TQC_PLUS} and {@link #TIER_TQC}: TQA Global Excellence (total above 750), TQA (above
 * 650), TQC Plus (above 450, category 1 at 50 % or more and one theme), TQC (above 350); adopted
 * from the Thailand Quality Award. Each TQC Plus theme is a named condition, so its result names
 * it: Customer (category 3 and item 7.2 at 50 % or more), People (category 5 and item 7.3),
 * Operation (category 6 and item 7.1), Innovation (item 6.1, category 2 and item 7.1).
 *
 * <p>Where each figure comes from, and which are unverified (the scoring bands; the points as
 * transcribed from EdPEx): see docs/sources.md in the repository.
 *
 * <pre>{@code
 * Rubric cqa = CqaCriteria.rubric();
 * Assessment self = Assessment.builder("phu-pha-ngoen-2566", subject, cqa.ref(),
 *         FiscalYear.ofBuddhistEra(2566))
 *     .rating(Rating.of("1.1", 70))
 *     // ... one percentage per item
 *     .build();
 * Scorecard card = Scorer.standard().score(cqa, self);
 * card.award(CqaCriteria.AWARD_SCHEME).orElseThrow().outcome();
 * card.award(CqaCriteria.AWARD_SCHEME).orElseThrow().namedConditionsHeld(); // TQC Plus themes
 * card.level(CqaCriteria.OVERALL_BANDS).orElseThrow().rungNumber(cqa);       // band-4 gives 4
 * }</pre>
 *
 * <p>Thread-safe: the rubric is built once and immutable.
 */
public final class CqaCriteria {
  /** The rubric's id, {@value}. */
  public static final String ID = CqaSets.CQA;

  /** The version of the set this library ships, {@value}. */
  public static final String VERSION = CqaSets.VERSION;

  /** The edition the points come from, {@value}. */
  public static final String EDITION = "adapted from EdPEx 2567-2570";

  /** The ladder of the eight overall scoring bands, on the total points. */
  public static final String OVERALL_BANDS = "overall-bands";

  /** The ladder of the eight process bands, on the points of categories 1 to 6 (of 550). */
  public static final String PROCESS_BANDS = "process-bands";

  /** The ladder of the eight results bands, on the points of category 7 (of 450). */
  public static final String RESULTS_BANDS = "results-bands";

  /**
   * The id of the award scheme adopted from the Thailand Quality Award, {@value}: pass it to {@code
   * Scorecard.award(..)}. A scheme id and a tier id live apart, so this scheme's id and the id of
   * its tier {@link #TIER_TQA} are both {@code "tqa"}; the constants keep them apart in code.
   */
  public static final String AWARD_SCHEME = "tqa";

  /** Tier {@value} of {@link #AWARD_SCHEME}: TQA Global Excellence, total above 750. */
  public static final String TIER_GLOBAL_EXCELLENCE = "tqa-global-excellence";

  /** Tier {@value} of {@link #AWARD_SCHEME}: Thailand Quality Award, total above 650. */
  public static final String TIER_TQA = "tqa";

  /**
   * Tier {@value} of {@link #AWARD_SCHEME}: TQC Plus, total above 450, category 1 at 50 % or more,
   * and one theme.
   */
  public static final String TIER_TQC_PLUS = "tqc-plus";

  /** Tier {@value} of {@link #AWARD_SCHEME}: Thailand Quality Class, total above 350. */
  public static final String TIER_TQC = "tqc";

  /**
   * The award scheme adopted from the Thailand Quality Award, {@value}.
   *
   * @deprecated the same value as the tier {@link #TQA}, which reads alike; use {@link
   *     #AWARD_SCHEME}
   */
  @Deprecated public static final String AWARD = AWARD_SCHEME;

  /**
   * Tier: TQA Global Excellence, total above 750, {@value}.
   *
   * @deprecated use {@link #TIER_GLOBAL_EXCELLENCE}, named like the other tiers
   */
  @Deprecated public static final String GLOBAL_EXCELLENCE = TIER_GLOBAL_EXCELLENCE;

  /**
   * Tier: Thailand Quality Award, total above 650, {@value}.
   *
   * @deprecated the same value as the scheme {@link #AWARD}, which reads alike; use {@link
   *     #TIER_TQA}
   */
  @Deprecated public static final String TQA = TIER_TQA;

  /**
   * Tier: TQC Plus, total above 450, category 1 at 50 % or more, and one theme, {@value}.
   *
   * @deprecated use {@link #TIER_TQC_PLUS}, named like the other tiers
   */
  @Deprecated public static final String TQC_PLUS = TIER_TQC_PLUS;

  /**
   * Tier: Thailand Quality Class, total above 350, {@value}.
   *
   * @deprecated use {@link #TIER_TQC}, named like the other tiers
   */
  @Deprecated public static final String TQC = TIER_TQC;

  private CqaCriteria() {}

  /** {@return the CQA criteria set, built once} */
  public static Rubric rubric() {
    return Holder.RUBRIC;
  }

  private static Rubric build() {
    return Rubric.builder(ID, VERSION)
        .edition(EDITION)
        .title(
            Text.of(
                "เกณฑ์คุณภาพการบริหารจัดการสหกรณ์ (CQA)",
                "Cooperative Quality Award criteria (CQA)"))
        .provenance(PROVENANCE)
        .totalPoints(1000)
        .defaultStrategy(Strategies.HOLISTIC_BAND)
        .notApplicablePolicy(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE)
        .criterion(CqaProfile.description())
        .criterion(CqaProfile.situation())
        .criterion(CqaProcessCategories.leadership())
        .criterion(CqaProcessCategories.strategy())
        .criterion(CqaProcessCategories.customers())
        .criterion(CqaProcessCategories.measurement())
        .criterion(CqaProcessCategories.workforce())
        .criterion(CqaProcessCategories.operations())
        .criterion(CqaResultsCategory.results())
        .ladder(CqaAwards.overallBands())
        .ladder(CqaAwards.processBands())
        .ladder(CqaAwards.resultsBands())
        .award(CqaAwards.tqa())
        .build();
  }

  private static final Provenance PROVENANCE =
      Provenance.unverified(
          Text.of(
              "ดัดแปลงจาก Baldrige Excellence Framework 2023–2024, รางวัลคุณภาพแห่งชาติ (TQA)"
                  + " และเกณฑ์ EdPEx 2567–2570 (คะแนนตามที่ถอดไว้ในคลังข้อมูลสาธารณะ"
                  + " ChatchaiTritham/EdPEx-PMQA-Extension, config/edpex.json)",
              "Adapted from the Baldrige Excellence Framework 2023–2024, the Thailand Quality"
                  + " Award (TQA) and EdPEx 2567–2570 (points as transcribed in the public"
                  + " repository ChatchaiTritham/EdPEx-PMQA-Extension, config/edpex.json)"),
          Text.of(
              "เกณฑ์ชุดนี้ปรับจากเกณฑ์ตระกูล Baldrige ให้เหมาะกับสหกรณ์และกลุ่มเกษตรกร"
                  + " ไม่พบเอกสารเกณฑ์ CQA ฉบับทางการที่เผยแพร่ต่อสาธารณะ"
                  + " ที่นำมาใช้: จาก Baldrige โครงสร้างลักษณะสำคัญขององค์กรและ 7 หมวด มิติ ADLI/LeTCI"
                  + " และช่วงร้อยละ; จาก TQA ลำดับขั้นรางวัลและเงื่อนไข TQC Plus;"
                  + " จาก EdPEx 2567–2570 คะแนนเต็มของหมวดและหัวข้อ"
                  + " ที่ยังไม่ได้ตรวจสอบ: ช่วงคะแนนรวม 8 ช่วง และช่วงคะแนนกระบวนการและผลลัพธ์"
                  + " คำถามและคำอธิบายทั้งหมดเขียนขึ้นใหม่สำหรับสหกรณ์",
              "This set adapts the Baldrige family of criteria to cooperatives and farmer groups;"
                  + " no public copy of the official CQA document was found. Adopted: from"
                  + " Baldrige, the profile-plus-seven-categories structure, the ADLI/LeTCI"
                  + " dimensions and the percentage bands; from TQA, the award ladder and the TQC"
                  + " Plus conditions; from EdPEx 2567–2570, the category and item points."
                  + " Unverified: the eight overall scoring bands and the process and results"
                  + " bands. Every question and descriptor is written anew for cooperatives."));

  /** Builds the rubric on first use, after every constant above is set. */
  private static final class Holder {
    static final Rubric RUBRIC = build();
  }
}
