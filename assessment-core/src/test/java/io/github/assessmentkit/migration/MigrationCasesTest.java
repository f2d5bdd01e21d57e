package io.github.assessmentkit.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.history.Correspondence;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.diff.NodeKind;
import io.github.assessmentkit.rubric.diff.RubricChange;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Migration cases beyond the main ones: a merge of three sources by each rule, sources unrated or
 * without a value, ratings marked not applicable, dimension ratings on a changed scale, the
 * report's counts, and the correspondence a mapping gives.
 */
class MigrationCasesTest {
  /** Items 1.1 (40 points), 1.2 (20) and 2.1 (40), each with one band indicator of its id. */
  private final Rubric v1 = MiniRubrics.award();

  /** Version 2: item 1.2 split into 1.2a and 1.2b, ten points each. */
  private final Rubric split =
      Rubric.from(v1)
          .version("2")
          .remove("1.2")
          .add("1", item("1.2a", 10))
          .add("1", item("1.2b", 10))
          .build();

  /** Version 3 of version 2: items 1.1, 1.2a and 1.2b merged into 1.x, worth their 60 points. */
  private final Rubric merged =
      Rubric.from(split)
          .version("3")
          .remove("1.1")
          .remove("1.2a")
          .remove("1.2b")
          .add("1", item("1.x", 60))
          .build();

  private static Criterion item(String id, long points) {
    return Criterion.builder(id, Text.en("Item " + id))
        .points(points)
        .indicator(MiniRubrics.band(id))
        .build();
  }

  private MigrationMapping mergeBy(MergeRule rule) {
    return MigrationMapping.between(split.ref(), merged.ref())
        .merge("1.x", rule, "1.1", "1.2a", "1.2b")
        .build();
  }

  // 1.1 at 70 % with strength "a"; 1.2a at 30 % with strengths "a", "b"; 1.2b at 50 % with the
  // improvement "c"; 2.1 at 40 %
  private final Assessment rated =
      MiniRubrics.assessmentOf(split)
          .rating(Rating.of("1.1", 70).withFindings(List.of("a"), List.of()))
          .rating(Rating.of("1.2a", 30).withFindings(List.of("a", "b"), List.of()))
          .rating(Rating.of("1.2b", 50).withFindings(List.of(), List.of("c")))
          .rating(Rating.of("2.1", 40))
          .build();

  @Test
  void a_merge_of_three_picks_the_lowest_the_lower_middle_or_the_highest_value() {
    // sorted 30, 50, 70: lowest 30; lower middle index (3 − 1) / 2 = 1, 50; highest 70.
    // 1.x is worth 60 points and 2.1 keeps 40 × 40 % = 16
    Map<MergeRule, List<String>> expected =
        Map.of(
            MergeRule.LOWEST, List.of("30", "34"), // 18 + 16
            MergeRule.LOWER_MIDDLE, List.of("50", "46"), // 30 + 16
            MergeRule.HIGHEST, List.of("70", "58")); // 42 + 16
    for (Map.Entry<MergeRule, List<String>> c : expected.entrySet()) {
      MigrationResult r = Migration.migrate(split, merged, rated, mergeBy(c.getKey()));

      MigrationEntry entry = r.report().entries().get(0);
      assertThat(entry.outcome()).isEqualTo(MigrationOutcome.MERGED);
      assertThat(entry.fromIds()).containsExactly("1.1", "1.2a", "1.2b");
      assertThat(entry.toId()).isEqualTo("1.x");
      assertThat(entry.reason().get(Language.EN))
          .isEqualTo(
              "merged from 1.1, 1.2a, 1.2b by rule "
                  + c.getKey().name()
                  + ": "
                  + c.getValue().get(0));
      assertThat(r.score(Scorer.standard(), merged).total())
          .as(c.getKey().name())
          .isEqualByComparingTo(c.getValue().get(1));
    }
  }

  @Test
  void a_merged_rating_keeps_the_findings_of_every_source_once() {
    MigrationResult r = Migration.migrate(split, merged, rated, mergeBy(MergeRule.HIGHEST));

    Rating x = r.assessment().rating("1.x").orElseThrow();
    assertThat(x.strengths()).containsExactly("a", "b");
    assertThat(x.improvements()).containsExactly("c");
    assertThat(r.report().carried()).isEqualTo(2);
  }

