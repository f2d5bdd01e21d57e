package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strategy ids are looked up before anything else is checked or scored. */
class StrategyCheckedFirstTest {

  @Test
  void the_standard_registry_knows_its_strategies_and_no_other() {
    StrategyRegistry registry = StrategyRegistry.standard();

    assertThat(registry.knows(Strategies.POINTS_SUM)).isTrue();
    assertThat(registry.knows("no-such-strategy")).isFalse();
  }

  @Test
  void an_unknown_strategy_is_reported_before_an_invalid_assessment() {
    // given an assessment rating an indicator the checklist lacks, and an unknown strategy
    Rubric checklist = MiniRubrics.checklist();
    Assessment invalid =
        MiniRubrics.assessmentOf(checklist).rating(Rating.choice("Z9", "yes")).build();

    // when / then the strategy is the fault reported
    assertThatThrownBy(
            () ->
                Scorer.standard()
                    .scoreEach(checklist, invalid, List.of(Strategies.POINTS_SUM, "no-such")))
        .isInstanceOf(UnknownStrategyException.class);
  }
}
