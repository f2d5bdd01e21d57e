package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;

/**
 * The mean of the rated parts' fractions, weighted by their points, times the node's points.
 * Unrated parts leave the mean (and lower coverage, reported).
 */
final class WeightedMean implements ScoringStrategy {
  private static final Text DESCRIPTION =
      Text.of(
          "ค่าเฉลี่ยถ่วงน้ำหนักของสัดส่วนคะแนนของส่วนที่ประเมินแล้ว × คะแนนเต็ม"
              + " (ส่วนที่ยังไม่ประเมินไม่นำมาเฉลี่ยและถูกรายงาน)",
          "weighted mean of the rated parts' fractions × the node's points"
              + " (unrated parts leave the mean and are reported)");

  @Override
  public String id() {
    return Strategies.WEIGHTED_MEAN;
  }

  @Override
  public Text description() {
    return DESCRIPTION;
  }

  @Override
  public StrategyResult combine(StrategyInput input) {
    return new StrategyResult(Fractions.weighted(input.parts()), null, description(), MEAN);
  }

  private static final Formula MEAN = new Formula.Mean();
}
