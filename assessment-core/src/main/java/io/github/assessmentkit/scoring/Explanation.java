package io.github.assessmentkit.scoring;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;

/**
 * How a node's points were computed: the strategy, its rule in words, and the calculation with the
 * actual numbers, for example {@code "1.1 22.75 + 1.2 20.00 = 42.75"}.
 *
 * @param strategy the id of the strategy that computed the node
 * @param rule the rule in Thai and English
 * @param calculation the arithmetic with the inputs
 */
public record Explanation(String strategy, Text rule, String calculation) {
  /**
   * Creates the value, checking its components.
   *
   * @param strategy the id of the strategy that computed the node
   * @param rule the rule in Thai and English
   * @param calculation the arithmetic with the inputs
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Explanation {
    Checks.notBlank(strategy, "strategy");
    Checks.notNull(rule, "rule");
    Checks.notNull(calculation, "calculation");
  }
}
