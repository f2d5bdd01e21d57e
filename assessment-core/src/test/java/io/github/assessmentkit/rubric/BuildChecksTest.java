package io.github.assessmentkit.rubric;

import static io.github.assessmentkit.testing.MiniRubrics.band;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code build()} makes the structural checks the JSON reader makes: ids and codes visible and
 * trimmed, strategy ids known to the registry given or the standard one; each error in Thai and
 * English, naming the node.
 */
class BuildChecksTest {
  private final Rubric award = MiniRubrics.award();

  @Test
  void an_id_with_a_trailing_space_does_not_build() {
    // given an item whose id ends in a space: before, it built and the JSON reader then refused
    // the written rubric
    Criterion spaced =
        Criterion.builder("1.2 ", Text.en("Governance")).points(20).indicator(band("1.2")).build();

    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).remove("1.2").add("1", spaced).build())
        .withMessage(
            "criterion id '1.2 ' must not start or end with white space"
                + " (changed by this derivation: add('1.2 ') under '1')")
        .satisfies(
            e -> {
              assertThat(e.nodeId()).isEqualTo("1.2 ");
              assertThat(e.text().get(Language.TH))
                  .isEqualTo(
                      "รหัสเกณฑ์ '1.2 ' ต้องไม่ขึ้นต้นหรือลงท้ายด้วยช่องว่าง"
                          + " (เปลี่ยนในการดัดแปลงนี้: add('1.2 ') ใต้ '1')");
            });
  }

  @Test
  void an_indicator_id_with_an_invisible_character_does_not_build() {
    // given indicator "2.1" followed by a zero-width space (U+200B)
    Indicator hidden = Indicator.of("2.1\u200b", Text.en("?"), MiniRubrics.bands());

    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(
            () -> Rubric.from(award).removeIndicator("2.1").addIndicator("2.1", hidden).build())
        .withMessage(
            "indicator id '2.1\\u200b' holds the invisible character U+200B;"
                + " ids must look exactly as they are")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo(
                        "รหัสตัวชี้วัด '2.1\\u200b' มีอักขระที่มองไม่เห็น U+200B"
                            + " รหัสต้องไม่มีอักขระที่มองไม่เห็น"));
  }

  @Test
  void an_id_with_a_variation_selector_does_not_build() {
    // given indicator "2.1" followed by variation selector 16 (U+FE0F): before, it built
    Indicator hidden = Indicator.of("2.1\ufe0f", Text.en("?"), MiniRubrics.bands());

    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(
            () -> Rubric.from(award).removeIndicator("2.1").addIndicator("2.1", hidden).build())
        .withMessage(
            "indicator id '2.1\\ufe0f' holds the invisible character U+FE0F;"
                + " ids must look exactly as they are")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo(
                        "รหัสตัวชี้วัด '2.1\\ufe0f' มีอักขระที่มองไม่เห็น U+FE0F"
                            + " รหัสต้องไม่มีอักขระที่มองไม่เห็น"));
  }

  @Test
  void a_code_with_a_supplementary_variation_selector_or_a_lone_surrogate_does_not_build() {
    // given a level code with variation selector 17 (U+E0100, a supplementary code point), an
    // area id with a lone high surrogate, and an area id starting with variation selector 1
    LevelScale levels =
        new LevelScale(
            Text.en("levels"),
            List.of(
                new Level("a\udb40\udd00", Text.en("low"), null),
                new Level("b", Text.en("high"), null)));

    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(
            () ->
                Rubric.from(award)
                    .replaceIndicator(Indicator.of("1.2", Text.en("?"), levels))
                    .build())
        .withMessageStartingWith("level code 'a\\ue0100' holds the invisible character U+E0100");
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(
            () -> Rubric.from(award).addArea("1.1", new Area("a\ud800", Text.en("?"))).build())
        .withMessageStartingWith("area id 'a\\ud800' holds the invisible character U+D800");
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(
            () -> Rubric.from(award).addArea("1.1", new Area("\ufe00a", Text.en("?"))).build())
        .withMessageStartingWith("area id '\\ufe00a' holds the invisible character U+FE00");
  }

  @Test
  void a_code_that_starts_with_a_combining_mark_does_not_build() {
    // given a level code starting with the Thai vowel sign U+0E31, which needs a consonant first
    LevelScale levels =
        new LevelScale(
            Text.en("levels"),
            List.of(
                new Level("\u0e31a", Text.en("low"), null), new Level("b", Text.en("high"), null)));

    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(
            () ->
                Rubric.from(award)
                    .replaceIndicator(Indicator.of("1.2", Text.en("?"), levels))
                    .build())
        .withMessageStartingWith("level code '\u0e31a' starts with the combining mark U+0E31");
  }

  @Test
  void ladder_rung_award_tier_area_and_dimension_codes_are_checked_too() {
    // given each kind of id once with a leading space
    Ladder ladder = award.ladders().get(0);
    Ladder spacedRung =
        new Ladder(
            ladder.id(),
            ladder.title(),
            ladder.metric(),
            List.of(Rung.above(" good", Text.en("good"), 40), Rung.bottom("fair", Text.en("fair"))),
            ladder.provenance());

    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).replaceLadder(spacedRung).build())
        .withMessage("rung id ' good' must not start or end with white space");
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).addArea("1.1", new Area("a ", Text.en("?"))).build())
        .withMessage("area id 'a ' must not start or end with white space");
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(
            () ->
                Rubric.from(award)
                    .replaceIndicator(
                        Indicator.of(
                            "1.1",
                            Text.en("?"),
                            new io.github.assessmentkit.scale.BandScale(
                                Text.en("b"),
                                List.of(
                                    new Dimension("A", Text.en("Approach")),
                                    new Dimension("D ", Text.en("Deployment"))),
                                MiniRubrics.bands().bands())))
                    .build())
        .withMessage(
            "dimension code 'D ' must not start or end with white space"
                + " (changed by this derivation: replaceIndicator('1.1'))");
  }

  @Test
  void a_misspelt_strategy_does_not_build_and_lists_the_known_ones_in_both_languages() {
    // given "points-sun" for "points-sum": before, it built and failed only when scored
    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).modify("1.2", c -> c.strategy("points-sun")).build())
        .withMessage(
            "'1.2' names the unknown scoring strategy 'points-sun' (known: holistic-band,"
                + " points-sum, weighted-mean, checklist-fraction, maturity, weakest-link,"
                + " all-or-nothing); if it is registered elsewhere, hand that registry to"
                + " strategies(...) (changed by this derivation: modify('1.2'))")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .startsWith("'1.2' ใช้วิธีคิดคะแนน 'points-sun' ซึ่งไม่รู้จัก (ที่รู้จัก: "));
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).defaultStrategy("holistic").build())
        .withMessageStartingWith("'mini-award' names the unknown scoring strategy 'holistic'");
  }

  @Test
  void a_strategy_of_its_own_builds_when_the_builder_is_given_the_registry_that_knows_it() {
    // given a registry that knows "best-part" besides the built-in ones
    KnownStrategies registry = KnownStrategies.of(Set.of("best-part", "holistic-band"));

    // when
    Rubric custom =
        Rubric.from(award).strategies(registry).modify("2", c -> c.strategy("best-part")).build();
    Rubric unchecked =
        Rubric.from(award)
            .strategies(KnownStrategies.any())
            .modify("2", c -> c.strategy("anything"))
            .build();

    // then
    assertThat(custom.criterion("2").orElseThrow().strategy()).isEqualTo("best-part");
    assertThat(unchecked.criterion("2").orElseThrow().strategy()).isEqualTo("anything");
    assertThat(KnownStrategies.any().ids()).isEmpty();
    assertThat(KnownStrategies.standard().knows("points-sum")).isTrue();
    assertThat(KnownStrategies.standard().knows("best-part")).isFalse();
  }

  @Test
  void rating_rules_for_an_id_the_rubric_lacks_do_not_build() {
    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(
            () -> Rubric.from(award).ratingRules("9.9", RatingRules.NONE.evidenceAbove(0)).build())
        .withMessage(
            "rating rules are declared for '9.9', which is neither an indicator nor a criterion"
                + " of the rubric");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> RatingRules.NONE.evidenceAbove(100))
        .withMessage("evidenceAbove must be below 100, was 100");
    // each of the three percents is checked: 99 is the highest accepted, 100 the lowest refused
    assertThat(RatingRules.NONE.improvementsAbove(99).improvementsAbove())
        .isEqualByComparingTo("99");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> RatingRules.NONE.improvementsAbove(100))
        .withMessage("improvementsAbove must be below 100, was 100");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> RatingRules.NONE.strengthsAbove(100))
        .withMessage("strengthsAbove must be below 100, was 100");
  }

  @Test
  void every_error_the_builders_throw_is_in_thai_and_english() {
    // given builder errors of each kind: missing parts, bad ids, names that are not there,
    // unknown strategies, sums of a derived rubric, rating rules for nothing
    List<Runnable> failing =
        List.of(
            () -> Rubric.builder("x", "1").build(),
            () -> Rubric.builder("x@y", "1"),
            () -> Rubric.builder(" ", "1"),
            () -> Rubric.from(award).remove("9"),
            () -> Rubric.from(award).removeIndicator("9"),
            () -> Rubric.from(award).moveIndicator("1.1", "9"),
            () -> Rubric.from(award).removeLadder("9"),
            () ->
                Rubric.from(award)
                    .replaceAward(
                        new AwardScheme(
                            "9", Text.en("x"), award.awards().get(0).tiers(), award.provenance())),
            () -> Rubric.from(award).version(" 2").build(),
            () -> Rubric.from(award).defaultStrategy("x").build(),
            () -> Rubric.from(award).reweight("1.1", 1).build(),
            () -> Rubric.from(award).ratingRules("9", RatingRules.NONE).build(),
            () -> award.criterion("1").orElseThrow().with(b -> b.removeChild("9")),
            () -> RatingRules.NONE.strengthsAbove(-1));

    for (Runnable r : failing) {
      // when
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(r::run);

      // then
      assertThat(thrown).isInstanceOf(io.github.assessmentkit.Bilingual.class);
      assertThat(((io.github.assessmentkit.Bilingual) thrown).text().isBilingual())
          .as("%s", thrown.getMessage())
          .isTrue();
    }
  }
}
