package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import java.util.List;

/**
 * The cooperative good-governance criteria set (การประเมินธรรมาภิบาลสหกรณ์): the six principles of
 * the Prime Minister's Office Regulation on Good Governance B.E. 2542 (1999), each with five or six
 * indicators a cooperative or farmer group can back with its own records, 100 points in all.
 *
 * <table>
 *   <caption>Principles (weight)</caption>
 *   <tr><th>id</th><th>principle</th><th>weight</th><th>indicators</th></tr>
 *   <tr><td>G1</td><td>rule of law (นิติธรรม)</td><td>3</td><td>G1.1 to G1.6</td></tr>
 *   <tr><td>G2</td><td>morality (คุณธรรม)</td><td>2</td><td>G2.1 to G2.5</td></tr>
 *   <tr><td>G3</td><td>transparency (ความโปร่งใส)</td><td>3</td><td>G3.1 to G3.6</td></tr>
 *   <tr><td>G4</td><td>participation (ความมีส่วนร่วม)</td><td>3</td><td>G4.1 to G4.6</td></tr>
 *   <tr><td>G5</td><td>accountability (ความรับผิดชอบ)</td><td>2</td><td>G5.1 to G5.6</td></tr>
 *   <tr><td>G6</td><td>value for money (ความคุ้มค่า)</td><td>2</td><td>G6.1 to G6.6</td></tr>
 * </table>
 *
 * <p>The 100 points are shared among the principles by weight (20, 13.34, 20, 20, 13.33, 13.33),
 * then among each principle's indicators by the indicators' weights. Indicators are answered on
 * {@code yes / partial / no} or on {@link #LEVELS_0_4}. Each indicator sits in a leaf criterion of
 * the same id (for example {@code G2.3}), so an award condition can read it with {@code
 * Metric.percent("G2.3")} and gap analysis reports it on its own; the leaf's area names the records
 * that show it.
 *
 * <p>Strategy: {@link Strategies#POINTS_SUM}. An indicator answered "unknown", or not answered,
 * earns nothing (and is reported in the scorecard's warnings and coverage), so a cooperative cannot
 * reach a higher level, or the plaque, by leaving hard questions open. A weighted mean would drop
 * such indicators from the average and so raise the score. "Not applicable" (for example, no
 * procurement at all in the year) follows {@link NotApplicablePolicy#EXCLUDE_AND_RENORMALISE}: the
 * indicator's points go to the other indicators of its principle.
 *
 * <p>Ladder {@link #LEVELS}: ดีเด่น / outstanding (90 % or more), ดีมาก / very good (80), ดี / good
 * (70), พอใช้ / fair (60), ต้องปรับปรุง / needs improvement, on the total percent. Award scheme
 * {@link #PLAQUE}: the provincial outstanding-governance plaque, for the outstanding level, every
 * principle at 60 % or more and a plain "yes" to G2.3 (no fraud in the last two accounting years).
 * G2.3 rated not applicable (for example a cooperative registered too recently to have two audited
 * accounting years, as the rating's reason says) does not refuse the plaque: the condition is a ban
 * on a finding, and where the question does not arise there is none, so it is declared {@link
 * WhenNotApplicable#HOLDS}; the plaque still needs the outstanding level and every principle at 60
 * %, and the yearly re-assessment asks G2.3 again once the years exist. The thresholds and the two
 * extra conditions are proposals, marked unverified; only the outstanding level is documented as
 * what earned the plaque (Loei, fiscal year 2556). Where each figure comes from: see
 * docs/sources.md in the repository.
 *
 * <pre>{@code
 * Rubric governance = RubricRegistry.builder().discover().build().get("coop-governance");
 * Scorecard card = Scorer.standard().score(governance, assessment);
 * card.level(GovernanceCriteria.LEVELS).orElseThrow().label();   // ดีเด่น / outstanding ...
 * card.award(GovernanceCriteria.PLAQUE).orElseThrow().awarded();
 * }</pre>
 *
 * <p>Thread-safe: the rubric is built once and immutable.
 */
