package io.github.assessmentkit.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An assessment follows its rubric to a new version by a declared mapping: split, merge, rename and
 * drop carry what they say, what cannot be carried is left unrated and listed, never guessed, and a
 * mapping that forgets a removed indicator is refused with the list.
 */
class MigrationTest {
  /** Items 1.1 (40 points), 1.2 (20) and 2.1 (40), each with one band indicator of its id. */
  private final Rubric v1 = MiniRubrics.award();

  /** Rated 70 %, 50 % and 40 %: 28 + 10 + 16 = 54 points under holistic bands. */
  private final Assessment lastYear =
      MiniRubrics.assessmentOf(v1)
          .rating(Rating.of("1.1", 70))
          .rating(Rating.of("1.2", 50))
          .rating(Rating.of("2.1", 40))
          .build();

  /** Version 2: item 1.2 split into 1.2a and 1.2b, ten points each. */
  private final Rubric split =
      Rubric.from(v1)
          .version("2")
          .remove("1.2")
          .add("1", item("1.2a", 10))
          .add("1", item("1.2b", 10))
          .build();

  /** Version 3: items 1.1 and 1.2 merged into 1.x, worth their 60 points. */
  private final Rubric merged =
      Rubric.from(v1).version("3").remove("1.1").remove("1.2").add("1", item("1.x", 60)).build();

  private static Criterion item(String id, long points) {
    return Criterion.builder(id, Text.en("Item " + id))
        .points(points)
        .indicator(MiniRubrics.band(id))
        .build();
  }

  @Test
  void a_split_item_carries_its_rating_to_both_halves_and_scores_the_same() {
    MigrationMapping mapping =
        MigrationMapping.between(v1.ref(), split.ref()).split("1.2", "1.2a", "1.2b").build();

    MigrationResult r = Migration.migrate(v1, split, lastYear, mapping);

    // 1.1 and 2.1 keep their ratings; 1.2a and 1.2b each take 1.2's 50 %
    assertThat(r.assessment().rubric()).isEqualTo(split.ref());
    assertThat(r.assessment().status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(r.assessment().ratings())
        .extracting(Rating::indicatorId)
        .containsExactly("1.1", "1.2a", "1.2b", "2.1");
    assertThat(r.report().entries())
        .extracting(MigrationEntry::outcome, MigrationEntry::toId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MigrationOutcome.KEPT, "1.1"),
            org.assertj.core.groups.Tuple.tuple(MigrationOutcome.SPLIT, "1.2a"),
            org.assertj.core.groups.Tuple.tuple(MigrationOutcome.SPLIT, "1.2b"),
            org.assertj.core.groups.Tuple.tuple(MigrationOutcome.KEPT, "2.1"));
    // 1.1 40 × 70 % = 28; 1.2a and 1.2b 10 × 50 % = 5 each; 2.1 40 × 40 % = 16: 54, as before
    Scorecard card = r.score(Scorer.standard(), split);
    assertThat(card.total()).isEqualByComparingTo("54");
    assertThat(card.warnings())
        .extracting(ScoreWarning::code)
        .containsExactly(MigrationResult.MIGRATED);
    assertThat(card.warnings().get(0).message().get(Language.EN))
        .isEqualTo("migrated from mini-award@1: 4 ratings carried, 0 indicators left unrated");
  }

  @Test
  void a_merge_takes_the_value_its_rule_picks_and_the_evidence_of_every_source() {
    // 1.1 at 70 % and 1.2 at 50 % become 1.x (60 points) ...
    for (Map.Entry<MergeRule, String> c :
        Map.of(
                // ... at the lowest, 50 %: 60 × 50 % = 30, plus 2.1's 16 = 46
                MergeRule.LOWEST, "46",
                // ... at the lower of the two middles of [50, 70], 50 %: 46 again
                MergeRule.LOWER_MIDDLE, "46",
                // ... at the highest, 70 %: 60 × 70 % = 42, plus 16 = 58
                MergeRule.HIGHEST, "58")
            .entrySet()) {
      MigrationMapping mapping =
          MigrationMapping.between(v1.ref(), merged.ref())
              .merge("1.x", c.getKey(), "1.1", "1.2")
              .build();

      MigrationResult r = Migration.migrate(v1, merged, lastYear, mapping);

      assertThat(r.score(Scorer.standard(), merged).total())
          .as(c.getKey().name())
          .isEqualByComparingTo(c.getValue());
      assertThat(r.report().entries().get(0).outcome()).isEqualTo(MigrationOutcome.MERGED);
      assertThat(r.report().entries().get(0).fromIds()).containsExactly("1.1", "1.2");
    }
  }

