package io.github.assessmentkit.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * A numeric scale from {@code min} with {@code n} steps of {@code step}: the value {@code k} steps
 * up earns exactly {@code k / n} (to ten places, half-even, when the division does not end), and a
 * value half a step off the grid is refused.
 */
class NumericScaleProperties {
  private static final Text NAME = Text.en("score");

  /** The scale from min / 100 with n steps of step / 100. */
  private static NumericScale scale(int min, int n, int step) {
    BigDecimal low = BigDecimal.valueOf(min, 2);
    BigDecimal size = BigDecimal.valueOf(step, 2);
    return new NumericScale(NAME, low, low.add(size.multiply(BigDecimal.valueOf(n))), size);
  }

  /** {@code k / n}, exact when it ends, else to ten places half-even. */
  private static BigDecimal expected(int k, int n) {
    BigDecimal num = BigDecimal.valueOf(k);
    BigDecimal den = BigDecimal.valueOf(n);
    try {
      return num.divide(den);
    } catch (ArithmeticException nonTerminating) {
      return num.divide(den, 10, RoundingMode.HALF_EVEN);
    }
  }

  @Test
  void the_value_k_steps_up_earns_k_over_the_number_of_steps() {
    qt().forAll(
            integers().between(-2000, 2000), integers().between(1, 12), integers().between(1, 500))
        .checkAssert(
            (min, n, step) -> {
              NumericScale scale = scale(min, n, step);
              for (int k = 0; k <= n; k++) {
                RatingValue value =
                    RatingValue.of(scale.min().add(scale.step().multiply(BigDecimal.valueOf(k))));
                assertThat(scale.reject(value)).isEmpty();
                assertThat(scale.fraction(value)).isEqualByComparingTo(expected(k, n));
                assertThat(scale.isLowest(value)).isEqualTo(k == 0);
              }
            });
  }

  @Test
  void a_value_half_a_step_off_the_grid_or_beyond_the_ends_is_refused() {
    qt().forAll(
            integers().between(-2000, 2000), integers().between(1, 12), integers().between(1, 500))
        .checkAssert(
            (min, n, step) -> {
              NumericScale scale = scale(min, n, step);
              BigDecimal half = scale.step().divide(BigDecimal.valueOf(2));
              for (int k = 0; k < n; k++) {
                BigDecimal between =
                    scale.min().add(scale.step().multiply(BigDecimal.valueOf(k))).add(half);
                assertThat(scale.reject(RatingValue.of(between))).isPresent();
              }
              assertThat(scale.reject(RatingValue.of(scale.min().subtract(scale.step()))))
                  .isPresent();
              assertThat(scale.reject(RatingValue.of(scale.max().add(scale.step())))).isPresent();
            });
  }
}