public final class GovernanceCriteria {
  /** The rubric's id, {@value}. */
  public static final String ID = CqaSets.GOVERNANCE;

  /** The version of the set this library ships, {@value}. */
  public static final String VERSION = CqaSets.VERSION;

  /** The ladder of the five governance levels, on the total percent. */
  public static final String LEVELS = "governance-level";

  /** Rung: ดีเด่น / outstanding, 90 % or more. */
  public static final String OUTSTANDING = "outstanding";

  /** Rung: ดีมาก / very good, 80 % or more. */
  public static final String VERY_GOOD = "very-good";

  /** Rung: ดี / good, 70 % or more. */
  public static final String GOOD = "good";

  /** Rung: พอใช้ / fair, 60 % or more. */
  public static final String FAIR = "fair";

  /** Rung: ต้องปรับปรุง / needs improvement, below 60 %. */
  public static final String NEEDS_IMPROVEMENT = "needs-improvement";

  /** The award scheme of the provincial outstanding-governance plaque. */
  public static final String PLAQUE = "provincial-plaque";

  /** The one tier of {@link #PLAQUE}: the plaque is granted. */
  public static final String PLAQUE_GRANTED = "plaque";

  /** Levels 0 to 4 for governance indicators: 0 earns nothing, each level a quarter more. */
  public static final LevelScale LEVELS_0_4 =
      new LevelScale(
          Text.of("ระดับ 0–4", "Levels 0–4"),
          List.of(
              new Level("0", Text.of("ไม่มีการดำเนินการ", "Not done"), null),
              new Level("1", Text.of("เริ่มดำเนินการ", "Just started"), null),
              new Level("2", Text.of("ดำเนินการบางส่วน", "Partly done"), null),
              new Level("3", Text.of("ดำเนินการครบถ้วน", "Fully done"), null),
              new Level(
                  "4",
                  Text.of(
                      "ดำเนินการครบถ้วน ติดตามผล และปรับปรุงต่อเนื่อง",
                      "Fully done, monitored and improved"),
                  null)));

  private GovernanceCriteria() {}

  /** {@return the good-governance criteria set, built once} */
  public static Rubric rubric() {
    return Holder.RUBRIC;
  }

  private static Rubric build() {
    return Rubric.builder(ID, VERSION)
        .title(Text.of("การประเมินธรรมาภิบาลสหกรณ์", "Cooperative good governance assessment"))
        .provenance(
            Provenance.unverified(
                Text.of(
                    "หลักธรรมาภิบาลหกประการตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยการสร้างระบบบริหารกิจการบ้านเมืองและสังคมที่ดี"
                        + " พ.ศ. 2542",
                    "The six good-governance principles of the Prime Minister's Office"
                        + " Regulation on Good Governance B.E. 2542 (1999)"),
                Text.of(
                    "หลักหกประการมาจากระเบียบสำนักนายกรัฐมนตรี พ.ศ. 2542 (ตรวจสอบแล้ว)"
                        + " ตัวชี้วัด น้ำหนัก มาตรวัด และเกณฑ์ระดับเป็นข้อเสนอสำหรับสหกรณ์"
                        + " เนื่องจากตัวชี้วัด น้ำหนัก และเกณฑ์ของโครงการสหกรณ์สีขาวด้วยธรรมาภิบาล"
                        + " ไม่ได้เผยแพร่ในแหล่งที่ใช้ (ยังไม่ได้ตรวจสอบ)",
                    "The six principles come from the 1999 (B.E. 2542) regulation (verified);"
                        + " the indicators, weights, scales and level thresholds are proposals for"
                        + " cooperatives, since those of the White Cooperative with Good"
                        + " Governance scheme are not public in the sources used (unverified).")))
        .totalPoints(100)
        .defaultStrategy(Strategies.POINTS_SUM)
        .notApplicablePolicy(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE)
        .criterion(GovernancePrinciples.ruleOfLaw())
        .criterion(GovernancePrinciples.morality())
        .criterion(GovernancePrinciples.transparency())
        .criterion(GovernancePrinciples.participation())
        .criterion(GovernancePrinciples.accountability())
        .criterion(GovernancePrinciples.valueForMoney())
        .ladder(levels())
        .award(plaque())
        .build();
  }

