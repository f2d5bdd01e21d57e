package io.github.assessmentkit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.MissingValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Formula}: each kind of formula reaches its own visitor method, with its data. */
class FormulaTest {
  /** Names each kind with its data, as a renderer would. */
  private static final class Describe implements Formula.Visitor<String> {
    @Override
    public String visitSum(Formula.Sum formula) {
      return "sum";
    }

    @Override
    public String visitMean(Formula.Mean formula) {
      return "mean";
    }

    @Override
    public String visitLowest(Formula.Lowest formula) {
      return "lowest " + formula.partId();
    }

    @Override
    public String visitAllMet(Formula.AllMet formula) {
      return "all met, failing " + formula.failingPartId();
    }

    @Override
    public String visitCountMet(Formula.CountMet formula) {
      return formula.met() + " of " + formula.counted();
    }

    @Override
    public String visitBand(Formula.Band formula) {
      return "band " + formula.partId();
    }

    @Override
    public String visitWritten(Formula.Written formula) {
      return "written " + formula.text();
    }
  }

  @Test
  void every_kind_of_formula_is_visited_by_its_own_method() {
    // given one formula of each kind
    List<Formula> formulas =
        List.of(
            new Formula.Sum(),
            new Formula.Mean(),
            new Formula.Lowest("1.2"),
            new Formula.AllMet(null),
            new Formula.AllMet("1.3"),
            new Formula.CountMet(3, 4),
            new Formula.Band("2.1"),
            new Formula.Written("1 + 1 = 2"));

    // when / then
    assertThat(formulas.stream().map(f -> f.accept(new Describe())))
        .containsExactly(
            "sum",
            "mean",
            "lowest 1.2",
            "all met, failing null",
            "all met, failing 1.3",
            "3 of 4",
            "band 2.1",
            "written 1 + 1 = 2");
  }

  @Test
  void a_formula_naming_a_part_needs_its_id_and_a_written_one_its_text() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Formula.Lowest(""))
        .withMessage("partId cannot be blank");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Formula.Band(" "))
        .withMessage("partId cannot be blank");
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new Formula.Written(null))
        .withMessage("text cannot be null");
  }
}
