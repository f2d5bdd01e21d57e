package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionBuilder;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Gate;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import java.util.List;

/**
 * The Cooperative Standard (มาตรฐานสหกรณ์), written with the public builder as the worked example
 * of writing a criteria set: ten conditions an office can check from a cooperative's records, each
 * answered yes or no and worth 10 points, in six groups.
 *
 * <table>
 *   <caption>Groups (weight) and conditions</caption>
 *   <tr><th>id</th><th>group</th><th>weight</th><th>conditions</th></tr>
 *   <tr><td>S1</td><td>accounts and audit</td><td>2</td><td>S1.1 books closed within the legal
 *       period; S1.2 accounts audited, the auditor's opinion received</td></tr>
 *   <tr><td>S2</td><td>general meeting</td><td>1</td><td>S2.1 annual general meeting held within
 *       the legal period</td></tr>
 *   <tr><td>S3</td><td>deficiencies</td><td>2</td><td>S3.1 no fraud in the last two accounting
 *       years; S3.2 no deficiency ordered corrected by the registrar still open</td></tr>
 *   <tr><td>S4</td><td>results</td><td>2</td><td>S4.1 a positive net result or a dividend paid;
 *       S4.2 more than 60 points in the auditing department's quality classification</td></tr>
 *   <tr><td>S5</td><td>internal control</td><td>1</td><td>S5.1 internal control rated at least
 *       fair (พอใช้) by the auditor</td></tr>
 *   <tr><td>S6</td><td>members</td><td>2</td><td>S6.1 at least 60 % of members do business with
 *       the cooperative; S6.2 profit allocated to, and paid from, the welfare or public-benefit
 *       fund over two years</td></tr>
 * </table>
 *
 * <p>Since B.E. 2564 the Cooperative Promotion Department grades pass or fail ({@link #RESULT});
 * from B.E. 2545 to 2563 it graded ดีเลิศ / ดีมาก / ดี / ไม่ผ่าน ({@link #GRADE}). Both ladders
 * read the total percent and carry one gate, {@link #NO_DEFICIENCY}: a cooperative with fraud in
 * the last two years, or a registrar's order still open, fails whatever its points. The two gate
 * conditions may not be rated not applicable. The grades, and four of the conditions (S3.1, S4.2,
 * S6.1 and S6.2, from a B.E. 2553 provincial indicator sheet), come from sources; the other
 * conditions, the weights, the gate and the thresholds of the ladders are proposals, marked
 * unverified in the data. Where each figure comes from: see docs/sources.md in the repository.
 *
 * <pre>{@code
 * Rubric standard = CooperativeStandardCriteria.rubric();          // coop-standard@2025.1
 * Rubric groups = CooperativeStandardCriteria.farmerGroups();      // derived from it
 * Scorecard card = Scorer.standard().score(standard, assessment);
 * card.level(CooperativeStandardCriteria.RESULT);                  // pass or fail, gate named
 * }</pre>
 *
 * <p>Thread-safe: immutable constants and rubrics only.
 */
public final class CooperativeStandardCriteria {
  /** The set's id. */
  public static final String ID = "coop-standard";

  /** The id of the farmer-group variant, derived from the set. */
  public static final String FARMER_GROUPS = "coop-standard-farmer-group";

  /** The version of this release. */
  public static final String VERSION = CqaSets.VERSION;

  /** The ladder of the result since B.E. 2564: pass or fail. */
  public static final String RESULT = "result";

  /** The ladder of the grades of B.E. 2545 to 2563. */
  public static final String GRADE = "grade";

  /** Rung ids of {@link #RESULT}. */
  public static final String PASS = "pass";

  /** Rung id of {@link #RESULT}: fail. */
  public static final String FAIL = "fail";

  /** Rung ids of {@link #GRADE}. */
  public static final String EXCELLENT = "excellent";

  /** Rung id of {@link #GRADE}: very good. */
  public static final String VERY_GOOD = "very-good";

  /** Rung id of {@link #GRADE}: good. */
  public static final String GOOD = "good";

  /** Rung id of {@link #GRADE}: not passed. */
  public static final String NOT_PASSED = "not-passed";

  /** The gate both ladders carry: no fraud and no open registrar's order. */
  public static final Text NO_DEFICIENCY =
      Text.of("ไม่มีการทุจริตและไม่มีข้อบกพร่องค้าง", "No fraud and no deficiency left open");

