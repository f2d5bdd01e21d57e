package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;

/** Each part earns its fraction of its points; the node earns the sum. */
final class PointsSum implements ScoringStrategy {
  private static final Text DESCRIPTION =
      Text.of(
          "รวมคะแนนที่แต่ละส่วนได้ (ส่วนที่ยังไม่ประเมินได้ศูนย์และถูกรายงาน)",
          "sum of the points each part earns (unrated parts earn nothing and are reported)");

  @Override
  public String id() {
    return Strategies.POINTS_SUM;
  }

  @Override
  public Text description() {
    return DESCRIPTION;
  }

  @Override
  public StrategyResult combine(StrategyInput input) {
    return new StrategyResult(
        Fractions.weighted(input.parts()),
        input.parts().size() == 1 ? input.parts().get(0).label() : null,
        description(),
        SUM);
  }

  private static final Formula SUM = new Formula.Sum();
}
