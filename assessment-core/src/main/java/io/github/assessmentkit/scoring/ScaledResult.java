package io.github.assessmentkit.scoring;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.ResultScale;
import java.math.BigDecimal;

/**
 * The result stated on the rubric's {@link ResultScale}, besides the points total: {@code min +
 * (total earned ÷ total possible) × (max − min)}, exactly, for example 3.75 on a 0–5 scale for 75 %
 * of the points, or 17 on a 10–20 scale for 70 %.
 *
 * @param scale the scale the rubric declares
 * @param exact the result, exactly
 */
public record ScaledResult(ResultScale scale, Ratio exact) {
  /**
   * Creates the value, checking its components.
   *
   * @param scale the scale the rubric declares
   * @param exact the result, exactly
   * @throws NullPointerException if a component is null
   */
  public ScaledResult {
    Checks.notNull(scale, "scale");
    Checks.notNull(exact, "exact");
  }

  /**
   * Works out the result for a fraction of the points.
   *
   * @param scale the scale
   * @param fraction the total earned ÷ the total possible, from 0 to 1
   * @return the result
   */
  public static ScaledResult of(ResultScale scale, Ratio fraction) {
    Ratio min = Ratio.of(scale.min());
    Ratio range = Ratio.of(scale.max()).minus(min);
    return new ScaledResult(scale, min.plus(fraction.times(range)));
  }

  /** {@return the result rounded half-even to two decimal places, for display} */
  public BigDecimal value() {
    return exact.round(2);
  }
}
