package io.github.assessmentkit.consumer;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;

/**
 * The application's own strategy: a criterion earns the fraction of its best rated part. Supplied
 * to {@code StrategyRegistry.builder().discover()} by the {@code provides} clause of this module.
 */
public final class BestRatedPart implements ScoringStrategy {
  /** The strategy's id. */
  public static final String ID = "consumer-best-rated-part";

  /** Creates the strategy; the service loader calls this. */
  public BestRatedPart() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Text description() {
    return Text.of("ส่วนที่ได้คะแนนดีที่สุด", "the best rated part's fraction of the points");
  }

  @Override
  public StrategyResult combine(StrategyInput input) {
    Ratio best = Ratio.ZERO;
    for (Part part : input.parts()) {
      if (part.isRated() && part.fraction().compareTo(best) > 0) {
        best = part.fraction();
      }
    }
    return new StrategyResult(best, null, description(), "best " + best);
  }
}
