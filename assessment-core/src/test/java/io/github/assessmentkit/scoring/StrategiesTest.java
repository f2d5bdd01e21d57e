package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Each built-in strategy on a small tree, worked out by hand.
 *
 * <p>The mixed tree: category 1 (60 points) holds x1, x2 (weight 1) and x3 (weight 2), all
 * yes/partial/no, so 60 splits 15 / 15 / 30; category 2 (40 points) holds y1 (yes/partial/no) and
 * y2 (Likert 1 to 5), 20 / 20. Rated: x1 yes, x2 partial, x3 not rated; y1 yes, y2 4 (3/4 = 0.75).
 */
class StrategiesTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private final Rubric mixed =
      Rubric.builder("mixed", "1")
          .title(Text.en("Mixed"))
          .provenance(TEST)
          .defaultStrategy(Strategies.POINTS_SUM)
          .criterion(
              Criterion.builder("1", Text.en("Checklist"))
                  .points(60)
                  .indicator(yesNo("x1"))
                  .indicator(yesNo("x2"))
                  .indicator(yesNo("x3").withWeight(2))
                  .build())
          .criterion(
              Criterion.builder("2", Text.en("Survey"))
                  .points(40)
                  .indicator(yesNo("y1"))
                  .indicator(
                      Indicator.of(
                          "y2",
                          Text.en("Members are satisfied"),
                          new LikertScale(5, Text.en("not at all"), Text.en("fully"))))
                  .build())
          .build();

  private final Assessment mixedRatings =
      assessmentOf(mixed)
          .rating(Rating.choice("x1", "yes"))
          .rating(Rating.choice("x2", "partial"))
          .rating(Rating.choice("y1", "yes"))
          .rating(Rating.of("y2", 4))
          .build();

  /** The same rubric, declaring that a missing rating leaves the calculation. */
  private final Rubric mixedLeavingOut =
      Rubric.from(mixed).whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE).build();

  private Scorecard score(String strategy) {
    return Scorer.standard().score(mixed, mixedRatings, strategy);
  }

  private Scorecard scoreLeavingOut(String strategy) {
    return Scorer.standard().score(mixedLeavingOut, mixedRatings, strategy);
  }

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void points_sum_adds_what_each_part_earns() {
    // when
    Scorecard card = score(Strategies.POINTS_SUM);

    // then 1 = 1 x 15 + 0.5 x 15 + (x3 unrated, shown as a dash) = 22.50;
    // 2 = 1 x 20 + 0.75 x 20 = 35.00
    assertThat(card.node("1").orElseThrow().earned()).isEqualTo(points("22.50"));
    assertThat(card.node("1").orElseThrow().explanation().calculation())
        .isEqualTo("x1 15.00 + x2 7.50 + x3 — = 22.50");
    assertThat(card.node("2").orElseThrow().earned()).isEqualTo(points("35.00"));
    // total 22.50 + 35.00 = 57.50
    assertThat(card.total()).isEqualTo(points("57.50"));
  }

  @Test
  void weighted_mean_counts_an_unrated_part_as_zero_by_default() {
    // when
    Scorecard card = score(Strategies.WEIGHTED_MEAN);

    // then 1 = (15 x 1 + 15 x 0.5 + 30 x 0) / 60 = 0.375 x 60 = 22.50, as a points sum would
    assertThat(card.node("1").orElseThrow().earned()).isEqualTo(points("22.50"));
    assertThat(card.node("1").orElseThrow().explanation().calculation())
        .isEqualTo("(15.00×1 + 15.00×0.5 + 30.00×0) / 60.00 = 0.375; × 60.00 = 22.50");
  }

  @Test
  void weighted_mean_averages_the_rated_parts_only_when_unrated_parts_leave() {
    // when
    Scorecard card = scoreLeavingOut(Strategies.WEIGHTED_MEAN);

    // then 1 = (1 + 0.5) / 2 = 0.75; x 60 = 45.00: x3, unrated, leaves the mean and its 30 points
    // go to the rated parts, 30 each
    assertThat(card.node("1").orElseThrow().earned()).isEqualTo(points("45.00"));
    assertThat(card.node("1").orElseThrow().explanation().calculation())
        .isEqualTo("(30.00×1 + 30.00×0.5) / 60.00 = 0.75; × 60.00 = 45.00");
    // 2 = (20 x 1 + 20 x 0.75) / 40 = 0.875; x 40 = 35.00; total 45.00 + 35.00 = 80.00
    assertThat(card.node("2").orElseThrow().earned()).isEqualTo(points("35.00"));
    assertThat(card.total()).isEqualTo(points("80.00"));
  }

  @Test
  void rating_a_part_that_was_unrated_can_lower_a_weighted_mean() {
    // given the weighted mean of category 1 with x3 unrated and left out: 45.00 (above)
    Assessment x3No = mixedRatings.toBuilder().rating(Rating.choice("x3", "no")).build();

    // when x3 is rated no
    Scorecard card = Scorer.standard().score(mixedLeavingOut, x3No, Strategies.WEIGHTED_MEAN);

    // then it joins the mean: (15 x 1 + 15 x 0.5 + 30 x 0) / 60 = 0.375 x 60 = 22.50. Monotone
    // in a rated value, but a newly rated part may pull the mean down: left out is not zero.
    assertThat(card.node("1").orElseThrow().earned()).isEqualTo(points("22.50"));
  }

  @Test
  void checklist_fraction_counts_what_is_fully_met() {
    // when
    Scorecard card = score(Strategies.CHECKLIST_FRACTION);

    // then 1: x1 met of x1, x2, x3 -> 1/3 = 0.3333333333 x 60 = 19.999999998 -> 20.00
    assertThat(card.node("1").orElseThrow().earned()).isEqualTo(points("20.00"));
    assertThat(card.node("1").orElseThrow().explanation().calculation())
        .isEqualTo("1 / 3 × 60.00 = 20.00");
    // 2: y1 met, y2 at 0.75 is not -> 1/2 x 40 = 20.00; total 40.00
    assertThat(card.node("2").orElseThrow().earned()).isEqualTo(points("20.00"));
    assertThat(card.total()).isEqualTo(points("40.00"));
  }

  @Test
  void weakest_link_takes_the_lowest_rated_fraction() {
    // when
    Scorecard card = scoreLeavingOut(Strategies.WEAKEST_LINK);

    // then 1: min(1, 0.5) = 0.5 x 60 = 30.00, labelled as the weakest part (x2, partly)
    NodeScore one = card.node("1").orElseThrow();
    assertThat(one.earned()).isEqualTo(points("30.00"));
    assertThat(one.explanation().calculation())
        .isEqualTo("min(x1 1, x2 0.5) = x2 0.5; × 60.00 = 30.00");
    assertThat(one.label().get(Language.EN)).isEqualTo("Partly");
    // 2: min(1, 0.75) = 0.75 x 40 = 30.00; total 60.00
    assertThat(card.node("2").orElseThrow().earned()).isEqualTo(points("30.00"));
    assertThat(card.total()).isEqualTo(points("60.00"));
  }

  @Test
  void all_or_nothing_gives_everything_only_when_every_part_is_rated_and_met() {
    // when
    Scorecard card = score(Strategies.ALL_OR_NOTHING);
    Assessment allMet =
        mixedRatings.toBuilder()
            .rerate(Rating.choice("x2", "yes"))
            .rerate(Rating.of("y2", 5))
            .build();
    Scorecard unrated = Scorer.standard().score(mixed, allMet, Strategies.ALL_OR_NOTHING);
    Scorecard full =
        Scorer.standard()
            .score(
                mixed,
                allMet.toBuilder().rating(Rating.choice("x3", "yes")).build(),
                Strategies.ALL_OR_NOTHING);

    // then x2 is partial, y2 is 4 of 5: nothing
    assertThat(card.node("1").orElseThrow().explanation().calculation())
        .isEqualTo("x2 0.5 ≠ 1 → 0.00");
    assertThat(card.total()).isEqualTo(points("0.00"));
    // with x2 yes and y2 5, x3 still unrated holds category 1 at 0; category 2 earns its 40
    assertThat(unrated.node("1").orElseThrow().explanation().calculation())
        .isEqualTo("x3 — ≠ 1 → 0.00");
    assertThat(unrated.total()).isEqualTo(points("40.00"));
    // and with x3 yes as well: 60 + 40 = 100
    assertThat(full.node("1").orElseThrow().explanation().calculation())
        .isEqualTo("min(x1 1, x2 1, x3 1) = 1 → 60.00");
    assertThat(full.total()).isEqualTo(points("100.00"));
  }

  @Test
  void holistic_band_takes_the_chosen_percentage_of_the_item_and_sums_above_items() {
    // given 1.1 at 35 %, 1.2 at 55 %, 2.1 not rated
    Rubric award = MiniRubrics.award();
    Assessment a =
        assessmentOf(award).rating(Rating.of("1.1", 35)).rating(Rating.of("1.2", 55)).build();

    // when
    Scorecard card = Scorer.standard().score(award, a);

    // then 1.1 = 0.35 x 40 = 14.00; 1.2 = 0.55 x 20 = 11.00; 1 = 14.00 + 11.00 = 25.00
    assertThat(card.node("1.2").orElseThrow().explanation().calculation())
        .isEqualTo("55% × 20.00 = 11.00");
    assertThat(card.node("1.2").orElseThrow().label().get(Language.EN)).isEqualTo("Band 4");
    assertThat(card.node("1").orElseThrow().explanation().calculation())
        .isEqualTo("1.1 14.00 + 1.2 11.00 = 25.00");
    // 2.1 unrated earns nothing and says so
    assertThat(card.node("2.1").orElseThrow().earned()).isEqualTo(points("0.00"));
    assertThat(card.node("2.1").orElseThrow().explanation().calculation()).isEqualTo("— = 0.00");
    assertThat(card.total()).isEqualTo(points("25.00"));
  }

  @Test
  void holistic_band_refuses_an_item_without_exactly_one_band_indicator() {
    // given item 1.1 with a band and a yes/partial/no indicator
    Rubric award =
        Rubric.from(MiniRubrics.award()).modify("1.1", c -> c.indicator(yesNo("1.1-x"))).build();

    // when / then
    assertThatExceptionOfType(ScoringException.class)
        .isThrownBy(() -> Scorer.standard().score(award, assessmentOf(award).build()))
        .withMessage(
            "strategy 'holistic-band' needs exactly one indicator, on a band scale, at '1.1';"
                + " found 2 indicators, 1 on a band scale")
        .satisfies(e -> assertThat(e.criterionId()).isEqualTo("1.1"));
    // and a leaf without a band at all
    assertThatExceptionOfType(ScoringException.class)
        .isThrownBy(() -> Scorer.standard().score(mixed, mixedRatings, Strategies.HOLISTIC_BAND))
        .withMessage(
            "strategy 'holistic-band' needs exactly one indicator, on a band scale, at '1';"
                + " found 3 indicators, 0 on a band scale");
  }

  @Test
  void maturity_takes_the_lowest_level_reached_by_every_rated_part() {
    // given internal control (40 points): IC.1 (20) with m1, m2 and IC.2 (20) with m3, m4, all on
    // levels 0 to 4; m1 = 3, m2 = 2, m3 = 4, m4 not rated
    // (the rubric declares that a missing rating leaves the calculation)
    Rubric control =
        Rubric.builder("control", "1")
            .title(Text.en("Internal control"))
            .provenance(TEST)
            .defaultStrategy(Strategies.MATURITY)
            .whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
            .criterion(
                Criterion.builder("IC", Text.en("Internal control"))
                    .points(40)
                    .child(
                        "IC.1",
                        Text.en("Environment"),
                        c -> c.points(20).indicator(level("m1")).indicator(level("m2")))
                    .child(
                        "IC.2",
                        Text.en("Monitoring"),
                        c -> c.points(20).indicator(level("m3")).indicator(level("m4")))
                    .build())
            .build();
    Assessment a =
        assessmentOf(control)
            .rating(Rating.choice("m1", "3"))
            .rating(Rating.choice("m2", "2"))
            .rating(Rating.choice("m3", "4"))
            .build();

    // when
    Scorecard card = Scorer.standard().score(control, a);

    // then IC.1: lowest of 3/4 and 2/4 is 0.5 ("defined") x 20 = 10.00
    NodeScore ic1 = card.node("IC.1").orElseThrow();
    assertThat(ic1.earned()).isEqualTo(points("10.00"));
    assertThat(ic1.label()).isEqualTo(Text.en("defined"));
    assertThat(ic1.explanation().calculation())
        .isEqualTo("min(m1 0.75, m2 0.5) = m2 0.5; × 20.00 = 10.00");
    // IC.2: only m3 is rated, 4/4 = 1 x 20 = 20.00
    assertThat(card.node("IC.2").orElseThrow().earned()).isEqualTo(points("20.00"));
    // IC: the lowest of its parts, IC.1 at 10/20 = 0.5, x 40 = 20.00
    assertThat(card.node("IC").orElseThrow().earned()).isEqualTo(points("20.00"));
    assertThat(card.node("IC").orElseThrow().label()).isEqualTo(Text.en("defined"));
    assertThat(card.total()).isEqualTo(points("20.00"));
  }

  @Test
  void maturity_refuses_a_leaf_whose_indicators_are_not_on_levels() {
    // when / then
    assertThatExceptionOfType(ScoringException.class)
        .isThrownBy(() -> Scorer.standard().score(mixed, mixedRatings, Strategies.MATURITY))
        .withMessage("strategy 'maturity' needs level-scale indicators at '1'");
  }

  @Test
  void weakest_link_above_leaves_compares_the_children_fractions() {
    // given the checklist (G1 66.67 = 33.34 + 33.33; G2 33.33 = 11.11 x 3) rated
    // G1.1 yes, G1.2 partial, G2.1 .. G2.3 yes
    Rubric checklist = MiniRubrics.checklist();
    Assessment a =
        assessmentOf(checklist)
            .rating(Rating.choice("G1.1", "yes"))
            .rating(Rating.choice("G1.2", "partial"))
            .rating(Rating.choice("G2.1", "yes"))
            .rating(Rating.choice("G2.2", "yes"))
            .rating(Rating.choice("G2.3", "yes"))
            .build();

    // when
    Scorecard card = Scorer.standard().score(checklist, a, Strategies.WEAKEST_LINK);

    // then G1: min(1, 0.5) = 0.5 x 66.67 = 33.335 -> 33.34 (half-even: 3 is odd, so up)
    assertThat(card.node("G1").orElseThrow().earned()).isEqualTo(points("33.34"));
    // G2: every part 1 -> 33.33; the total sums the top level: 33.34 + 33.33 = 66.67
    assertThat(card.node("G2").orElseThrow().earned()).isEqualTo(points("33.33"));
    assertThat(card.total()).isEqualTo(points("66.67"));
  }

  private static Indicator level(String id) {
    return Indicator.of(id, Text.en("How mature is " + id + "?"), MiniRubrics.levels());
  }
}
