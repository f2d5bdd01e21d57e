package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;

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
    Part weakest = Fractions.lowest(input.parts());
    return new StrategyResult(
        weakest.fraction(), weakest.label(), description(), new Formula.Lowest(weakest.id()));
  }
}
