package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.KnownStrategies;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scorer's contract, mostly on the checklist: total 100, G1 66.67 (G1.1 33.34, G1.2 33.33), G2
 * 33.33 (G2.1 .. G2.3 11.11 each). Rated G1.1 yes, G1.2 yes, G2.1 yes, G2.2 no, G2.3 partial.
 */
class ScorerTest {
  private final Rubric checklist = MiniRubrics.checklist();
  private final Assessment rated =
      assessmentOf(checklist)
          .rating(Rating.choice("G1.1", "yes"))
          .rating(Rating.choice("G1.2", "yes"))
          .rating(Rating.choice("G2.1", "yes"))
          .rating(Rating.choice("G2.2", "no"))
          .rating(Rating.choice("G2.3", "partial"))
          .build();

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void the_total_is_the_sum_of_the_parts_as_shown() {
    // when
    Scorecard card = Scorer.standard().score(checklist, rated);

    // then exactly: G1 (weight 2 of 3) = 200/3, both yes; G2 = 100/3 shared by three indicators of
    // 100/9: 100/9 + 0 + 1/2 x 100/9 = 150/9 = 50/3. Total 200/3 + 50/3 = 250/3 = 83.333.. ->
    // 83.33, rounded once. Shown parts add up to it by largest remainder: G1 66.666.. and G2
    // 16.666.. cut to 66.66 + 16.66 = 83.32, and the cent left goes to the larger remainder (a
    // tie of 2/3 cent each: the first, G1). G2's 16.66 is 11.111.. + 0 + 5.555.. cut to 11.11 +
    // 0.00 + 5.55, with no cent left.
    assertThat(card.node("G2").orElseThrow().explanation().calculation())
        .isEqualTo("G2.1 11.11 + G2.2 0.00 + G2.3 5.55 = 16.66");
    assertThat(card.root().explanation().calculation()).isEqualTo("G1 66.67 + G2 16.66 = 83.33");
    assertThat(card.total()).isEqualTo(points("83.33"));
    assertThat(card.possible()).isEqualTo(points("100.00"));
    // 250/3 of 100 = 83.333.. % -> 83.33; G2's percent is exactly 50/3 of 100/3 = 50.00
    assertThat(card.percent()).isEqualTo(points("83.33"));
    assertThat(card.node("G2").orElseThrow().percent()).isEqualTo(points("50.00"));
    assertThat(card.rubric()).hasToString("mini-checklist@1");
    assertThat(card.assessmentId()).isEqualTo("a-1");
    assertThat(card.period().buddhistEra()).isEqualTo(2566);
    assertThat(card.strategy()).isEqualTo(Strategies.POINTS_SUM);
  }

  @Test
  void rounds_once_where_a_fraction_becomes_points_and_never_again() {
    // given a category of 25 points made of two items of 12.50, both rated 45 %
    Rubric halves =
        Rubric.builder("halves", "1")
            .title(Text.en("Halves"))
            .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
            .defaultStrategy(Strategies.HOLISTIC_BAND)
            .criterion(
                Criterion.builder("1", Text.en("One"))
                    .points(25)
                    .child(
                        "1.1",
                        Text.en("a"),
                        c -> c.points(new BigDecimal("12.50")).indicator(MiniRubrics.band("1.1")))
                    .child(
                        "1.2",
                        Text.en("b"),
                        c -> c.points(new BigDecimal("12.50")).indicator(MiniRubrics.band("1.2")))
                    .build())
            .build();
    Assessment a =
        assessmentOf(halves).rating(Rating.of("1.1", 45)).rating(Rating.of("1.2", 45)).build();

    // when
    Scorecard card = Scorer.standard().score(halves, a);

    // then the category earns exactly 0.45 x 25 = 11.25, rounded once; its items earn exactly
    // 0.45 x 12.50 = 5.625 each, shown so that they add up to 11.25: both cut to 5.62 (11.24) and
    // the cent left goes to the first of the two equal remainders: 5.63 + 5.62
    assertThat(card.node("1").orElseThrow().earned()).isEqualTo(points("11.25"));
    assertThat(card.node("1.1").orElseThrow().earned()).isEqualTo(points("5.63"));
    assertThat(card.node("1.2").orElseThrow().earned()).isEqualTo(points("5.62"));
    // percents come from exact values: 45.00 % for the category and each item
    assertThat(card.node("1").orElseThrow().percent()).isEqualTo(points("45.00"));
    assertThat(card.node("1.2").orElseThrow().percent()).isEqualTo(points("45.00"));
  }

