package io.github.assessmentkit.json;

import io.github.assessmentkit.migration.MergeRule;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.diff.NodeKind;
import io.github.assessmentkit.rubric.diff.RubricChange;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;

/** Values of the rubric-evolution documents shared by their tests. */
final class EvolutionSamples {
  private EvolutionSamples() {}

  /**
   * {@return a diff holding every kind of change, each value taken from the mini rubrics: added and
   * removed parts, both ways of a nullable value, and every kind of scale the mini rubrics have}
   */
  static RubricDiff everyKindOfChange() {
    Rubric award = MiniRubrics.award();
    Rubric checklist = MiniRubrics.checklist();
    Ladder overall = award.ladders().get(0);
    Ladder stricter =
        new Ladder(
            "overall",
            Text.of("ภาพรวม", "Overall"),
            Metric.totalPoints(),
            List.of(Rung.above("good", Text.en("good"), 50), Rung.bottom("fair", Text.en("fair"))),
            Provenance.unverified(Text.en("test"), Text.en("test")));
    Area asked = new Area("2.1a", Text.of("ติดตามผลอย่างไร", "How are results tracked?"));
    Area reworded = new Area("2.1a", Text.en("How are members' results tracked?"));
    Provenance verified =
        new Provenance(
            Text.of("กรมส่งเสริมสหกรณ์", "Cooperative Promotion Department"),
            true,
            Text.en("2026 edition"));
    return new RubricDiff(
        award.ref(),
        RubricRef.parse("mini-award@2"),
        List.of(
            new RubricChange.RubricSettingChanged(
                "title", award.title(), Text.of("รางวัลทดสอบ ๒", "Test award 2")),
            new RubricChange.ProvenanceChanged(award.provenance(), verified),
            new RubricChange.CriterionAdded(null, award.criterion("2").orElseThrow()),
            new RubricChange.CriterionAdded("1", award.criterion("1.2").orElseThrow()),
            new RubricChange.CriterionRemoved(null, checklist.criterion("G1").orElseThrow()),
            new RubricChange.IndicatorAdded("2.1", award.indicator("2.1").orElseThrow()),
            new RubricChange.IndicatorRemoved("G2", checklist.indicator("G2.3").orElseThrow()),
            new RubricChange.Renamed(
                NodeKind.CRITERION, "1.2", Text.en("Governance"), Text.of("ธรรมาภิบาล", "Ethics")),
            new RubricChange.Renamed(
                NodeKind.INDICATOR, "1.1", Text.en("How well?"), Text.en("How well, now?")),
            new RubricChange.Moved(NodeKind.INDICATOR, "G2.3", "G2", "G1"),
            new RubricChange.Moved(NodeKind.CRITERION, "1.2", "1", null),
            new RubricChange.Moved(NodeKind.CRITERION, "3", null, "2"),
            new RubricChange.PointsChanged("1.1", new BigDecimal("40"), new BigDecimal("30.5")),
            new RubricChange.PointsChanged("G1", null, new BigDecimal("60")),
            new RubricChange.WeightChanged(
                NodeKind.INDICATOR, "G1.1", BigDecimal.ONE, new BigDecimal("2")),
            new RubricChange.WeightChanged(NodeKind.CRITERION, "G1", new BigDecimal("2"), null),
            new RubricChange.StrategyChanged("1", null, "points-sum"),
            new RubricChange.StrategyChanged("2", "lowest-part", null),
            new RubricChange.ScaleChanged(
                "G1.1",
                YesPartialNoScale.STANDARD,
                YesNoScale.STANDARD,
                Text.of("ชนิด yes-partial-no → yes-no", "type yes-partial-no → yes-no")),
            new RubricChange.ScaleChanged(
                "1.1",
                MiniRubrics.bands(),
                MiniRubrics.levels(),
                Text.of("ชนิด band → levels", "type band → levels")),
            new RubricChange.AreaChanged("2.1", "2.1a", null, asked),
            new RubricChange.AreaChanged("2.1", "2.1a", asked, reworded),
            new RubricChange.AreaChanged("2.1", "2.1a", reworded, null),
            new RubricChange.LadderChanged("overall", overall, stricter),
            new RubricChange.LadderChanged("overall", null, overall),
            new RubricChange.LadderChanged("overall", overall, null),
            new RubricChange.AwardChanged("mini", award.awards().get(0), null),
            new RubricChange.AwardChanged("mini", null, award.awards().get(0)),
            new RubricChange.NodeSettingChanged(
                NodeKind.INDICATOR, "1.1", "evidenceRequired", "false", "true"),
            new RubricChange.NodeSettingChanged(
                NodeKind.CRITERION, "1", "kind", "PROCESS", "RESULTS"),
            new RubricChange.RubricSettingChanged(
                "version", Text.of("1", "1"), Text.of("2", "2"))));
  }

  /** {@return a mapping with every kind of step: a rename, a merge, a split and a drop} */
  static MigrationMapping mapping() {
    return MigrationMapping.between(RubricRef.parse("cqa@2025.1"), RubricRef.parse("cqa@2026.1"))
        .rename("2.3", "2.4")
        .merge("4.1", MergeRule.LOWER_MIDDLE, "4.1", "4.2", "4.3")
        .split("5.1", "5.1a", "5.1b")
        .drop("6.9")
        .build();
  }
}
