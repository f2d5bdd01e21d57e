package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import java.util.List;

/**
 * The cooperative internal-control criteria set (การประเมินการควบคุมภายในของสหกรณ์): the five
 * components and seventeen principles of the COSO Internal Control – Integrated Framework (2013),
 * each principle an indicator rated on {@link #CONTROL_LEVELS} (0 to 4).
 *
 * <table>
 *   <caption>Components (points)</caption>
 *   <tr><th>id</th><th>component</th><th>principles</th><th>points</th></tr>
 *   <tr><td>C1</td><td>control environment</td><td>P1 to P5</td><td>20</td></tr>
 *   <tr><td>C2</td><td>risk assessment</td><td>P6 to P9</td><td>16</td></tr>
 *   <tr><td>C3</td><td>control activities</td><td>P10 to P12</td><td>12</td></tr>
 *   <tr><td>C4</td><td>information and communication</td><td>P13 to P15</td><td>12</td></tr>
 *   <tr><td>C5</td><td>monitoring activities</td><td>P16 and P17</td><td>8</td></tr>
 * </table>
 *
 * <p>Every principle weighs the same: it is worth 4 points, one per level, so the 68-point total is
 * simply the sum of the levels, and the percent (total ÷ 68) places the cooperative on the
 * four-level rating {@link #RATING}: ดีมาก / very good (85 % or more), ดี / good (70), พอใช้ / fair
 * (50), ต้องปรับปรุง / needs improvement. The cut-offs are proposals, marked unverified; where each
 * figure comes from: see docs/sources.md in the repository.
 *
 * <p>Strategy: {@link Strategies#POINTS_SUM}, because auditors weigh every principle alike and the
 * set's rating reads the whole sum; a principle answered "unknown" earns nothing and is reported.
 * {@link Strategies#MATURITY} is the other reading worth computing side by side: it gives each
 * component the lowest level any of its principles reached (the level the component fully meets),
 * for example {@code scorer.scoreEach(rubric, a, List.of(Strategies.POINTS_SUM,
 * Strategies.MATURITY))}. "Not applicable" moves a principle's points to the other principles of
 * its component ({@link NotApplicablePolicy#EXCLUDE_AND_RENORMALISE}).
 *
 * <pre>{@code
 * Rubric control = InternalControlCriteria.rubric();
 * Assessment a = Assessment.builder("phu-fa-2566", subject, control.ref(),
 *         FiscalYear.ofBuddhistEra(2566))
 *     .rating(Rating.choice("P1", "4"))
 *     // ... P2 to P17
 *     .build();
 * Scorer.standard().score(control, a).level(InternalControlCriteria.RATING).orElseThrow().label();
 * }</pre>
 *
 * <p>Thread-safe: the rubric is built once and immutable.
 */
public final class InternalControlCriteria {
  /** The rubric's id, {@value}. */
  public static final String ID = CqaSets.INTERNAL_CONTROL;

  /** The version of the set this library ships, {@value}. */
  public static final String VERSION = CqaSets.VERSION;

  /** The ladder of the four-level rating, on the total percent. */
  public static final String RATING = "internal-control-rating";

  /** Rung: ดีมาก / very good, 85 % or more. */
  public static final String VERY_GOOD = "very-good";

  /** Rung: ดี / good, 70 % or more. */
  public static final String GOOD = "good";

  /** Rung: พอใช้ / fair, 50 % or more. */
  public static final String FAIR = "fair";

  /** Rung: ต้องปรับปรุง / needs improvement, below 50 %. */
  public static final String NEEDS_IMPROVEMENT = "needs-improvement";

