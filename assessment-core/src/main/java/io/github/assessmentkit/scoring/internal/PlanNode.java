package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.spi.ScoringStrategy;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One scored criterion of a {@link ScoringPlan}: what the engine needs of it that no rating
 * changes, and the points it is allotted when no rating is not applicable.
 *
 * @param criterion the criterion
 * @param strategy the strategy that combines its parts
 * @param children its scored sub-criteria, in order
 * @param weight its weight among its siblings: its points, else its weight, else 1
 * @param slots the positions in {@link ScoringPlan#slot} of its indicators, in order (a leaf)
 * @param applicable whether it is applicable when no rating is not applicable
 * @param possible its points when no rating is not applicable, or {@code null} when it is then not
 *     applicable or lies under a criterion that is not
 * @param shares its indicators' points when no rating is not applicable, in order, or {@code null}
 *     when {@code possible} is
 */
record PlanNode(
    Criterion criterion,
    ScoringStrategy strategy,
    List<PlanNode> children,
    BigDecimal weight,
    int[] slots,
    boolean applicable,
    @Nullable BigDecimal possible,
    @Nullable List<BigDecimal> shares) {

  /** {@return whether it has no scored sub-criteria, so its parts are its indicators} */
  boolean scoresIndicators() {
    return children.isEmpty();
  }
}