  @Test
  void scores_several_strategies_side_by_side() {
    // when
    Map<String, Scorecard> cards =
        Scorer.standard()
            .scoreEach(
                checklist,
                rated,
                List.of(
                    Strategies.POINTS_SUM,
                    Strategies.WEIGHTED_MEAN,
                    Strategies.CHECKLIST_FRACTION,
                    Strategies.WEAKEST_LINK,
                    Strategies.ALL_OR_NOTHING));

    // then in the order asked, each card naming its strategy
    assertThat(cards.keySet())
        .containsExactly(
            "points-sum", "weighted-mean", "checklist-fraction", "weakest-link", "all-or-nothing");
    cards.forEach((id, card) -> assertThat(card.strategy()).isEqualTo(id));
    // and the map is the caller's to read, not to change
    assertThatThrownBy(() -> cards.remove("points-sum"))
        .isInstanceOf(UnsupportedOperationException.class);
    // points-sum: 200/3 + 50/3 = 250/3 -> 83.33 (above)
    assertThat(cards.get("points-sum").total()).isEqualTo(points("83.33"));
    // weighted-mean: G1 = 1 x 200/3; G2 = (1 + 0 + 0.5) / 3 = 1/2 x 100/3 = 50/3; the same
    // 250/3 -> 83.33
    assertThat(cards.get("weighted-mean").total()).isEqualTo(points("83.33"));
    // checklist-fraction: G1 = 2/2 x 200/3; G2 = 1/3 (partial is not met) x 100/3 = 100/9;
    // 600/9 + 100/9 = 700/9 = 77.777.. -> 77.78
    assertThat(cards.get("checklist-fraction").total()).isEqualTo(points("77.78"));
    // weakest-link: G1 = 1 x 66.67; G2 = 0 (G2.2 no); 66.67
    assertThat(cards.get("weakest-link").total()).isEqualTo(points("66.67"));
    // all-or-nothing: G1 all met = 66.67; G2 = 0; 66.67
    assertThat(cards.get("all-or-nothing").total()).isEqualTo(points("66.67"));
  }

  @Test
  void a_criterion_keeps_its_own_strategy_whatever_the_default() {
    // given G2 scored by weakest link whatever the default
    Rubric overridden =
        Rubric.from(checklist).modify("G2", c -> c.strategy(Strategies.WEAKEST_LINK)).build();

    // when
    Scorecard byDefault = Scorer.standard().score(overridden, rated);
    Scorecard byChecklist =
        Scorer.standard().score(overridden, rated, Strategies.CHECKLIST_FRACTION);

    // then G2 = min(1, 0, 0.5) = 0 under both; G1 follows the default
    assertThat(byDefault.node("G2").orElseThrow().explanation().strategy())
        .isEqualTo("weakest-link");
    assertThat(byDefault.node("G2").orElseThrow().earned()).isEqualTo(points("0.00"));
    assertThat(byDefault.node("G1").orElseThrow().explanation().strategy()).isEqualTo("points-sum");
    assertThat(byChecklist.node("G2").orElseThrow().explanation().strategy())
        .isEqualTo("weakest-link");
    assertThat(byChecklist.node("G1").orElseThrow().explanation().strategy())
        .isEqualTo("checklist-fraction");
    // totals: 66.67 + 0 under both defaults
    assertThat(byDefault.total()).isEqualTo(points("66.67"));
    assertThat(byChecklist.total()).isEqualTo(points("66.67"));
  }

