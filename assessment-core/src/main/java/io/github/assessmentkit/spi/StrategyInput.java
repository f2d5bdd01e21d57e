package io.github.assessmentkit.spi;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Criterion;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a strategy gets for one criterion: the criterion, the points it may earn, and its applicable
 * parts (at least one).
 *
 * @param criterion the criterion scored
 * @param possible the points it may earn, after the not-applicable policy
 * @param parts its applicable indicators (at a leaf) or scored children, in rubric order
 */
public record StrategyInput(Criterion criterion, BigDecimal possible, List<Part> parts) {
  /**
   * Creates the value, checking its components.
   *
   * @param criterion the criterion scored
   * @param possible the points it may earn, after the not-applicable policy
   * @param parts its applicable indicators (at a leaf) or scored children, in rubric order
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public StrategyInput {
    Checks.notNull(criterion, "criterion");
    Checks.nonNegative(possible, "possible");
    parts = Checks.copy(parts, "parts");
  }

  /** {@return whether the parts are indicators} */
  public boolean isLeaf() {
    return criterion.isLeaf();
  }
}
