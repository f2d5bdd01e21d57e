package io.github.assessmentkit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.MissingValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StrategyInput} and {@link StrategyResult}: what a strategy gets and gives. */
class StrategyResultTest {
  private static Indicator indicator(String id) {
    return Indicator.of(id, Text.en(id), MiniRubrics.bands());
  }

  @Test
  void a_result_may_carry_a_calculation_written_as_text() {
    // when
    StrategyResult r =
        new StrategyResult(Ratio.of(3, 4), null, Text.en("best part"), "max(3/4, 1/2) = 3/4");

    // then the text becomes a written formula
    assertThat(r.formula()).isEqualTo(new Formula.Written("max(3/4, 1/2) = 3/4"));
    assertThat(r.fraction()).isEqualTo(Ratio.of(3, 4));
    assertThat(r.label()).isNull();
  }

  @Test
  void a_result_needs_its_fraction_rule_and_formula() {
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new StrategyResult(null, null, Text.en("r"), new Formula.Sum()))
        .withMessage("fraction cannot be null");
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new StrategyResult(Ratio.ONE, null, null, new Formula.Sum()))
        .withMessage("rule cannot be null");
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new StrategyResult(Ratio.ONE, null, Text.en("r"), (Formula) null))
        .withMessage("formula cannot be null");
  }

  @Test
  void an_input_is_a_leaf_exactly_when_its_criterion_has_no_sub_criteria() {
    // given a leaf with one indicator, and a parent of one sub-criterion
    Criterion leaf = Criterion.builder("1.1", Text.en("leaf")).indicator(indicator("a")).build();
    Criterion parent =
        Criterion.builder("1", Text.en("parent"))
            .child("1.2", Text.en("child"), c -> c.indicator(indicator("b")))
            .build();

    // when / then
    assertThat(new StrategyInput(leaf, Ratio.of(10), List.of()).isLeaf()).isTrue();
    assertThat(new StrategyInput(parent, Ratio.of(10), List.of()).isLeaf()).isFalse();
  }

  @Test
  void an_input_needs_its_criterion_points_and_parts_without_nulls() {
    Criterion leaf = Criterion.builder("1.1", Text.en("leaf")).indicator(indicator("a")).build();
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new StrategyInput(null, Ratio.ONE, List.of()))
        .withMessage("criterion cannot be null");
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new StrategyInput(leaf, null, List.of()))
        .withMessage("possible cannot be null");
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new StrategyInput(leaf, Ratio.ONE, java.util.Arrays.asList((Part) null)))
        .withMessage("parts[0] cannot be null");
  }
}
