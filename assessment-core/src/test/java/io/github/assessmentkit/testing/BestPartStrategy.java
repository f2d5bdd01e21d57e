package io.github.assessmentkit.testing;

import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;

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
    BigDecimal best = BigDecimal.ZERO;
    for (Part p : input.parts()) {
      if (p.isRated() && p.fraction().compareTo(best) > 0) {
        best = p.fraction();
      }
    }
    BigDecimal earned = best.multiply(input.possible()).setScale(2, RoundingMode.HALF_EVEN);
    return new StrategyResult(earned, null, description(), "best " + best.stripTrailingZeros());
  }
}
