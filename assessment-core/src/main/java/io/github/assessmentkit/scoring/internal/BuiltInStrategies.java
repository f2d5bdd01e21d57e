package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.spi.ScoringStrategy;
import java.util.List;

/** The list of built-in strategies. */
public final class BuiltInStrategies {
  private BuiltInStrategies() {}

  /** {@return a fresh list of every built-in strategy} */
  public static List<ScoringStrategy> all() {
    return List.of(
        new HolisticBand(),
        new PointsSum(),
        new WeightedMean(),
        new ChecklistFraction(),
        new Maturity(),
        new WeakestLink(),
        new AllOrNothing());
  }
}