  @Test
  void a_merge_with_a_source_unrated_or_without_a_value_is_left_unrated() {
    Assessment missing =
        MiniRubrics.assessmentOf(split)
            .rating(Rating.of("1.1", 70))
            .rating(Rating.of("1.2b", 50))
            .build();
    Assessment notApplicable =
        MiniRubrics.assessmentOf(split)
            .rating(Rating.of("1.1", 70))
            .rating(Rating.notApplicable("1.2a", "no such unit"))
            .rating(Rating.of("1.2b", 50))
            .build();

    MigrationResult r1 = Migration.migrate(split, merged, missing, mergeBy(MergeRule.LOWEST));
    MigrationResult r2 = Migration.migrate(split, merged, notApplicable, mergeBy(MergeRule.LOWEST));

    // 1.2a names the reason, all three sources are listed; 2.1 was not rated either
    assertThat(r1.report().notCarried())
        .extracting(e -> e.fromIds(), MigrationEntry::toId, e -> e.reason().get(Language.EN))
        .containsExactly(
            tuple(List.of("1.1", "1.2a", "1.2b"), "1.x", "'1.2a' was not rated: left unrated"),
            tuple(List.of("2.1"), "2.1", "'2.1' was not rated: left unrated"));
    assertThat(r2.report().notCarried().get(0).reason().get(Language.EN))
        .isEqualTo("'1.2a' has no value to merge (not applicable or unknown): left unrated");
    assertThat(r1.assessment().ratings()).isEmpty();
    assertThat(r1.report().carried()).isZero();
  }

  @Test
  void a_rating_marked_not_applicable_is_carried_only_where_the_new_indicator_allows_it() {
    Rubric strict =
        Rubric.from(v1)
            .version("8")
            .replaceIndicator(MiniRubrics.band("2.1").withNotApplicableAllowed(false))
            .build();
    Assessment a =
        MiniRubrics.assessmentOf(v1)
            .rating(Rating.notApplicable("1.1", "no senior leaders"))
            .rating(Rating.notApplicable("2.1", "no members yet"))
            .build();

    MigrationResult r =
        Migration.migrate(v1, strict, a, MigrationMapping.between(v1.ref(), strict.ref()).build());

    // 1.1 keeps its indicator, which allows it; 2.1's new indicator does not
    assertThat(r.assessment().ratings()).extracting(Rating::indicatorId).containsExactly("1.1");
    assertThat(r.report().entries())
        .extracting(MigrationEntry::outcome, MigrationEntry::toId)
        .containsExactly(
            tuple(MigrationOutcome.KEPT, "1.1"),
            tuple(MigrationOutcome.NOT_CARRIED, "1.2"),
            tuple(MigrationOutcome.NOT_CARRIED, "2.1"));
    assertThat(r.report().entries().get(2).reason().get(Language.EN))
        .isEqualTo(
            "'2.1' was marked not applicable, which the new indicator does not allow: left"
                + " unrated");
  }

  @Test
  void dimension_ratings_go_along_on_the_same_scale_and_stop_a_carry_onto_another() {
    // the same bands with the dimension named R instead of A: 40 % is still allowed
    BandScale renamedDimension =
        new BandScale(
            Text.en("bands"),
            List.of(new Dimension("R", Text.en("Results"))),
            MiniRubrics.bands().bands().stream()
                .map(b -> new Band(b.number(), b.percents(), b.summary(), Map.of()))
                .toList());
    Rubric other =
        Rubric.from(v1)
            .version("9")
            .replaceIndicator(Indicator.of("2.1", Text.en("2.1"), renamedDimension))
            .build();
    Assessment a =
        MiniRubrics.assessmentOf(v1)
            .rating(Rating.of("1.1", 40).withDimensions(DimensionRating.of("A", 40)))
            .rating(Rating.of("2.1", 40).withDimensions(DimensionRating.of("A", 40)))
            .build();

    MigrationResult r =
        Migration.migrate(v1, other, a, MigrationMapping.between(v1.ref(), other.ref()).build());

    assertThat(r.assessment().rating("1.1").orElseThrow().dimensions())
        .containsExactly(DimensionRating.of("A", 40));
    assertThat(r.assessment().rating("2.1")).isEmpty();
    assertThat(r.report().notCarried())
        .extracting(e -> e.reason().get(Language.EN))
        .containsExactly(
            "'1.2' was not rated: left unrated",
            "'2.1' has dimension ratings and its scale changed: left unrated");
  }

  @Test
  void the_report_counts_carried_ratings_without_the_dropped_and_the_unrated() {
    MigrationReport report =
        new MigrationReport(
            v1.ref(),
            split.ref(),
            List.of(
                new MigrationEntry(MigrationOutcome.KEPT, List.of("1.1"), "1.1", Text.en("k")),
                new MigrationEntry(MigrationOutcome.RENAMED, List.of("1.2"), "1.3", Text.en("r")),
                new MigrationEntry(MigrationOutcome.DROPPED, List.of("2.1"), null, Text.en("d")),
                new MigrationEntry(
                    MigrationOutcome.NOT_CARRIED, List.of("2.2"), "2.2", Text.en("n"))));

    // kept and renamed: 2; the dropped and the not carried do not count
    assertThat(report.carried()).isEqualTo(2);
    assertThat(report.notCarried()).extracting(MigrationEntry::toId).containsExactly("2.2");
  }

