package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.testing.BestPartStrategy;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StrategyRegistryTest {
  private static final String KNOWN =
      "holistic-band, points-sum, weighted-mean, checklist-fraction, maturity, weakest-link,"
          + " all-or-nothing";

  @Test
  void the_standard_registry_holds_the_seven_built_in_strategies_in_order() {
    // when
    StrategyRegistry standard = StrategyRegistry.standard();

    // then
    assertThat(standard.ids()).containsExactlyElementsOf(Strategies.ALL);
    assertThat(standard.get(Strategies.MATURITY).id()).isEqualTo("maturity");
    assertThat(standard.contains(BestPartStrategy.ID)).isFalse();
    assertThatThrownBy(() -> standard.ids().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_built_registry_does_not_change_when_its_builder_goes_on() {
    // given
    StrategyRegistryBuilder builder = StrategyRegistry.builder().addStandard();
    StrategyRegistry first = builder.build();

    // when
    StrategyRegistry second = builder.add(new BestPartStrategy()).build();

    // then
    assertThat(first.ids()).containsExactlyElementsOf(Strategies.ALL);
    assertThat(first.contains(BestPartStrategy.ID)).isFalse();
    assertThat(second.contains(BestPartStrategy.ID)).isTrue();
  }

  @Test
  void an_unknown_id_is_an_error_that_lists_the_known_ones() {
    // when / then
    assertThatExceptionOfType(UnknownStrategyException.class)
        .isThrownBy(() -> StrategyRegistry.standard().get("best-part"))
        .withMessage("unknown scoring strategy 'best-part' (known: " + KNOWN + ")")
        .satisfies(e -> assertThat(e.strategyId()).isEqualTo("best-part"));
  }

  @Test
  void a_custom_strategy_registered_directly_scores_beside_the_built_in_ones() {
    // given the checklist (G1 66.67, G2 33.33) with G1.1 partial, G1.2 yes, G2.1 no, G2.2 partial
    Rubric checklist = MiniRubrics.checklist();
    Assessment a =
        assessmentOf(checklist)
            .rating(Rating.choice("G1.1", "partial"))
            .rating(Rating.choice("G1.2", "yes"))
            .rating(Rating.choice("G2.1", "no"))
            .rating(Rating.choice("G2.2", "partial"))
            .build();
    Scorer scorer =
        Scorer.of(StrategyRegistry.builder().addStandard().add(new BestPartStrategy()).build());

    // when
    Scorecard card = scorer.score(checklist, a, BestPartStrategy.ID);

    // then G1: best part 1 x 66.67 = 66.67; G2: best part 0.5 x 33.33 = 16.665 -> 16.66
    assertThat(card.strategy()).isEqualTo("best-part");
    assertThat(card.node("G1").orElseThrow().earned()).isEqualTo(new BigDecimal("66.67"));
    assertThat(card.node("G2").orElseThrow().earned()).isEqualTo(new BigDecimal("16.66"));
    assertThat(card.node("G2").orElseThrow().explanation().strategy()).isEqualTo("best-part");
    assertThat(card.total()).isEqualTo(new BigDecimal("83.33"));
    assertThat(scorer.strategies().ids()).hasSize(8);
  }

  @Test
  void a_repeated_id_is_an_error() {
    // when / then
    assertThatExceptionOfType(AssessmentException.class)
        .isThrownBy(
            () ->
                StrategyRegistry.builder().add(new BestPartStrategy()).add(new BestPartStrategy()))
        .withMessage("scoring strategy 'best-part' is registered twice");
    assertThatExceptionOfType(AssessmentException.class)
        .isThrownBy(() -> StrategyRegistry.builder().addStandard().add(impostor("points-sum")))
        .withMessage("scoring strategy 'points-sum' is registered twice");
    assertThatExceptionOfType(AssessmentException.class)
        .isThrownBy(() -> StrategyRegistry.builder().addStandard().addStandard())
        .withMessage("scoring strategy 'holistic-band' is registered twice");
  }

  @Test
  void discovers_strategies_through_the_service_loader() {
    // given META-INF/services/io.github.assessmentkit.spi.ScoringStrategy in the test
    // resources names BestPartStrategy

    // when
    StrategyRegistry discovered = StrategyRegistry.builder().addStandard().discover().build();

    // then
    assertThat(discovered.ids()).hasSize(8).endsWith("best-part");
    assertThat(discovered.get("best-part")).isInstanceOf(BestPartStrategy.class);
    // discovering a strategy already registered is a repeated id
    assertThatExceptionOfType(AssessmentException.class)
        .isThrownBy(() -> StrategyRegistry.builder().add(new BestPartStrategy()).discover())
        .withMessage("scoring strategy 'best-part' is registered twice");
  }

  @Test
  void a_strategy_needs_an_id() {
    // when / then
    assertThatThrownBy(() -> StrategyRegistry.builder().add(impostor(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("strategy id cannot be blank");
  }

  private static ScoringStrategy impostor(String id) {
    return new ScoringStrategy() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Text description() {
        return Text.en("impostor");
      }

      @Override
      public StrategyResult combine(StrategyInput input) {
        return new StrategyResult(Ratio.ZERO, null, description(), "0");
      }
    };
  }
}
