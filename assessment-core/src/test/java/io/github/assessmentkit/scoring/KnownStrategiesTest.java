package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.rubric.KnownStrategies;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.BestPartStrategy;
import io.github.assessmentkit.testing.MiniRubrics;
import org.junit.jupiter.api.Test;

/** The strategies a rubric builder checks against agree with the registries scoring uses. */
class KnownStrategiesTest {
  @Test
  void the_builders_standard_ids_are_the_standard_registrys() {
    // when / then, in order
    assertThat(KnownStrategies.standard().ids())
        .containsExactlyElementsOf(StrategyRegistry.standard().ids())
        .containsExactlyElementsOf(Strategies.ALL);
  }

  @Test
  void a_registry_given_to_the_builder_lets_a_rubric_name_its_strategies() {
    // given a registry with the built-in strategies and best-part
    StrategyRegistry registry =
        StrategyRegistry.builder().addStandard().add(new BestPartStrategy()).build();

    // when
    Rubric rubric =
        Rubric.from(MiniRubrics.checklist())
            .strategies(registry)
            .defaultStrategy(BestPartStrategy.ID)
            .build();

    // then it builds and scores with that registry
    assertThat(registry.knows(BestPartStrategy.ID)).isTrue();
    assertThat(
            Scorer.of(registry).score(rubric, MiniRubrics.assessmentOf(rubric).build()).strategy())
        .isEqualTo(BestPartStrategy.ID);
  }
}