  private static Ladder levels() {
    return new Ladder(
        LEVELS,
        Text.of("ระดับธรรมาภิบาล", "Governance level"),
        Metric.totalPercent(),
        List.of(
            Rung.atLeast(OUTSTANDING, Text.of("ดีเด่น", "Outstanding"), 90),
            Rung.atLeast(VERY_GOOD, Text.of("ดีมาก", "Very good"), 80),
            Rung.atLeast(GOOD, Text.of("ดี", "Good"), 70),
            Rung.atLeast(FAIR, Text.of("พอใช้", "Fair"), 60),
            Rung.bottom(NEEDS_IMPROVEMENT, Text.of("ต้องปรับปรุง", "Needs improvement"))),
        Provenance.unverified(
            Text.of("ข้อเสนอของชุดเกณฑ์นี้", "Proposed by this criteria set"),
            Text.of(
                "ไม่พบเกณฑ์ระดับคะแนนอย่างเป็นทางการ ค่าเหล่านี้เป็นข้อเสนอที่ผู้ดูแลเกณฑ์ปรับได้",
                "No official thresholds were found; these are proposals that maintainers can"
                    + " change.")));
  }

  private static AwardScheme plaque() {
    return new AwardScheme(
        PLAQUE,
        Text.of(
            "โล่ประกาศเกียรติคุณสหกรณ์ที่มีธรรมาภิบาลดีเด่นระดับจังหวัด",
            "Provincial plaque for outstanding good governance"),
        List.of(
            new AwardTier(
                PLAQUE_GRANTED,
                Text.of("ได้รับโล่", "Plaque granted"),
                Condition.allOf(
                    new Condition.RungReached(LEVELS, OUTSTANDING),
                    Condition.atLeast(Metric.percent("G1"), 60),
                    Condition.atLeast(Metric.percent("G2"), 60),
                    Condition.atLeast(Metric.percent("G3"), 60),
                    Condition.atLeast(Metric.percent("G4"), 60),
                    Condition.atLeast(Metric.percent("G5"), 60),
                    Condition.atLeast(Metric.percent("G6"), 60),
                    // G2.3, no fraud in the last two accounting years: only a full "yes" passes.
                    // The condition forbids a finding; where G2.3 does not apply (a cooperative
                    // too young to have two audited years) nothing was found, so it holds.
                    Condition.atLeast(Metric.percent("G2.3"), 100)
                        .whenNotApplicable(WhenNotApplicable.HOLDS)))),
        Provenance.unverified(
            Text.of(
                "ข่าวสำนักงานสหกรณ์จังหวัดเลย ปีงบประมาณ 2556",
                "Loei Provincial Cooperative Office press release, fiscal year 2556"),
            Text.of(
                "ผู้ว่าราชการจังหวัดมอบโล่ตามข้อเสนอของสำนักงานสหกรณ์จังหวัด"
                    + " ระดับดีเด่นเป็นเงื่อนไขที่ได้รับโล่จริงในปีงบประมาณ 2556"
                    + " ส่วนเงื่อนไขทุกหลักไม่ต่ำกว่าร้อยละ 60 และไม่พบการทุจริต (G2.3)"
                    + " เป็นข้อเสนอ ยังไม่ได้ตรวจสอบ ประเมินซ้ำทุกปี"
                    + " เพื่อยืนยันว่าสหกรณ์ยังคงปฏิบัติตามหลักธรรมาภิบาล",
                "Granted by the provincial governor on the proposal of the provincial"
                    + " cooperative office. The outstanding level is what earned the plaque in"
                    + " fiscal year 2556; the extra conditions (every principle at 60 % or more,"
                    + " no fraud under G2.3) are proposals and unverified. Re-assessed every year"
                    + " to confirm the cooperative still adheres to good governance.")));
  }

  /** Builds the rubric on first use, after every constant above is set. */
  private static final class Holder {
    static final Rubric RUBRIC = build();
  }
}
