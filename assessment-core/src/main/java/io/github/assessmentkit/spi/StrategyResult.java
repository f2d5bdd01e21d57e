package io.github.assessmentkit.spi;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a strategy computed for one criterion.
 *
 * @param earned the points earned, two decimal places, from 0 to the possible points
 * @param label the band or level reached, or {@code null}
 * @param rule the rule applied, in Thai and English
 * @param calculation the arithmetic with the actual numbers
 */
public record StrategyResult(
    BigDecimal earned, @Nullable Text label, Text rule, String calculation) {
  /**
   * Creates the value, checking its components.
   *
   * @param earned the points earned, two decimal places, from 0 to the possible points
   * @param label the band or level reached, or {@code null}
   * @param rule the rule applied, in Thai and English
   * @param calculation the arithmetic with the actual numbers
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public StrategyResult {
    Checks.nonNegative(earned, "earned");
    Checks.notNull(rule, "rule");
    Checks.notNull(calculation, "calculation");
  }
}
