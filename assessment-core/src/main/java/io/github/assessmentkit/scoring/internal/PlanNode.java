package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.spi.ScoringStrategy;
import org.jspecify.annotations.Nullable;

/**
 * One scored criterion of a {@link ScoringPlan}: what the engine needs of it that no rating
 * changes, with its scoring policies resolved (its own, else inherited), and its allotment when
 * every part counts. Its parts are its indicators, then its scored sub-criteria. Never changed
 * after the plan is built.
 */
final class PlanNode {
  final Criterion criterion;
  final ScoringStrategy strategy;
  final Indicator[] indicators;

  /** The plan position of each indicator. */
  final int[] slots;

  final PlanNode[] children;

  /** The weights of the parts: indicators first, then sub-criteria. */
  final Ratio[] weights;

  /** Its weight among its siblings. */
  final Ratio weight;

  final Treatment notApplicable;
  final Treatment missing;
  final Treatment unknown;

  /** What it means when nothing in it counts. */
  final Treatment nothingCounts;

  /** When every part counts: the points of each part, and each part's share (adding up to 1). */
  @Nullable Ratio[] nominalPossible;

  @Nullable Ratio[] nominalShares;

  /** When every part counts: its possible points. */
  @Nullable Ratio nominal;

  /** Its position in the plan's list of nodes, parents before children. */
  final int index;

  PlanNode(
      Criterion criterion,
      ScoringStrategy strategy,
      Indicator[] indicators,
      int[] slots,
      PlanNode[] children,
      Ratio[] weights,
      Ratio weight,
      Treatment notApplicable,
      Treatment missing,
      Treatment unknown,
      Treatment nothingCounts,
      int index) {
    this.criterion = criterion;
    this.strategy = strategy;
    this.indicators = indicators;
    this.slots = slots;
    this.children = children;
    this.weights = weights;
    this.weight = weight;
    this.notApplicable = notApplicable;
    this.missing = missing;
    this.unknown = unknown;
    this.nothingCounts = nothingCounts;
    this.index = index;
  }

  /** {@return how many parts it has} */
  int partCount() {
    return indicators.length + children.length;
  }
}