  @Test
  void the_correspondence_follows_renames_and_leaves_out_what_was_split_merged_or_dropped() {
    // version 4 of version 1: 1.1 renamed 1.9, 1.2 split into 1.2a and 1.2b, 2.1 kept
    Rubric v4 =
        Rubric.from(v1)
            .version("4")
            .remove("1.1")
            .add("1", item("1.9", 40))
            .remove("1.2")
            .add("1", item("1.2a", 10))
            .add("1", item("1.2b", 10))
            .build();
    MigrationMapping mapping =
        MigrationMapping.between(v1.ref(), v4.ref())
            .rename("1.1", "1.9")
            .split("1.2", "1.2a", "1.2b")
            .build();

    Correspondence c = mapping.correspondence(v1, v4);

    assertThat(c.nodes())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("mini-award", "mini-award", "1", "1", "1.1", "1.9", "2", "2", "2.1", "2.1"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> mapping.correspondence(split, v4))
        .withMessage("rubrics do not match: expected mini-award@1, got mini-award@2");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> mapping.correspondence(v1, split))
        .withMessage("rubrics do not match: expected mini-award@4, got mini-award@2");
  }

  @Test
  void a_merge_needs_two_sources_and_a_split_two_targets() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new MappingStep.Merge(List.of("1.1"), "1.x", MergeRule.LOWEST))
        .withMessage("a merge needs at least two source indicators (got 1)");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new MappingStep.Split("1.2", List.of("1.2a")))
        .withMessage("a split needs at least two target indicators (got 1)");
    MappingStep merge = new MappingStep.Merge(List.of("1.1", "1.2"), "1.x", MergeRule.LOWEST);
    MappingStep drop = new MappingStep.Drop("2.1");
    MappingStep rename = new MappingStep.Rename("1.1", "1.9");
    MappingStep splitStep = new MappingStep.Split("1.2", List.of("1.2a", "1.2b"));
    assertThat(List.of(merge, drop, rename, splitStep))
        .extracting(MappingStep::sources, MappingStep::targets)
        .containsExactly(
            tuple(List.of("1.1", "1.2"), List.of("1.x")),
            tuple(List.of("2.1"), List.of()),
            tuple(List.of("1.1"), List.of("1.9")),
            tuple(List.of("1.2"), List.of("1.2a", "1.2b")));
  }

  @Test
  void a_target_named_twice_or_a_mapping_of_another_assessment_is_refused() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                MigrationMapping.between(v1.ref(), split.ref())
                    .rename("1.1", "1.2a")
                    .rename("2.1", "1.2a")
                    .build())
        .withMessage("the mapping names '1.2a' more than once");
    Assessment onSplit = MiniRubrics.assessmentOf(split).build();
    MigrationMapping mapping =
        MigrationMapping.between(v1.ref(), split.ref()).split("1.2", "1.2a", "1.2b").build();
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Migration.migrate(v1, split, onSplit, mapping))
        .withMessage("rubrics do not match: expected mini-award@1, got mini-award@2");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                Migration.migrate(
                    v1,
                    split,
                    MiniRubrics.assessmentOf(v1).build(),
                    MigrationMapping.between(v1.ref(), split.ref())
                        .split("1.2", "1.2a", "1.9")
                        .build()))
        .withMessage("the mapping names '1.9', which rubric mini-award@2 does not have");
  }

  @Test
  void a_merged_rating_keeps_the_dimensions_of_the_source_chosen_when_the_scale_is_the_same() {
    Assessment withDimensions =
        MiniRubrics.assessmentOf(split)
            .rating(Rating.of("1.1", 70).withDimensions(DimensionRating.of("A", 70)))
            .rating(Rating.of("1.2a", 30))
            .rating(Rating.of("1.2b", 50))
            .build();

    MigrationResult r =
        Migration.migrate(split, merged, withDimensions, mergeBy(MergeRule.HIGHEST));

    // 1.1 at 70 % is chosen; 1.x is on the same bands, so its dimension rating comes along
    assertThat(r.assessment().rating("1.x").orElseThrow().dimensions())
        .containsExactly(DimensionRating.of("A", 70));
  }

  @Test
  void a_merge_whose_source_the_new_scale_refuses_is_left_unrated() {
    // 1.x on the halves: 30 % is not allowed there
    Rubric halves =
        Rubric.from(merged)
            .version("10")
            .replaceIndicator(Indicator.of("1.x", Text.en("1.x"), halvesScale()))
            .build();
    MigrationMapping mapping =
        MigrationMapping.between(split.ref(), halves.ref())
            .merge("1.x", MergeRule.HIGHEST, "1.1", "1.2a", "1.2b")
            .build();

    MigrationResult r = Migration.migrate(split, halves, rated, mapping);

    assertThat(r.assessment().rating("1.x")).isEmpty();
    assertThat(r.report().notCarried().get(0))
        .satisfies(
            e -> {
              assertThat(e.fromIds()).containsExactly("1.1", "1.2a", "1.2b");
              assertThat(e.reason().get(Language.EN)).startsWith("the value 70 of '1.1'");
            });
  }

  @Test
  void a_value_the_changed_scale_allows_is_carried_when_it_has_no_dimension_ratings() {
    Rubric halves =
        Rubric.from(v1)
            .version("11")
            .replaceIndicator(Indicator.of("2.1", Text.en("2.1"), halvesScale()))
            .build();
    Assessment a = MiniRubrics.assessmentOf(v1).rating(Rating.of("2.1", 50)).build();

    MigrationResult r =
        Migration.migrate(v1, halves, a, MigrationMapping.between(v1.ref(), halves.ref()).build());

    // 50 % is a value of the halves: kept as it was
    assertThat(r.assessment().rating("2.1").orElseThrow().state())
        .isEqualTo(Rating.of("2.1", 50).state());
    assertThat(r.report().entries().get(2).outcome()).isEqualTo(MigrationOutcome.KEPT);
  }

  @Test
  void a_mapping_from_another_version_is_refused() {
    MigrationMapping fromSplit = MigrationMapping.between(split.ref(), split.ref()).build();

    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () -> Migration.migrate(v1, split, MiniRubrics.assessmentOf(v1).build(), fromSplit))
        .withMessage("rubrics do not match: expected mini-award@1, got mini-award@2");
  }

  @Test
  void only_removed_indicators_need_a_step() {
    Rubric award = MiniRubrics.award();
    var criterion = award.criterion("1.2").orElseThrow();
    var indicator = award.indicator("1.2").orElseThrow();
    var ladder = award.ladders().get(0);
    var scheme = award.awards().get(0);
    var area = new Area("a", Text.en("a"));
    var one = BigDecimal.ONE;
    List<RubricChange> changes =
        List.of(
            new RubricChange.CriterionAdded("1", criterion),
            new RubricChange.CriterionRemoved("1", criterion),
            new RubricChange.IndicatorAdded("1.2", indicator),
            new RubricChange.Renamed(NodeKind.CRITERION, "1", Text.en("a"), Text.en("b")),
            new RubricChange.Moved(NodeKind.INDICATOR, "1.1", "1.1", "1.2"),
            new RubricChange.PointsChanged("1", one, null),
            new RubricChange.WeightChanged(NodeKind.INDICATOR, "1.1", one, one),
            new RubricChange.StrategyChanged("1", null, "x"),
            new RubricChange.ScaleChanged(
                "1.1", indicator.scale(), indicator.scale(), Text.en("x")),
            new RubricChange.AreaChanged("1", "a", null, area),
            new RubricChange.LadderChanged("overall", ladder, null),
            new RubricChange.AwardChanged("mini", scheme, null),
            new RubricChange.ProvenanceChanged(award.provenance(), award.provenance()),
            new RubricChange.NodeSettingChanged(NodeKind.CRITERION, "1", "kind", "a", "b"),
            new RubricChange.RubricSettingChanged("title", Text.en("a"), Text.en("b")),
            new RubricChange.IndicatorRemoved("2.1", award.indicator("2.1").orElseThrow()));
    var diff = new RubricDiff(v1.ref(), split.ref(), changes);

    // of sixteen changes, one removes an indicator: 2.1
    assertThat(MigrationMapping.between(v1.ref(), split.ref()).build().unmapped(diff))
        .containsExactly("2.1");
    assertThat(MigrationMapping.between(v1.ref(), split.ref()).drop("2.1").build().unmapped(diff))
        .isEmpty();
  }

  @Test
  void every_id_of_a_step_follows_the_rubrics_rule() {
    // " x" starts with white space
    List<Runnable> steps =
        List.of(
            () -> new MappingStep.Rename("1.1", " 1.9"),
            () -> new MappingStep.Merge(List.of("1.1", "1.2"), " 1.x", MergeRule.LOWEST),
            () -> new MappingStep.Split(" 1.2", List.of("1.2a", "1.2b")));
    for (Runnable s : steps) {
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(s::run)
          .withMessageContaining("' 1.");
    }
  }

  private static BandScale halvesScale() {
    return new BandScale(
        Text.en("halves"),
        List.of(),
        List.of(
            new Band(1, List.of(0, 25), Text.en("low"), Map.of()),
            new Band(2, List.of(50, 75, 100), Text.en("high"), Map.of())));
  }
}
