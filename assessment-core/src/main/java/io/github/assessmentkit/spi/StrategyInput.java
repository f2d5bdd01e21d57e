package io.github.assessmentkit.spi;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Criterion;
import java.util.List;

/**
 * What a strategy gets for one criterion: the criterion, the points it may earn, and the parts that
 * count (at least one), exactly.
 *
 * @param criterion the criterion scored
 * @param possible the points it may earn, after the scoring policies
 * @param parts its counted indicators, then its counted sub-criteria, in rubric order; their shares
 *     add up to 1
 */
public record StrategyInput(Criterion criterion, Ratio possible, List<Part> parts) {
  /**
   * Creates the value, checking its components.
   *
   * @param criterion the criterion scored
   * @param possible the points it may earn, after the scoring policies
   * @param parts its counted parts, in rubric order
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public StrategyInput {
    Checks.notNull(criterion, "criterion");
    Checks.notNull(possible, "possible");
    parts = Checks.copy(parts, "parts");
  }

  /** {@return whether the criterion has no sub-criteria, so every part is an indicator} */
  public boolean isLeaf() {
    return criterion.isLeaf();
  }
}
