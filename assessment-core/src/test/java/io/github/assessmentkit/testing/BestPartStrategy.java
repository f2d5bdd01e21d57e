package io.github.assessmentkit.testing;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;

/**
 * A custom strategy for tests: the best rated part's fraction times the node's points. Listed in
 * {@code META-INF/services/io.github.assessmentkit.spi.ScoringStrategy} of the test resources, so
 * {@code StrategyRegistry.builder().discover()} finds it.
 */
public final class BestPartStrategy implements ScoringStrategy {
  /** The strategy's id. */
  public static final String ID = "best-part";

  /** Creates the strategy; {@link java.util.ServiceLoader} needs a public constructor. */
  public BestPartStrategy() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Text description() {
    return Text.en("the best rated part's fraction of the points");
  }

  @Override
  public StrategyResult combine(StrategyInput input) {
    Ratio best = Ratio.ZERO;
    for (Part p : input.parts()) {
      if (p.isRated() && p.fraction().compareTo(best) > 0) {
        best = p.fraction();
      }
    }
    return new StrategyResult(best, null, description(), "best " + best);
  }
}
