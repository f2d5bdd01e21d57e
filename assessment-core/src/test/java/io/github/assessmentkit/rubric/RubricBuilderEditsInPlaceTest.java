package io.github.assessmentkit.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edits of a derived rubric touch the part they name and nothing else: the second ladder or award
 * scheme is replaced or removed where it stands, a refused move leaves the indicator where it was,
 * and the declared rating rules pass to the derived rubric.
 */
class RubricBuilderEditsInPlaceTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("t"), Text.en("t"));

  private final Rubric award = MiniRubrics.award();

  private static Ladder ladder(String id, long goodAbove) {
    return new Ladder(
        id,
        Text.en(id),
        Metric.totalPoints(),
        List.of(
            Rung.above("good", Text.en("good"), goodAbove), Rung.bottom("fair", Text.en("fair"))),
        TEST);
  }

  private static AwardScheme scheme(String id, long goldAbove) {
    return new AwardScheme(
        id,
        Text.en(id),
        List.of(
            new AwardTier(
                "gold", Text.en("Gold"), Condition.above(Metric.totalPoints(), goldAbove))),
        TEST);
  }

  @Test
  void the_second_ladder_is_replaced_and_removed_where_it_stands() {
    // given ladders overall (from the mini award) then second
    Rubric two = Rubric.from(award).ladder(ladder("second", 60)).build();
    Ladder stricter = ladder("second", 70);

    // when
    Rubric replaced = Rubric.from(two).replaceLadder(stricter).build();
    Rubric removed = Rubric.from(two).removeLadder("second").build();

    // then overall stays first and untouched
    assertThat(replaced.ladders()).containsExactly(award.ladders().get(0), stricter);
    assertThat(removed.ladders()).containsExactly(award.ladders().get(0));
  }

  @Test
  void the_second_award_scheme_is_replaced_and_removed_where_it_stands() {
    // given schemes mini (from the mini award) then second
    Rubric two = Rubric.from(award).award(scheme("second", 60)).build();
    AwardScheme stricter = scheme("second", 70);

    // when
    Rubric replaced = Rubric.from(two).replaceAward(stricter).build();
    Rubric removed = Rubric.from(two).removeAward("second").build();

    // then mini stays first and untouched
    assertThat(replaced.awards()).containsExactly(award.awards().get(0), stricter);
    assertThat(removed.awards()).containsExactly(award.awards().get(0));
  }

  @Test
  void a_move_to_a_criterion_the_rubric_lacks_leaves_the_indicator_where_it_was() {
    // given
    RubricBuilder builder = Rubric.from(award);

    // when
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> builder.moveIndicator("1.2", "9"));
    Rubric after = builder.build();

    // then 1.2 still holds its indicator 1.2
    assertThat(after.criterion("1.2").orElseThrow().indicators())
        .containsExactlyElementsOf(award.criterion("1.2").orElseThrow().indicators());
    assertThat(after.indicator("1.2")).isEqualTo(award.indicator("1.2"));
  }

  @Test
  void declared_rating_rules_pass_to_a_derived_rubric() {
    // given rules declared for criterion 1
    RatingRules rules = RatingRules.NONE.evidenceAbove(40);
    Rubric ruled = Rubric.from(award).ratingRules("1", rules).build();

    // when
    Rubric derived = Rubric.from(ruled).title(Text.en("Derived")).build();

    // then
    assertThat(ruled.ratingRules()).containsExactly(java.util.Map.entry("1", rules));
    assertThat(derived.ratingRules()).isEqualTo(ruled.ratingRules());
  }

  @Test
  void shows_its_reference_and_title() {
    // when / then
    assertThat(award.toString()).isEqualTo("Rubric[" + award.ref() + ", " + award.title() + "]");
  }

  @Test
  void a_ladder_refuses_a_rung_bound_equal_to_the_one_above() {
    // given good and fair both above 40
    List<Rung> rungs =
        List.of(
            Rung.above("good", Text.en("good"), 40),
            Rung.above("fair", Text.en("fair"), 40),
            Rung.bottom("poor", Text.en("poor")));

    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Ladder("l", Text.en("l"), Metric.totalPoints(), rungs, TEST))
        .withMessage("ladder l: rung fair must have a lower bound than the one above");
  }

  @Test
  void a_ladder_refuses_a_rung_whose_condition_reads_a_ladder() {
    // given good, above 40, also asks that another ladder reached its top rung
    List<Rung> rungs =
        List.of(
            Rung.above("good", Text.en("good"), 40)
                .withConditions(new Condition.RungReached("other", "top")),
            Rung.bottom("fair", Text.en("fair")));

    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Ladder("l", Text.en("l"), Metric.totalPoints(), rungs, TEST))
        .withMessage(
            "ladder l: a condition of rung good or a gate capping at it cannot read a ladder");
  }

  @Test
  void a_weighted_rubric_needs_a_total_above_0() {
    // given one weighted criterion and a total of 0
    RubricBuilder zero =
        Rubric.builder("r", "1")
            .title(Text.en("Rubric"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .totalPoints(0)
            .criterion(
                Criterion.builder("1", Text.en("one"))
                    .weight(1)
                    .indicator(MiniRubrics.yesNo("a"))
                    .build());

    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(zero::build)
        .withMessage("rubric 'r' weighs its top-level criteria, so it needs totalPoints");
  }

  @Test
  void a_grandchild_criterion_is_removed_from_its_parent() {
    // given 1 (60) -> 1.1 (60) -> 1.1.1 (40) and 1.1.2 (20)
    Rubric deep =
        Rubric.builder("deep", "1")
            .title(Text.en("Deep"))
            .provenance(TEST)
            .defaultStrategy(Strategies.HOLISTIC_BAND)
            .criterion(
                Criterion.builder("1", Text.en("one"))
                    .points(60)
                    .child(
                        "1.1",
                        Text.en("one one"),
                        c ->
                            c.points(60)
                                .child(
                                    "1.1.1",
                                    Text.en("a"),
                                    k -> k.points(40).indicator(MiniRubrics.band("1.1.1")))
                                .child(
                                    "1.1.2",
                                    Text.en("b"),
                                    k -> k.points(20).indicator(MiniRubrics.band("1.1.2"))))
                    .build())
            .build();

    // when 1.1.2 goes and 1.1.1 takes its 20 points: 40 + 20 = 60
    Rubric smaller = Rubric.from(deep).remove("1.1.2").reweight("1.1.1", 60).build();

    // then
    assertThat(smaller.criterion("1.1").orElseThrow().children())
        .extracting(Criterion::id)
        .containsExactly("1.1.1");
    assertThat(smaller.criterion("1.1.2")).isEmpty();
    assertThat(smaller.indicator("1.1.2")).isEmpty();
  }

  @Test
  void a_rung_condition_on_an_indicator_the_rubric_lacks_does_not_build() {
    // given overall's good rung asks for indicator 9.9
    Ladder overall = award.ladders().get(0);
    Ladder asking =
        new Ladder(
            "overall",
            overall.title(),
            overall.metric(),
            List.of(
                Rung.above("good", Text.en("good"), 40)
                    .withConditions(Condition.ratedWith("9.9", "yes")),
                Rung.bottom("fair", Text.en("fair"))),
            TEST);

    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).replaceLadder(asking).build())
        .withMessageContaining("'overall/good' refers to indicator '9.9', which the rubric lacks");
  }
}
