package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;

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
    int met = 0;
    int counted = 0;
    for (Part p : input.parts()) {
      met += p.coverage().met();
      counted += p.coverage().ratable();
    }
    Ratio fraction = counted == 0 ? Ratio.ZERO : Ratio.of(met, counted);
    return new StrategyResult(fraction, null, description(), new Formula.CountMet(met, counted));
  }
}
