package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.KnownStrategies;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in strategies asked directly, as any caller of the registry may ask them, and the check
 * a scorer makes of the strategies a rubric names. On the mini award of {@link MiniRubrics}: item
 * 1.1 (40 points) holds one band-scale indicator; item 1.2 below holds one on maturity levels.
 */
class BuiltInStrategiesAskedDirectlyTest {
  private final StrategyRegistry registry = StrategyRegistry.standard();
  private final Rubric award = MiniRubrics.award();
  private final Criterion bandItem = award.criterion("1.1").orElseThrow();

  /** An item of 20 points holding one indicator on maturity levels. */
  private final Criterion levelItem =
      Criterion.builder("1.2", Text.en("Governance"))
          .points(20)
          .indicator(Indicator.of("1.2", Text.en("How mature?"), MiniRubrics.levels()))
          .build();

  /** One part, rated at half its points, on the given scale. */
  private static List<Part> half(String id, io.github.assessmentkit.scale.Scale scale) {
    return List.of(
        new Part(
            id,
            Ratio.ONE,
            Ratio.of(40),
            Ratio.of(1, 2),
            new Coverage(1, 1, 0),
            scale,
            Text.en("half")));
  }

  @Test
  void maturity_refuses_a_leaf_whose_indicator_is_not_on_levels() {
    // given item 1.1 with its band-scale indicator rated at half
    StrategyInput input =
        new StrategyInput(bandItem, Ratio.of(40), half("1.1", MiniRubrics.bands()));

    // when / then maturity cannot read a level off a band
    assertThatExceptionOfType(ScoringException.class)
        .isThrownBy(() -> registry.get(Strategies.MATURITY).combine(input))
        .withMessage("strategy 'maturity' needs level-scale indicators at '1.1'");
  }

  @Test
  void holistic_band_gives_an_item_the_fraction_of_its_one_band_rating() {
    // given item 1.1 with its band-scale indicator rated at half
    StrategyInput input =
        new StrategyInput(bandItem, Ratio.of(40), half("1.1", MiniRubrics.bands()));

    // when
    StrategyResult result = registry.get(Strategies.HOLISTIC_BAND).combine(input);

    // then the item earns the rating's fraction, 1/2, labelled as the rating is
    assertThat(result.fraction()).isEqualTo(Ratio.of(1, 2));
    assertThat(result.label()).isEqualTo(Text.en("half"));
    assertThat(result.formula()).isEqualTo(new Formula.Band("1.1"));
  }

  @Test
  void holistic_band_refuses_a_leaf_without_one_band_indicator() {
    // given item 1.2 with its level indicator rated at half
    StrategyInput input =
        new StrategyInput(levelItem, Ratio.of(20), half("1.2", MiniRubrics.levels()));

    // when / then
    assertThatExceptionOfType(ScoringException.class)
        .isThrownBy(() -> registry.get(Strategies.HOLISTIC_BAND).combine(input))
        .withMessage(
            "strategy 'holistic-band' needs exactly one indicator, on a band scale, at '1.2';"
                + " found 1 indicator, 0 on a band scale");
  }

  @Test
  void holistic_band_refuses_a_leaf_with_a_band_indicator_and_another() {
    // given an item holding a band indicator and a level indicator
    Criterion twoIndicators =
        Criterion.builder("1.3", Text.en("Two ways"))
            .points(20)
            .indicator(band("1.3a"))
            .indicator(Indicator.of("1.3b", Text.en("How mature?"), MiniRubrics.levels()))
            .build();
    StrategyInput input =
        new StrategyInput(twoIndicators, Ratio.of(20), half("1.3a", MiniRubrics.bands()));

    // when / then one band indicator is not enough: it must be the only one
    assertThatExceptionOfType(ScoringException.class)
        .isThrownBy(() -> registry.get(Strategies.HOLISTIC_BAND).combine(input))
        .withMessage(
            "strategy 'holistic-band' needs exactly one indicator, on a band scale, at '1.3';"
                + " found 2 indicators, 1 on a band scale");
  }

  @Test
  void the_checklist_fraction_of_nothing_to_rate_is_zero() {
    // given item 1.1 with no counted part: 0 fully met of 0 to rate
    StrategyInput input = new StrategyInput(bandItem, Ratio.of(40), List.of());

    // when
    StrategyResult result = registry.get(Strategies.CHECKLIST_FRACTION).combine(input);

    // then the fraction is 0, not a division by zero, and the formula says 0 of 0
    assertThat(result.fraction()).isEqualTo(Ratio.ZERO);
    assertThat(result.formula()).isEqualTo(new Formula.CountMet(0, 0));
  }

  @Test
  void a_criterion_naming_a_strategy_that_does_not_fit_is_refused_though_the_default_fits() {
    // given item 1.1 (a band indicator) names maturity, while the default holistic-band fits it
    Rubric rubric =
        Rubric.builder("named-misfit", "1")
            .title(Text.en("Named misfit"))
            .provenance(award.provenance())
            .defaultStrategy(Strategies.HOLISTIC_BAND)
            .criterion(
                Criterion.builder("1", Text.en("Leadership"))
                    .points(40)
                    .child(
                        "1.1",
                        Text.en("Senior leaders"),
                        c -> c.points(40).strategy(Strategies.MATURITY).indicator(band("1.1")))
                    .build())
            .build();
    Assessment a = assessmentOf(rubric).rating(Rating.of("1.1", 50)).build();

    // when / then the strategy the criterion names is the one asked
    assertThatExceptionOfType(StrategyMisfitException.class)
        .isThrownBy(() -> Scorer.standard().score(rubric, a))
        .satisfies(
            e -> {
              assertThat(e.criterionId()).isEqualTo("1.1");
              assertThat(e.strategyId()).isEqualTo(Strategies.MATURITY);
            });
  }

  @Test
  void a_strategy_named_where_nothing_is_scored_must_still_be_registered() {
    // given a profile criterion, which carries no points, naming a strategy no registry holds;
    // the rubric was built without checking the strategies it names
    Rubric rubric =
        Rubric.from(award)
            .strategies(KnownStrategies.any())
            .criterion(
                Criterion.builder("P", Text.en("Profile"))
                    .kind(CriterionKind.PROFILE)
                    .strategy("unheard-of")
                    .child("P.1", Text.en("Description"), c -> {})
                    .build())
            .build();

    // when / then
    assertThatExceptionOfType(UnknownStrategyException.class)
        .isThrownBy(
            () ->
                Scorer.standard()
                    .score(rubric, assessmentOf(rubric).rating(Rating.of("1.1", 50)).build()))
        .withMessageContaining("unheard-of");
  }

  private static Indicator band(String id) {
    return MiniRubrics.band(id);
  }
}
