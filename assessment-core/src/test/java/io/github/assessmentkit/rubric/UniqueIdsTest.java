package io.github.assessmentkit.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of id is unique where it must be, refused when built, in both languages: criterion,
 * indicator and area ids in the rubric, ladder and scheme ids in the rubric, rung ids in their
 * ladder, tier ids in their scheme, level and dimension codes in their scale, band numbers in their
 * scale. Gates and thresholds have no id: a gate names a rung, a threshold is placed by its bound.
 */
class UniqueIdsTest {
  private final Rubric award = MiniRubrics.award();

  @Test
  void two_areas_with_one_id_do_not_build_even_under_different_criteria() {
    // given area "a" under 1.1 and again under 2.1: before, it built
    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(
            () ->
                Rubric.from(award)
                    .addArea("1.1", new Area("a", Text.en("first")))
                    .addArea("2.1", new Area("a", Text.en("second")))
                    .build())
        .satisfies(
            e -> {
              assertThat(e.nodeId()).isEqualTo("a");
              assertThat(e.text().get(Language.EN)).startsWith("the id 'a' is used more than once");
              assertThat(e.text().get(Language.TH)).startsWith("รหัส 'a' ถูกใช้ซ้ำ");
            });
  }

  @Test
  void two_areas_with_one_id_under_one_criterion_do_not_build() {
    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(
            () ->
                Rubric.from(award)
                    .addArea("1.1", new Area("1.1a", Text.en("first")))
                    .addArea("1.1", new Area("1.1a", Text.en("second")))
                    .build())
        .satisfies(e -> assertThat(e.nodeId()).isEqualTo("1.1a"));
  }

  @Test
  void areas_with_different_ids_build() {
    // when
    Rubric built =
        Rubric.from(award)
            .addArea("1.1", new Area("1.1a", Text.en("first")))
            .addArea("2.1", new Area("2.1a", Text.en("second")))
            .build();

    // then
    assertThat(built.criterion("1.1").orElseThrow().areas()).extracting(Area::id).contains("1.1a");
    assertThat(built.criterion("2.1").orElseThrow().areas()).extracting(Area::id).contains("2.1a");
  }

  @Test
  void two_rungs_with_one_id_in_a_ladder_are_refused() {
    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                new Ladder(
                    "l",
                    Text.en("l"),
                    Metric.totalPoints(),
                    List.of(
                        Rung.above("good", Text.en("good"), 60),
                        Rung.above("good", Text.en("again"), 40),
                        Rung.bottom("fair", Text.en("fair"))),
                    Provenance.unverified(Text.en("t"), Text.en("t"))))
        .withMessage("ladder l lists rung good twice")
        .satisfies(e -> assertThat(e.text().isBilingual()).isTrue());
  }

  @Test
  void two_tiers_with_one_id_in_a_scheme_are_refused() {
    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                new AwardScheme(
                    "s",
                    Text.en("s"),
                    List.of(
                        new AwardTier(
                            "gold", Text.en("Gold"), Condition.above(Metric.totalPoints(), 50)),
                        new AwardTier(
                            "gold", Text.en("Gold"), Condition.above(Metric.totalPoints(), 40))),
                    Provenance.unverified(Text.en("t"), Text.en("t"))))
        .withMessage("award scheme s lists tier gold twice")
        .satisfies(e -> assertThat(e.text().isBilingual()).isTrue());
  }

  @Test
  void two_levels_with_one_code_are_refused() {
    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                new LevelScale(
                    Text.en("levels"),
                    List.of(
                        new Level("1", Text.en("low"), null),
                        new Level("1", Text.en("high"), null))))
        .withMessage("level code 1 is listed twice")
        .satisfies(e -> assertThat(e.text().isBilingual()).isTrue());
  }

  @Test
  void two_dimensions_with_one_code_are_refused() {
    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                new BandScale(
                    Text.en("b"),
                    List.of(
                        new Dimension("A", Text.en("Approach")),
                        new Dimension("A", Text.en("Again"))),
                    MiniRubrics.bands().bands()))
        .withMessage("dimension A is listed twice")
        .satisfies(e -> assertThat(e.text().isBilingual()).isTrue());
  }

  @Test
  void two_bands_with_one_number_are_refused() {
    // given band 1 twice: the second is at position 2
    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                new BandScale(
                    Text.en("b"),
                    List.of(),
                    List.of(
                        new Band(1, List.of(0, 50), Text.en("low"), Map.of()),
                        new Band(1, List.of(60, 100), Text.en("high"), Map.of()))))
        .withMessage("band at position 2 is numbered 1")
        .satisfies(e -> assertThat(e.text().isBilingual()).isTrue());
  }
}
