package io.github.assessmentkit.testing;

import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Gate;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import java.util.List;

/**
 * A small cooperative-standard rubric with a gate, whose scores the tests work out by hand.
 *
 * <p>100 points, points sum: S1 accounts (60: S1.1 closed on time, S1.2 audited, 30 each) and S3
 * deficiencies (40: S3.1 no unresolved deficiency, S3.2 orders complied with, 20 each), every
 * indicator yes / partial / no (1, 1/2, 0). Ladder {@code grade} on total points: excellent ≥ 90,
 * very-good ≥ 80, good ≥ 60, else fail; gate "No unresolved deficiency" (S3.1 rated yes) caps it at
 * fail. Award scheme {@code standard}: tier pass when the grade is good or higher; none reached
 * reads ไม่ผ่าน / fail.
 */
public final class StandardRubrics {
  private StandardRubrics() {}

  /** The gate: S3.1 must be rated yes, else the grade is at most fail. */
  public static final Gate NO_DEFICIENCY =
      new Gate(
          Text.of("ไม่มีข้อบกพร่องค้าง", "No unresolved deficiency"),
          Condition.ratedWith("S3.1", "yes"),
          "fail");

  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  /**
   * The grades, without gates.
   *
   * @return the ladder
   */
  public static Ladder grades() {
    return new Ladder(
        "grade",
        Text.of("ระดับมาตรฐาน", "Standard grade"),
        Metric.totalPoints(),
        List.of(
            Rung.atLeast("excellent", Text.of("ดีเลิศ", "excellent"), 90),
            Rung.atLeast("very-good", Text.of("ดีมาก", "very good"), 80),
            Rung.atLeast("good", Text.of("ดี", "good"), 60),
            Rung.bottom("fail", Text.of("ไม่ผ่าน", "fail"))),
        TEST);
  }

  /**
   * The rubric with the given ladder.
   *
   * @param grade the ladder, with or without gates
   * @param deficiency the indicator S3.1 as the test wants it
   * @return the rubric
   */
  public static Rubric standard(Ladder grade, Indicator deficiency) {
    return Rubric.builder("mini-standard", "1")
        .title(Text.of("มาตรฐานทดสอบ", "Test standard"))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM)
        .criterion(
            Criterion.builder("S1", Text.en("Accounts"))
                .kind(CriterionKind.CHECKLIST)
                .points(60)
                .indicator(yesNo("S1.1"))
                .indicator(yesNo("S1.2"))
                .build())
        .criterion(
            Criterion.builder("S3", Text.en("Deficiencies"))
                .kind(CriterionKind.CHECKLIST)
                .points(40)
                .indicator(deficiency)
                .indicator(yesNo("S3.2"))
                .build())
        .ladder(grade)
        .award(
            new AwardScheme(
                    "standard",
                    Text.of("ผลมาตรฐาน", "Standard result"),
                    List.of(
                        new AwardTier(
                            "pass",
                            Text.of("ผ่าน", "pass"),
                            new Condition.RungReached("grade", "good"))),
                    TEST)
                .withNoneReached(Text.of("ไม่ผ่าน", "fail")))
        .build();
  }

  /**
   * The rubric with the gate and S3.1 that may not be rated not applicable.
   *
   * @return the rubric
   */
  public static Rubric gated() {
    return standard(
        grades().withGates(NO_DEFICIENCY), yesNo("S3.1").withNotApplicableAllowed(false));
  }

  /**
   * A yes/partial/no indicator.
   *
   * @param id the id
   * @return the indicator
   */
  public static Indicator yesNo(String id) {
    return Indicator.of(id, Text.en("Is " + id + " in place?"), YesPartialNoScale.STANDARD);
  }
}
