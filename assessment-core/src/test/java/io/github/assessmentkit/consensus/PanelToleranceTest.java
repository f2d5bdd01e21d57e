package io.github.assessmentkit.consensus;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A panel's tolerance, when given, is how far apart two ratings may be: never below zero. */
class PanelToleranceTest {
  @Test
  void a_negative_tolerance_is_refused() {
    // given
    Rubric rubric = PanelTest.mixed();
    Assessment a = PanelTest.by(rubric, "a");

    // when / then
    assertThatThrownBy(
            () -> Panel.of(rubric, List.of(a), ConsensusRule.MEDIAN_STEP, new BigDecimal("-1")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("tolerance must be zero or more, was -1");
  }

  @Test
  void the_tolerance_is_checked_before_the_assessments() {
    // given no assessment and a negative tolerance: the argument is refused first
    Rubric rubric = PanelTest.mixed();

    // when / then
    assertThatThrownBy(
            () -> Panel.of(rubric, List.of(), ConsensusRule.MEDIAN_STEP, new BigDecimal("-1")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("tolerance must be zero or more, was -1");
  }
}
