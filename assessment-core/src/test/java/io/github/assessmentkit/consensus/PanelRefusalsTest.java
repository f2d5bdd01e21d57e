package io.github.assessmentkit.consensus;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a panel and a reconciliation refuse: values off the scale, a trail of another panel. */
class PanelRefusalsTest {
  private final Rubric rubric = PanelTest.mixed();

  @Test
  void a_value_off_a_numeric_scale_is_refused() {
    // U runs from 0 to 10: 11 is not allowed
    assertThatThrownBy(
            () ->
                Panel.of(
                    rubric,
                    List.of(PanelTest.by(rubric, "a", Rating.of("U", 11))),
                    ConsensusRule.MEDIAN_STEP,
                    null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'11' is outside 0 to 10");
  }

  @Test
  void a_trail_of_other_assessments_cannot_be_resumed() {
    // the trail lists a-a and a-b; the panel a-a and a-c
    Panel ab =
        Panel.of(
            rubric,
            List.of(PanelTest.by(rubric, "a"), PanelTest.by(rubric, "b")),
            ConsensusRule.MEDIAN_STEP,
            null);
    Panel ac =
        Panel.of(
            rubric,
            List.of(PanelTest.by(rubric, "a"), PanelTest.by(rubric, "c")),
            ConsensusRule.MEDIAN_STEP,
            null);

    assertThatThrownBy(() -> Reconciliation.resume(ac, ConsensusTrail.of(ab)))
        .isInstanceOf(InvalidValueException.class);
  }
}
