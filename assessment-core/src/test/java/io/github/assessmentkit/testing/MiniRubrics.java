package io.github.assessmentkit.testing;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.List;
import java.util.Map;

/** Small hand-built rubrics whose scores the tests work out by hand. */
public final class MiniRubrics {
  private MiniRubrics() {}

  /** The six Baldrige-style bands: 0,5 | 10..25 | 30..45 | 50..65 | 70..85 | 90..100. */
  public static BandScale bands() {
    return new BandScale(
        Text.en("test bands"),
        List.of(new Dimension("A", Text.en("Approach"))),
        List.of(
            new Band(1, List.of(0, 5), Text.en("none"), Map.of("A", Text.en("no approach"))),
            new Band(2, List.of(10, 15, 20, 25), Text.en("early"), Map.of()),
            new Band(3, List.of(30, 35, 40, 45), Text.en("systematic"), Map.of()),
            new Band(4, List.of(50, 55, 60, 65), Text.en("aligned"), Map.of()),
            new Band(5, List.of(70, 75, 80, 85), Text.en("integrated"), Map.of()),
            new Band(6, List.of(90, 95, 100), Text.en("role model"), Map.of())));
  }

  /** Maturity levels 0 to 4. */
  public static LevelScale levels() {
    return new LevelScale(
        Text.en("maturity"),
        List.of(
            new Level("0", Text.en("none"), null),
            new Level("1", Text.en("initial"), null),
            new Level("2", Text.en("defined"), null),
            new Level("3", Text.en("managed"), null),
            new Level("4", Text.en("optimised"), null)));
  }

  /**
   * A 100-point award rubric: category 1 (60: items 1.1 = 40, 1.2 = 20) and category 2 (40: item
   * 2.1 = 40), one band-scale indicator per item with the item's id; ladder "overall" (above 40
   * "good", else "fair"); award "mini" with tiers gold (total above 50) and silver (total above 40
   * and category 1 at least 40 %).
   *
   * @return the rubric
   */
  public static Rubric award() {
    return Rubric.builder("mini-award", "1")
        .title(Text.of("รางวัลทดสอบ", "Test award"))
        .provenance(Provenance.unverified(Text.en("test"), Text.en("made up for tests")))
        .defaultStrategy(Strategies.HOLISTIC_BAND)
        .criterion(
            Criterion.builder("1", Text.en("Leadership"))
                .kind(CriterionKind.PROCESS)
                .points(60)
                .child("1.1", Text.en("Senior leaders"), c -> c.points(40).indicator(band("1.1")))
                .child("1.2", Text.en("Governance"), c -> c.points(20).indicator(band("1.2")))
                .build())
        .criterion(
            Criterion.builder("2", Text.en("Results"))
                .kind(CriterionKind.RESULTS)
                .points(40)
                .child("2.1", Text.en("Member results"), c -> c.points(40).indicator(band("2.1")))
                .build())
        .ladder(
            new Ladder(
                "overall",
                Text.en("Overall"),
                Metric.totalPoints(),
                List.of(
                    Rung.above("good", Text.en("good"), 40), Rung.bottom("fair", Text.en("fair"))),
                Provenance.unverified(Text.en("test"), Text.en("test"))))
        .award(
            new AwardScheme(
                "mini",
                Text.en("Mini award"),
                List.of(
                    new AwardTier(
                        "gold", Text.en("Gold"), Condition.above(Metric.totalPoints(), 50)),
                    new AwardTier(
                        "silver",
                        Text.en("Silver"),
                        Condition.allOf(
                            Condition.above(Metric.totalPoints(), 40),
                            Condition.atLeast(Metric.percent("1"), 40)))),
                Provenance.unverified(Text.en("test"), Text.en("test"))))
        .build();
  }

  /**
   * A governance-style checklist: total 100, two principles by weight (G1 weight 2, G2 weight 1),
   * each with yes/partial/no indicators of weight 1 (G1.1, G1.2; G2.1, G2.2, G2.3).
   *
   * @return the rubric
   */
  public static Rubric checklist() {
    return Rubric.builder("mini-checklist", "1")
        .title(Text.en("Test checklist"))
        .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
        .defaultStrategy(Strategies.POINTS_SUM)
        .totalPoints(100)
        .criterion(
            Criterion.builder("G1", Text.en("Rule of law"))
                .kind(CriterionKind.CHECKLIST)
                .weight(2)
                .indicator(yesNo("G1.1"))
                .indicator(yesNo("G1.2"))
                .build())
        .criterion(
            Criterion.builder("G2", Text.en("Transparency"))
                .kind(CriterionKind.CHECKLIST)
                .weight(1)
                .indicator(yesNo("G2.1"))
                .indicator(yesNo("G2.2"))
                .indicator(yesNo("G2.3"))
                .build())
        .build();
  }

  /**
   * A band-scale indicator.
   *
   * @param id the id
   * @return the indicator
   */
  public static Indicator band(String id) {
    return Indicator.of(id, Text.en("How well does item " + id + " work?"), bands());
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

  /**
   * An empty assessment of a rubric, to add ratings to.
   *
   * @param rubric the rubric
   * @return a builder
   */
  public static io.github.assessmentkit.assessment.AssessmentBuilder assessmentOf(Rubric rubric) {
    return Assessment.builder(
        "a-1",
        new Subject(
            "coop-1", Text.of("สหกรณ์ทดสอบ", "Test cooperative"), OrganisationType.SAVINGS, "Loei"),
        rubric.ref(),
        FiscalYear.ofBuddhistEra(2566));
  }
}
