package io.github.assessmentkit.rubric.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of difference found between two versions of the mini award, with both values, and the
 * changes applied to the older outline giving the newer one; a change that does not fit an outline
 * is refused naming it.
 */
class RubricDiffKindsTest {
  private final Rubric v1 = MiniRubrics.award();
  private final Area tracked = new Area("2.1a", Text.en("How are members' results tracked?"));

  private static void appliesExactly(Rubric older, Rubric newer) {
    assertThat(RubricDiff.between(older, newer).applyTo(RubricOutline.of(older)))
        .isEqualTo(RubricOutline.of(newer));
  }

  @Test
  void a_new_title_and_provenance_are_listed_settings_first() {
    Provenance checked = Provenance.verified(Text.en("ministry"), Text.en("checked"));
    Rubric v2 =
        Rubric.from(v1).title(Text.of("รางวัลใหม่", "New award")).provenance(checked).build();

    List<RubricChange> changes = RubricDiff.between(v1, v2).changes();

    assertThat(changes)
        .containsExactly(
            new RubricChange.RubricSettingChanged(
                "title", Text.of("รางวัลทดสอบ", "Test award"), Text.of("รางวัลใหม่", "New award")),
            new RubricChange.ProvenanceChanged(v1.provenance(), checked));
    assertThat(changes.get(1).describe().get(Language.EN))
        .isEqualTo(
            "provenance: test (unverified: made up for tests) → ministry (verified: checked)");
    appliesExactly(v1, v2);
  }

  @Test
  void ladders_and_award_schemes_are_listed_added_or_changed_then_removed() {
    AwardScheme honour =
        new AwardScheme(
            "honour",
            Text.en("Honour"),
            List.of(
                new AwardTier("top", Text.en("Top"), Condition.above(Metric.totalPoints(), 80))),
            Provenance.unverified(Text.en("test"), Text.en("test")));
    Rubric v2 = Rubric.from(v1).removeLadder("overall").removeAward("mini").award(honour).build();

    // the ladder is gone; among the schemes, the new one first, then the one removed
    assertThat(RubricDiff.between(v1, v2).changes())
        .containsExactly(
            new RubricChange.LadderChanged("overall", v1.ladders().get(0), null),
            new RubricChange.AwardChanged("honour", null, honour),
            new RubricChange.AwardChanged("mini", v1.awards().get(0), null));
    appliesExactly(v1, v2);
    appliesExactly(v2, v1);
  }

  @Test
  void a_criterion_moved_under_another_parent_is_one_change_besides_the_new_points() {
    // 1.2 (20 points) moves under category 2; 1.1 takes 60 and 2.1 20 so each category keeps
    // its points: 60 = 60 and 20 + 20 = 40
    Criterion governance = v1.criterion("1.2").orElseThrow();
    Rubric v2 =
        Rubric.from(v1)
            .remove("1.2")
            .reweight("1.1", 60)
            .add("2", governance)
            .reweight("2.1", 20)
            .build();

    // in the newer tree order 1, 1.1, 2, 2.1, 1.2
    assertThat(RubricDiff.between(v1, v2).changes())
        .containsExactly(
            new RubricChange.PointsChanged("1.1", new BigDecimal("40"), new BigDecimal("60")),
            new RubricChange.PointsChanged("2.1", new BigDecimal("40"), new BigDecimal("20")),
            new RubricChange.Moved(NodeKind.CRITERION, "1.2", "1", "2"));
    appliesExactly(v1, v2);
  }

  @Test
  void a_criterion_of_another_kind_or_without_an_area_lists_the_setting_and_the_area() {
    Criterion results = v1.criterion("2").orElseThrow();
    Rubric withArea = Rubric.from(v1).addArea("2.1", tracked).build();
    Rubric otherKind =
        Rubric.from(v1).replace(results.toBuilder().kind(CriterionKind.PROCESS).build()).build();

    assertThat(RubricDiff.between(withArea, v1).changes())
        .containsExactly(new RubricChange.AreaChanged("2.1", "2.1a", tracked, null));
    assertThat(RubricDiff.between(v1, otherKind).changes())
        .containsExactly(
            new RubricChange.NodeSettingChanged(
                NodeKind.CRITERION, "2", "kind", "RESULTS", "PROCESS"));
    appliesExactly(withArea, v1);
    appliesExactly(v1, otherKind);
  }

