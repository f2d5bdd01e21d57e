package io.github.assessmentkit.rubric.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A diff lists every difference between two rubrics as a typed change with both values, in a stable
 * order, says each in Thai and English, renders them for release notes, and applied to the older
 * rubric's outline gives the newer one's.
 */
class RubricDiffTest {
  private final Rubric v1 = MiniRubrics.award();

  /** Version 2 of the mini award: five edits, each of which the diff must list once. */
  private final Ladder stricter =
      new Ladder(
          "overall",
          Text.en("Overall"),
          Metric.totalPoints(),
          List.of(Rung.above("good", Text.en("good"), 50), Rung.bottom("fair", Text.en("fair"))),
          Provenance.unverified(Text.en("test"), Text.en("test")));

  private final Area tracked = new Area("2.1a", Text.en("How are members' results tracked?"));

  private final Rubric v2 =
      Rubric.from(v1)
          .version("2")
          .rename("1.2", Text.en("Governance and ethics"))
          .reweight("1.1", 30)
          .reweight("1.2", 30)
          .addArea("2.1", tracked)
          .replaceLadder(stricter)
          .build();

  @Test
  void a_rubric_compared_with_itself_has_no_changes() {
    RubricDiff diff = RubricDiff.between(v1, v1);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.toText(Language.EN))
        .isEqualTo("Changes from mini-award@1 to mini-award@1 (0)\n- no changes\n");
  }

  @Test
  void a_derivation_gives_exactly_the_changes_made_in_tree_order() {
    RubricDiff diff = RubricDiff.between(v1, v2);

    // worked by hand from the five edits: the version; then in tree order 1, 1.1, 1.2, 2, 2.1
    // (1 and 2 keep their 60 and 40 points: 30 + 30 = 60); item 1.1 40 -> 30; item 1.2 renamed,
    // then 20 -> 30; item 2.1 gains area 2.1a; last the ladder, its "good" bound 40 -> 50
    assertThat(diff.from()).isEqualTo(v1.ref());
    assertThat(diff.to()).isEqualTo(v2.ref());
    assertThat(diff.changes())
        .containsExactly(
            new RubricChange.RubricSettingChanged("version", Text.of("1", "1"), Text.of("2", "2")),
            new RubricChange.PointsChanged("1.1", new BigDecimal("40"), new BigDecimal("30")),
            new RubricChange.Renamed(
                NodeKind.CRITERION, "1.2", Text.en("Governance"), Text.en("Governance and ethics")),
            new RubricChange.PointsChanged("1.2", new BigDecimal("20"), new BigDecimal("30")),
            new RubricChange.AreaChanged("2.1", "2.1a", null, tracked),
            new RubricChange.LadderChanged("overall", v1.ladders().get(0), stricter));
  }

  @Test
  void the_text_for_release_notes_has_a_heading_and_one_line_per_change() {
    String text = RubricDiff.between(v1, v2).toText(Language.EN);

    assertThat(text)
        .isEqualTo(
            "Changes from mini-award@1 to mini-award@2 (6)\n"
                + "- rubric version: 1 → 2\n"
                + "- criterion '1.1' points: 40 → 30\n"
                + "- criterion '1.2' renamed: Governance → Governance and ethics\n"
                + "- criterion '1.2' points: 20 → 30\n"
                + "- criterion '2.1' area '2.1a' added: How are members' results tracked?\n"
                + "- ladder 'overall' (Overall) rules changed\n");
    assertThat(RubricDiff.between(v1, v2).toText(Language.TH))
        .startsWith("การเปลี่ยนแปลงจาก mini-award@1 เป็น mini-award@2 (6 รายการ)\n")
        .contains("- เกณฑ์ '1.1' คะแนนเต็ม: 40 → 30\n");
  }

  @Test
  void removed_criteria_and_indicators_come_after_the_tree_in_the_older_order() {
    Rubric smaller = Rubric.from(v1).version("3").remove("1.2").reweight("1.1", 60).build();

    // 1.1 now holds all 60 of category 1; item 1.2 and its indicator 1.2 are gone
    assertThat(RubricDiff.between(v1, smaller).changes())
        .containsExactly(
            new RubricChange.RubricSettingChanged("version", Text.of("1", "1"), Text.of("3", "3")),
            new RubricChange.PointsChanged("1.1", new BigDecimal("40"), new BigDecimal("60")),
            new RubricChange.CriterionRemoved("1", v1.criterion("1.2").orElseThrow()),
            new RubricChange.IndicatorRemoved("1.2", v1.indicator("1.2").orElseThrow()));
    assertThat(RubricDiff.between(smaller, v1).changes())
        .containsExactly(
            new RubricChange.RubricSettingChanged("version", Text.of("3", "3"), Text.of("1", "1")),
            new RubricChange.PointsChanged("1.1", new BigDecimal("60"), new BigDecimal("40")),
            new RubricChange.CriterionAdded("1", v1.criterion("1.2").orElseThrow()),
            new RubricChange.IndicatorAdded("1.2", v1.indicator("1.2").orElseThrow()));
  }

  @Test
  void an_indicator_moved_and_rated_on_another_scale_is_listed_with_both_values() {
    Rubric checklist = MiniRubrics.checklist();
    Indicator before = checklist.indicator("G1.1").orElseThrow();
    Indicator yesNo = Indicator.of("G1.1", before.text(), YesNoScale.STANDARD);
    Rubric changed =
        Rubric.from(checklist).moveIndicator("G2.3", "G1").replaceIndicator(yesNo).build();

    List<RubricChange> changes = RubricDiff.between(checklist, changed).changes();

    // G1's indicators come first in tree order: G1.1 (its scale), then G2.3 (now under G1)
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0)).isInstanceOf(RubricChange.ScaleChanged.class);
    RubricChange.ScaleChanged scale = (RubricChange.ScaleChanged) changes.get(0);
    assertThat(scale.before()).isEqualTo(before.scale());
    assertThat(scale.after()).isEqualTo(YesNoScale.STANDARD);
    assertThat(scale.describe().get(Language.EN))
        .isEqualTo(
            "indicator 'G1.1' scale changed: type "
                + before.scale().type()
                + " → "
                + YesNoScale.STANDARD.type());
    assertThat(changes.get(1))
        .isEqualTo(new RubricChange.Moved(NodeKind.INDICATOR, "G2.3", "G2", "G1"));
  }

  @Test
  void the_changes_applied_to_the_older_outline_give_the_newer_outline() {
    RubricDiff diff = RubricDiff.between(v1, v2);

    assertThat(diff.applyTo(RubricOutline.of(v1))).isEqualTo(RubricOutline.of(v2));
    assertThat(RubricOutline.of(v1)).isNotEqualTo(RubricOutline.of(v2));
  }

  @Test
  void a_change_that_does_not_fit_the_outline_is_refused_with_the_change_named() {
    RubricDiff diff = RubricDiff.between(v1, v2);
    RubricOutline already = RubricOutline.of(v2);

    // area 2.1a is already there: adding it again does not apply
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> diff.applyTo(already))
        .withMessageContaining("does not apply")
        .withMessageContaining("area '2.1a' added");
  }

  @Test
  void every_change_is_described_in_both_languages() {
    for (RubricChange c : RubricDiff.between(v1, v2).changes()) {
      assertThat(c.describe().isBilingual()).as(c.toString()).isTrue();
      assertThat(c.target()).isNotBlank();
    }
  }
}
