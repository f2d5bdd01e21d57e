package io.github.assessmentkit.json;

import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;

/**
 * A plug-in strategy for tests, found through {@link java.util.ServiceLoader}: listed in {@code
 * META-INF/services/io.github.assessmentkit.spi.ScoringStrategy} of the test resources (tests run
 * on the class path). It scores as {@code points-sum} does.
 */
public final class DiscoveredSumStrategy implements ScoringStrategy {
  /** The strategy's id. */
  public static final String ID = "discovered-sum";

  private static final ScoringStrategy SUM = StrategyRegistry.standard().get("points-sum");

  /** Creates the strategy; {@link java.util.ServiceLoader} needs a public constructor. */
  public DiscoveredSumStrategy() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Text description() {
    return Text.en("points-sum, found by the service loader");
  }

  @Override
  public StrategyResult combine(StrategyInput input) {
    return SUM.combine(input);
  }
}