  /** Control levels 0 to 4: level {@code n} earns {@code n} of a principle's 4 points. */
  public static final LevelScale CONTROL_LEVELS =
      new LevelScale(
          Text.of("ระดับการควบคุม 0–4", "Control levels 0–4"),
          List.of(
              new Level(
                  "0",
                  Text.of("ไม่มี", "None"),
                  Text.of("ไม่มีการควบคุมในเรื่องนี้", "No control exists for this principle.")),
              new Level(
                  "1",
                  Text.of("เริ่มต้น", "Initial"),
                  Text.of(
                      "ทำกันเองแบบไม่เป็นทางการ ขึ้นกับตัวบุคคล ไม่มีเอกสาร",
                      "Informal and person-dependent, with nothing written down.")),
              new Level(
                  "2",
                  Text.of("มีบางส่วน", "Partly in place"),
                  Text.of(
                      "มีเป็นลายลักษณ์อักษรบางส่วน แต่ยังใช้ไม่ครบหรือไม่สม่ำเสมอ",
                      "Partly written down, but not applied fully or consistently.")),
              new Level(
                  "3",
                  Text.of("มีครบและใช้จริง", "In place"),
                  Text.of(
                      "มีเป็นลายลักษณ์อักษรครบ และปฏิบัติจริงอย่างสม่ำเสมอ",
                      "Fully written down and applied consistently in practice.")),
              new Level(
                  "4",
                  Text.of("มีครบ ใช้จริง และติดตามผล", "Fully in place and monitored"),
                  Text.of(
                      "ใช้จริงครบถ้วน มีการติดตามประเมินเป็นประจำ และปรับปรุงเมื่อพบจุดอ่อน",
                      "Fully applied, regularly monitored and improved when weaknesses are found."))));

  private InternalControlCriteria() {}

  /** {@return the internal-control criteria set, built once} */
  public static Rubric rubric() {
    return Holder.RUBRIC;
  }

  private static Rubric build() {
    return Rubric.builder(ID, VERSION)
        .title(
            Text.of("การประเมินการควบคุมภายในของสหกรณ์", "Cooperative internal control assessment"))
        .provenance(
            Provenance.unverified(
                Text.of(
                    "กรอบการควบคุมภายในของ COSO (Internal Control – Integrated Framework, 2013):"
                        + " 5 องค์ประกอบ 17 หลักการ",
                    "COSO Internal Control – Integrated Framework (2013): five components,"
                        + " seventeen principles"),
                Text.of(
                    "องค์ประกอบและหลักการมาจากกรอบ COSO 2013 ซึ่งเผยแพร่ต่อสาธารณะ"
                        + " ระดับการประเมินสี่ระดับเป็นแบบที่ผู้สอบบัญชีสหกรณ์ใช้"
                        + " ส่วนมาตรวัด 0–4 และเกณฑ์ร้อยละเป็นข้อเสนอ ยังไม่ได้ตรวจสอบ",
                    "Components and principles follow the public COSO 2013 framework; the"
                        + " four-level rating is the one cooperative auditors use. The 0–4 scale"
                        + " and the rating's cut-offs are proposals and unverified.")))
        .totalPoints(68)
        .defaultStrategy(Strategies.POINTS_SUM)
        .notApplicablePolicy(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE)
        .criterion(InternalControlComponents.controlEnvironment())
        .criterion(InternalControlComponents.riskAssessment())
        .criterion(InternalControlComponents.controlActivities())
        .criterion(InternalControlComponents.informationAndCommunication())
        .criterion(InternalControlComponents.monitoring())
        .ladder(rating())
        .build();
  }

  private static Ladder rating() {
    return new Ladder(
        RATING,
        Text.of("ระดับการควบคุมภายใน", "Internal control rating"),
        Metric.totalPercent(),
        List.of(
            Rung.atLeast(VERY_GOOD, Text.of("ดีมาก", "Very good"), 85),
            Rung.atLeast(GOOD, Text.of("ดี", "Good"), 70),
            Rung.atLeast(FAIR, Text.of("พอใช้", "Fair"), 50),
            Rung.bottom(NEEDS_IMPROVEMENT, Text.of("ต้องปรับปรุง", "Needs improvement"))),
        Provenance.unverified(
            Text.of("ข้อเสนอของชุดเกณฑ์นี้", "Proposed by this criteria set"),
            Text.of(
                "ผู้สอบบัญชีจัดระดับการควบคุมภายในของสหกรณ์เป็นสี่ระดับ แต่ไม่พบเกณฑ์ร้อยละอย่างเป็นทางการ"
                    + " ค่าเหล่านี้เป็นข้อเสนอที่ปรับได้",
                "Auditors rate cooperatives' internal control on four levels, but no official"
                    + " cut-offs were found; these are adjustable proposals.")));
  }

  /** Builds the rubric on first use, after every constant above is set. */
  private static final class Holder {
    static final Rubric RUBRIC = build();
  }
}