  private CooperativeStandardCriteria() {}

  /** {@return the Cooperative Standard, {@code coop-standard@2025.1}} */
  public static Rubric rubric() {
    return Holder.RUBRIC;
  }

  /**
   * {@return the farmer-group variant, {@code coop-standard-farmer-group@2025.1}: the set derived
   * without S5 (a farmer group's internal control is not rated by the auditor in the same way) and
   * without S4.2 (the quality classification is for cooperatives); its points are shared again by
   * the same weights}
   */
  public static Rubric farmerGroups() {
    return Holder.FARMER_GROUP_RUBRIC;
  }

  private static final class Holder {
    static final Rubric RUBRIC = build();
    static final Rubric FARMER_GROUP_RUBRIC = deriveForFarmerGroups(RUBRIC);
  }

  private static Rubric build() {
    return Rubric.builder(ID, VERSION)
        .title(Text.of("มาตรฐานสหกรณ์", "Cooperative standard"))
        .provenance(
            Provenance.unverified(
                Text.of(
                    "เงื่อนไขของสหกรณ์ที่ผ่านมาตรฐานจากตัวชี้วัดระดับจังหวัด พ.ศ. 2553"
                        + " และระดับผลการประเมินของกรมส่งเสริมสหกรณ์",
                    "The conditions of a standard cooperative on a B.E. 2553 provincial"
                        + " indicator sheet, and the Cooperative Promotion Department's grades"),
                Text.of(
                    "เงื่อนไขสี่ข้อ (S3.1, S4.2, S6.1, S6.2) และสี่ระดับมาจากแหล่งอ้างอิง"
                        + " เงื่อนไขอีกหกข้อ น้ำหนัก เงื่อนไขกั้น และเกณฑ์คะแนนเป็นข้อเสนอ"
                        + " (ยังไม่ได้ตรวจสอบ)",
                    "Four conditions (S3.1, S4.2, S6.1, S6.2) and the four grades come from the"
                        + " source; the other six conditions, the weights, the gate and the"
                        + " thresholds are proposals (unverified).")))
        .totalPoints(100)
        .defaultStrategy(Strategies.POINTS_SUM)
        .criterion(
            group("S1", Text.of("บัญชีและการสอบบัญชี", "Accounts and audit"), 2)
                .indicator(
                    condition(
                        "S1.1",
                        "ปิดบัญชีได้ภายในระยะเวลาที่กฎหมายกำหนด",
                        "Books closed within the period the law sets"))
                .indicator(
                    condition(
                        "S1.2",
                        "งบการเงินได้รับการตรวจสอบและได้รับความเห็นของผู้สอบบัญชี",
                        "Accounts audited and the auditor's opinion received"))
                .build())
        .criterion(
            group("S2", Text.of("การประชุมใหญ่", "General meeting"), 1)
                .indicator(
                    condition(
                        "S2.1",
                        "จัดประชุมใหญ่สามัญประจำปีภายในระยะเวลาที่กฎหมายกำหนด",
                        "Annual general meeting held within the period the law sets"))
                .build())
        .criterion(
            group("S3", Text.of("ข้อบกพร่อง", "Deficiencies"), 2)
                .indicator(
                    condition(
                            "S3.1",
                            "ไม่มีการทุจริตในรอบสองปีบัญชีที่ผ่านมา",
                            "No fraud in the last two accounting years")
                        .withNotApplicableAllowed(false))
                .indicator(
                    condition(
                            "S3.2",
                            "ไม่มีข้อบกพร่องที่นายทะเบียนสั่งให้แก้ไขค้างอยู่",
                            "No deficiency the registrar ordered corrected left open")
                        .withNotApplicableAllowed(false))
                .build())
        .criterion(
            group("S4", Text.of("ผลการดำเนินงาน", "Results"), 2)
                .indicator(
                    condition(
                        "S4.1",
                        "มีผลกำไรสุทธิหรือจ่ายเงินปันผลในปีบัญชี",
                        "A positive net result, or a dividend paid, in the year"))
                .indicator(
                    condition(
                        "S4.2",
                        "ได้คะแนนจัดชั้นคุณภาพของกรมตรวจบัญชีสหกรณ์เกิน 60 คะแนน",
                        "More than 60 points in the auditing department's quality"
                            + " classification"))
                .build())
        .criterion(
            group("S5", Text.of("การควบคุมภายใน", "Internal control"), 1)
                .indicator(
                    condition(
                        "S5.1",
                        "ผู้สอบบัญชีประเมินการควบคุมภายในอย่างน้อยระดับพอใช้",
                        "Internal control rated at least fair by the auditor"))
                .build())
        .criterion(
            group("S6", Text.of("สมาชิก", "Members"), 2)
                .indicator(
                    condition(
                        "S6.1",
                        "สมาชิกอย่างน้อยร้อยละ 60 ทำธุรกิจกับสหกรณ์",
                        "At least 60 % of members do business with the cooperative"))
                .indicator(
                    condition(
                        "S6.2",
                        "จัดสรรกำไรเข้าและจ่ายจากทุนสวัสดิการหรือทุนสาธารณประโยชน์ตลอดสองปี",
                        "Profit allocated to, and paid from, the welfare or public-benefit fund"
                            + " over two years"))
                .build())
        .ladder(result())
        .ladder(grades())
        .build();
  }