  @Test
  void an_indicator_reworded_and_no_longer_allowing_not_applicable_lists_both() {
    Indicator before = v1.indicator("1.1").orElseThrow();
    Indicator after =
        Indicator.of("1.1", Text.en("How do senior leaders lead?"), before.scale())
            .withNotApplicableAllowed(false);
    Rubric v2 = Rubric.from(v1).replaceIndicator(after).build();

    assertThat(RubricDiff.between(v1, v2).changes())
        .containsExactly(
            new RubricChange.Renamed(
                NodeKind.INDICATOR,
                "1.1",
                Text.en("How well does item 1.1 work?"),
                Text.en("How do senior leaders lead?")),
            new RubricChange.NodeSettingChanged(
                NodeKind.INDICATOR, "1.1", "notApplicableAllowed", "true", "false"));
    appliesExactly(v1, v2);
  }

  private RubricOutline apply(RubricChange change) {
    return new RubricDiff(v1.ref(), v1.ref(), List.of(change)).applyTo(RubricOutline.of(v1));
  }

  private void refused(RubricChange change, String named) {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> apply(change))
        .withMessage("the change does not apply to this outline: " + named);
  }

  @Test
  void adding_what_the_outline_has_or_changing_what_it_lacks_is_refused_naming_the_change() {
    Criterion governance = v1.criterion("1.2").orElseThrow();
    Indicator item = v1.indicator("1.2").orElseThrow();

    refused(
        new RubricChange.CriterionAdded("1", governance),
        "criterion '1.2' added under '1': Governance");
    refused(
        new RubricChange.IndicatorAdded("1.2", item),
        "indicator '1.2' added under '1.2': How well does item 1.2 work?");
    refused(
        new RubricChange.PointsChanged("9", BigDecimal.ONE, BigDecimal.TEN),
        "criterion '9' points: 1 → 10");
    refused(
        new RubricChange.AreaChanged("2.1", "2.1a", tracked, null),
        "criterion '2.1' area '2.1a' removed: How are members' results tracked?");
    refused(
        new RubricChange.LadderChanged("overall", null, v1.ladders().get(0)),
        "ladder 'overall' (Overall) added");
    refused(
        new RubricChange.LadderChanged("steps", v1.ladders().get(0), null),
        "ladder 'steps' (Overall) removed");
    refused(
        new RubricChange.AwardChanged("mini", null, v1.awards().get(0)),
        "award 'mini' (Mini award) added");
  }

  @Test
  void each_kind_of_change_applies_to_the_node_it_names() {
    // a criterion moved to the top, an indicator moved, a criterion setting and an area added
    assertThat(apply(new RubricChange.Moved(NodeKind.CRITERION, "1.2", "1", null)).criteria())
        .extractingByKey("1.2")
        .extracting(RubricOutline.CriterionFacts::parentId)
        .isNull();
    RubricOutline moved = apply(new RubricChange.Moved(NodeKind.INDICATOR, "1.2", "1.2", "1.1"));
    assertThat(moved.indicators().get("1.2").criterionId()).isEqualTo("1.1");
    assertThat(moved.criteria()).isEqualTo(RubricOutline.of(v1).criteria());
    RubricOutline kind =
        apply(
            new RubricChange.NodeSettingChanged(
                NodeKind.CRITERION, "2", "kind", "RESULTS", "PROCESS"));
    assertThat(kind.criteria().get("2").settings()).containsEntry("kind", "PROCESS");
    assertThat(kind.indicators()).isEqualTo(RubricOutline.of(v1).indicators());
    RubricOutline area = apply(new RubricChange.AreaChanged("2.1", "2.1a", null, tracked));
    assertThat(area.criteria().get("2.1").areas()).containsExactly(entry("2.1a", tracked));
    // the award scheme removed is gone, the ladder left as it was
    RubricOutline noAward = apply(new RubricChange.AwardChanged("mini", v1.awards().get(0), null));
    assertThat(noAward.awards()).isEmpty();
    assertThat(noAward.ladders()).containsOnlyKeys("overall");
  }

  private static java.util.Map.Entry<String, Area> entry(String key, Area value) {
    return java.util.Map.entry(key, value);
  }
}
