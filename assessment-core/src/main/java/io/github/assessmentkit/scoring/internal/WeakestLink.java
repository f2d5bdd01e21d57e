package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;

/** The lowest fraction among the rated parts, times the node's points. */
final class WeakestLink implements ScoringStrategy {
  private static final Text DESCRIPTION =
      Text.of(
          "สัดส่วนคะแนนต่ำสุดในบรรดาส่วนที่ประเมินแล้ว × คะแนนเต็ม",
          "the lowest fraction among the rated parts × the node's points");

  @Override
  public String id() {
    return Strategies.WEAKEST_LINK;
  }

  @Override
  public Text description() {
    return DESCRIPTION;
  }

  @Override
  public StrategyResult combine(StrategyInput input) {
    Part weakest = null;
    for (Part p : input.parts()) {
      if (p.isRated() && (weakest == null || p.fraction().compareTo(weakest.fraction()) < 0)) {
        weakest = p;
      }
    }
    if (weakest == null) {
      return new StrategyResult(Sums.ZERO_POINTS, null, description(), Sums.NOTHING_RATED);
    }
    BigDecimal earned = Decimals.earned(weakest.fraction(), input.possible());
    String calc = Sums.lowest(input.parts(), weakest, input.possible(), earned);
    return new StrategyResult(earned, weakest.label(), description(), calc);
  }
}