  @Test
  void a_mapping_that_forgets_a_removed_indicator_is_refused_with_the_list() {
    MigrationMapping none = MigrationMapping.between(v1.ref(), merged.ref()).build();

    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Migration.migrate(v1, merged, lastYear, none))
        .withMessageContaining("neither mapped nor dropped: 1.1, 1.2");
    assertThat(
            MigrationMapping.between(v1.ref(), merged.ref())
                .drop("1.1")
                .build()
                .unmapped(io.github.assessmentkit.rubric.diff.RubricDiff.between(v1, merged)))
        .containsExactly("1.2");
  }

  @Test
  void dropped_ratings_are_listed_and_the_new_indicator_without_a_source_is_left_unrated() {
    MigrationMapping mapping =
        MigrationMapping.between(v1.ref(), merged.ref()).drop("1.1").drop("1.2").build();

    MigrationResult r = Migration.migrate(v1, merged, lastYear, mapping);

    // 1.x has no source: left unrated; only 2.1 scores, 16 points
    assertThat(r.report().notCarried())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.toId()).isEqualTo("1.x");
              assertThat(e.reason().get(Language.EN))
                  .isEqualTo("no indicator of the older version maps to it: left unrated");
            });
    assertThat(r.report().entries())
        .filteredOn(e -> e.outcome() == MigrationOutcome.DROPPED)
        .extracting(e -> e.fromIds().get(0))
        .containsExactly("1.1", "1.2");
    Scorecard card = r.score(Scorer.standard(), merged);
    assertThat(card.total()).isEqualByComparingTo("16");
    assertThat(card.warnings())
        .extracting(ScoreWarning::code, ScoreWarning::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("not-rated", "1.x"),
            org.assertj.core.groups.Tuple.tuple(MigrationResult.MIGRATED, "mini-award"),
            org.assertj.core.groups.Tuple.tuple(MigrationResult.NOT_CARRIED, "1.x"));
  }

  @Test
  void a_value_the_new_scale_does_not_allow_is_left_unrated_never_converted() {
    BandScale quarters =
        new BandScale(
            Text.en("quarters"),
            List.of(),
            List.of(
                new Band(1, List.of(0, 25), Text.en("low"), Map.of()),
                new Band(2, List.of(50, 75, 100), Text.en("high"), Map.of())));
    Rubric coarser =
        Rubric.from(v1)
            .version("4")
            .replaceIndicator(Indicator.of("2.1", Text.en("How well does 2.1 work?"), quarters))
            .build();
    MigrationMapping mapping = MigrationMapping.between(v1.ref(), coarser.ref()).build();

    MigrationResult r = Migration.migrate(v1, coarser, lastYear, mapping);

    // 2.1 was rated 40 %, which quarters do not allow: not carried; 28 + 10 + 0 = 38
    assertThat(r.report().notCarried())
        .singleElement()
        .satisfies(
            e -> assertThat(e.reason().get(Language.EN)).startsWith("the value 40 of '2.1'"));
    assertThat(r.assessment().ratings())
        .extracting(Rating::indicatorId)
        .containsExactly("1.1", "1.2");
    assertThat(r.score(Scorer.standard(), coarser).total()).isEqualByComparingTo("38");
  }

  @Test
  void a_rename_carries_the_whole_rating_to_the_new_id() {
    Rubric renamed = Rubric.from(v1).version("5").remove("2.1").add("2", item("2.9", 40)).build();
    Rating withEvidence =
        new Rating(
            "2.1",
            new io.github.assessmentkit.assessment.RatingState.Rated(RatingValue.of(40)),
            "members surveyed yearly",
            List.of(),
            List.of("survey"),
            List.of(),
            null,
            List.of(),
            io.github.assessmentkit.Extensions.NONE);
    Assessment a = MiniRubrics.assessmentOf(v1).rating(withEvidence).build();

    MigrationResult r =
        Migration.migrate(
            v1,
            renamed,
            a,
            MigrationMapping.between(v1.ref(), renamed.ref()).rename("2.1", "2.9").build());

    assertThat(r.assessment().ratings())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.indicatorId()).isEqualTo("2.9");
              assertThat(x.rationale()).isEqualTo("members surveyed yearly");
              assertThat(x.strengths()).containsExactly("survey");
            });
  }

  @Test
  void a_step_refuses_ids_the_rubric_would_refuse_so_that_its_json_reads_back() {
    // a zero-width space (U+200B) cannot be seen; " 1.1" has white space at its start
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new MappingStep.Rename("1.1\u200b", "1.2"))
        .withMessageContaining("U+200B");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new MappingStep.Split("1.1", List.of("1.1a", " 1.1b")));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () -> new MappingStep.Merge(List.of("1.1", "1.2\u200b"), "1.3", MergeRule.LOWEST));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new MappingStep.Drop("\u200b"));
  }

  @Test
  void a_mapping_between_other_versions_or_naming_unknown_ids_is_refused() {
    MigrationMapping wrong = MigrationMapping.between(v1.ref(), v1.ref()).build();
    MigrationMapping unknown =
        MigrationMapping.between(v1.ref(), split.ref()).split("9.9", "1.2a", "1.2b").build();

    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Migration.migrate(v1, split, lastYear, wrong))
        .withMessageContaining("expected mini-award@2, got mini-award@1");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Migration.migrate(v1, split, lastYear, unknown))
        .withMessageContaining("'9.9'");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () -> MigrationMapping.between(v1.ref(), split.ref()).drop("1.2").drop("1.2").build())
        .withMessageContaining("'1.2' more than once");
  }
}