  @Test
  void an_unknown_strategy_is_an_error_wherever_it_is_named() {
    // given rubrics built without checking their strategies, as for a registry not at hand
    Rubric unknownDefault =
        Rubric.from(checklist)
            .strategies(KnownStrategies.any())
            .defaultStrategy("best-part")
            .build();
    Rubric unknownOverride =
        Rubric.from(checklist)
            .strategies(KnownStrategies.any())
            .modify("G1", c -> c.strategy("best-part"))
            .build();
    String message =
        "unknown scoring strategy 'best-part' (known: holistic-band, points-sum, weighted-mean,"
            + " checklist-fraction, maturity, weakest-link, all-or-nothing)";

    // when / then
    assertThatExceptionOfType(UnknownStrategyException.class)
        .isThrownBy(() -> Scorer.standard().score(checklist, rated, "best-part"))
        .withMessage(message);
    assertThatExceptionOfType(UnknownStrategyException.class)
        .isThrownBy(() -> Scorer.standard().score(unknownDefault, rated))
        .withMessage(message);
    assertThatExceptionOfType(UnknownStrategyException.class)
        .isThrownBy(() -> Scorer.standard().score(unknownOverride, rated))
        .withMessage(message);
    assertThatExceptionOfType(UnknownStrategyException.class)
        .isThrownBy(
            () ->
                Scorer.standard()
                    .scoreEach(checklist, rated, List.of(Strategies.POINTS_SUM, "best-part")))
        .withMessage(message);
  }

  @Test
  void validates_first_and_never_scores_an_invalid_assessment() {
    // given a rating of an indicator the rubric lacks, and a value off the scale
    Assessment invalid =
        rated.toBuilder()
            .rating(Rating.choice("G9.9", "yes"))
            .rerate(Rating.choice("G1.1", "maybe"))
            .build();

    // when / then
    assertThatExceptionOfType(InvalidAssessmentException.class)
        .isThrownBy(() -> Scorer.standard().score(checklist, invalid))
        .satisfies(
            e ->
                assertThat(e.report().violations())
                    .extracting(Violation::rule)
                    .containsExactlyInAnyOrder("rating.indicator-exists", "rating.value-in-scale"));
    assertThatExceptionOfType(InvalidAssessmentException.class)
        .isThrownBy(
            () -> Scorer.standard().scoreEach(checklist, invalid, List.of(Strategies.POINTS_SUM)));
  }

  @Test
  void a_strategy_returning_more_than_the_possible_points_is_stopped() {
    // given a strategy that gives one and a half times the points, whatever the parts
    ScoringStrategy greedy =
        new ScoringStrategy() {
          @Override
          public String id() {
            return "greedy";
          }

          @Override
          public Text description() {
            return Text.en("always one and a half");
          }

          @Override
          public StrategyResult combine(StrategyInput input) {
            return new StrategyResult(Ratio.of(3, 2), null, description(), "3/2");
          }
        };
    Scorer scorer = Scorer.of(StrategyRegistry.builder().addStandard().add(greedy).build());

    // when / then the first criterion scored, the first leaf in rubric order, stops it
    assertThatExceptionOfType(ScoringException.class)
        .isThrownBy(() -> scorer.score(checklist, rated, "greedy"))
        .withMessage(
            "strategy 'greedy' returned the fraction 3/2 for 'G1', which must be from 0 to 1")
        .satisfies(e -> assertThat(e.criterionId()).isEqualTo("G1"));
  }

  @Test
  void refuses_missing_arguments_with_their_names() {
    // when / then
    assertThatThrownBy(() -> Scorer.standard().score(null, rated))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rubric cannot be null");
    assertThatThrownBy(
            () -> Scorer.standard().scoreEach(checklist, null, List.of(Strategies.POINTS_SUM)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("assessment cannot be null");
    assertThatThrownBy(() -> Scorer.standard().score(checklist, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("assessment cannot be null");
  }

  @Test
  void scoring_again_gives_an_equal_scorecard() {
    // when
    Scorecard first = Scorer.standard().score(checklist, rated);
    Scorecard second = Scorer.standard().score(MiniRubrics.checklist(), rated.toBuilder().build());

    // then
    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
  }
}
