package io.github.assessmentkit.spi;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * What a strategy computed for one criterion: the fraction of its points it earns, exactly. The
 * scorer multiplies it by the criterion's possible points, so the criterion's percent is this
 * fraction, rounded once for display.
 *
 * @param fraction the fraction of the possible points earned, from 0 to 1
 * @param label the band or level reached, or {@code null}
 * @param rule the rule applied, in Thai and English
 * @param formula how the fraction follows from the parts, rendered to text only when asked
 */
public record StrategyResult(Ratio fraction, @Nullable Text label, Text rule, Formula formula) {
  /**
   * Creates the value, checking its components.
   *
   * @param fraction the fraction of the possible points earned, from 0 to 1
   * @param label the band or level reached, or {@code null}
   * @param rule the rule applied, in Thai and English
   * @param formula how the fraction follows from the parts
   * @throws NullPointerException if a required component is null
   */
  public StrategyResult {
    Checks.notNull(fraction, "fraction");
    Checks.notNull(rule, "rule");
    Checks.notNull(formula, "formula");
  }

  /**
   * Creates the value with a calculation written out as text ({@link Formula.Written}), as a custom
   * strategy may do.
   *
   * @param fraction the fraction of the possible points earned, from 0 to 1
   * @param label the band or level reached, or {@code null}
   * @param rule the rule applied, in Thai and English
   * @param calculation the arithmetic with the actual numbers
   * @throws NullPointerException if a required component is null
   */
  public StrategyResult(Ratio fraction, @Nullable Text label, Text rule, String calculation) {
    this(fraction, label, rule, new Formula.Written(calculation));
  }
}