  private static CriterionBuilder group(String id, Text title, long weight) {
    return Criterion.builder(id, title).kind(CriterionKind.CHECKLIST).weight(weight);
  }

  private static Indicator condition(String id, String thai, String english) {
    return Indicator.of(id, Text.of(thai, english), YesNoScale.STANDARD);
  }

  /** The gate: both S3 conditions answered yes; not applicable cannot arise (it is refused). */
  private static Gate gate(String atMost) {
    return new Gate(
        NO_DEFICIENCY,
        Condition.allOf(Condition.ratedWith("S3.1", "yes"), Condition.ratedWith("S3.2", "yes")),
        atMost);
  }

  private static Ladder result() {
    return new Ladder(
            RESULT,
            Text.of("ผลการประเมินมาตรฐานสหกรณ์", "Cooperative standard result"),
            Metric.totalPercent(),
            List.of(
                Rung.atLeast(PASS, Text.of("ผ่านมาตรฐาน", "Meets the standard"), 70),
                Rung.bottom(FAIL, Text.of("ไม่ผ่านมาตรฐาน", "Does not meet the standard"))),
            Provenance.unverified(
                Text.of(
                    "ผ่านหรือไม่ผ่าน ตั้งแต่ พ.ศ. 2564", "Pass or fail, graded so since B.E. 2564"),
                Text.of(
                    "เกณฑ์ร้อยละ 70 เป็นข้อเสนอ (ยังไม่ได้ตรวจสอบ)",
                    "The 70 % threshold is a proposal (unverified)")))
        .withGates(gate(FAIL));
  }

  private static Ladder grades() {
    return new Ladder(
            GRADE,
            Text.of(
                "ระดับมาตรฐานสหกรณ์ (พ.ศ. 2545–2563)", "Cooperative standard grade (2545–2563)"),
            Metric.totalPercent(),
            List.of(
                Rung.atLeast(EXCELLENT, Text.of("ดีเลิศ", "Excellent"), 90),
                Rung.atLeast(VERY_GOOD, Text.of("ดีมาก", "Very good"), 80),
                Rung.atLeast(GOOD, Text.of("ดี", "Good"), 70),
                Rung.bottom(NOT_PASSED, Text.of("ไม่ผ่าน", "Not passed"))),
            Provenance.unverified(
                Text.of(
                    "สี่ระดับที่ใช้ตั้งแต่ พ.ศ. 2545 ถึง 2563",
                    "The four grades used from B.E. 2545 to 2563"),
                Text.of(
                    "เกณฑ์ร้อยละ 90, 80 และ 70 เป็นข้อเสนอ (ยังไม่ได้ตรวจสอบ)",
                    "The 90, 80 and 70 % thresholds are proposals (unverified)")))
        .withGates(gate(NOT_PASSED));
  }

  /** Derives the farmer-group variant: the same set without S5 and without S4.2. */
  private static Rubric deriveForFarmerGroups(Rubric base) {
    return Rubric.from(base)
        .id(FARMER_GROUPS)
        .title(Text.of("มาตรฐานกลุ่มเกษตรกร", "Farmer group standard"))
        .remove("S5")
        .removeIndicator("S4.2")
        .build();
  }
}
