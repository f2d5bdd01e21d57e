package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;

/** Indicators fully met divided by indicators ratable, times the node's points. */
final class ChecklistFraction implements ScoringStrategy {
  private static final Text DESCRIPTION =
      Text.of(
          "จำนวนตัวชี้วัดที่ผ่านครบ ÷ จำนวนตัวชี้วัดที่ต้องประเมิน × คะแนนเต็ม",
          "indicators fully met ÷ indicators to rate × the node's points");

  @Override
  public String id() {
    return Strategies.CHECKLIST_FRACTION;
  }

  @Override
  public Text description() {
    return DESCRIPTION;
  }

  @Override
  public StrategyResult combine(StrategyInput input) {
    Coverage total = Coverage.NONE;
    for (Part p : input.parts()) {
      total = total.plus(p.coverage());
    }
    if (total.ratable() == 0) {
      return new StrategyResult(Sums.ZERO_POINTS, null, description(), Sums.NOTHING_RATED);
    }
    BigDecimal share =
        Decimals.fraction(BigDecimal.valueOf(total.met()), BigDecimal.valueOf(total.ratable()));
    BigDecimal earned = Decimals.earned(share, input.possible());
    String calc =
        total.met()
            + " / "
            + total.ratable()
            + " × "
            + input.possible().toPlainString()
            + " = "
            + earned.toPlainString();
    return new StrategyResult(earned, null, description(), calc);
  }
}
