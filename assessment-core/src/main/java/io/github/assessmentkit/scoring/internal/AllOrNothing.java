package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;

/** All the node's points when every part is rated and fully met, otherwise none. */
final class AllOrNothing implements ScoringStrategy {
  private static final Text DESCRIPTION =
      Text.of(
          "ได้คะแนนเต็มเมื่อทุกส่วนประเมินแล้วและผ่านครบ มิฉะนั้นได้ศูนย์",
          "all the points when every part is rated and fully met, otherwise none");

  @Override
  public String id() {
    return Strategies.ALL_OR_NOTHING;
  }

  @Override
  public Text description() {
    return DESCRIPTION;
  }

  @Override
  public StrategyResult combine(StrategyInput input) {
    boolean weighed = Fractions.anyWeighs(input.parts());
    for (Part p : input.parts()) {
      // a part weighing 0 is reported, not counted: it does not close the gate
      if (weighed && p.share().isZero()) {
        continue;
      }
      if (!p.isFullyMet()) {
        return new StrategyResult(Ratio.ZERO, null, description(), new Formula.AllMet(p.id()));
      }
    }
    return new StrategyResult(Ratio.ONE, null, description(), ALL_MET);
  }

  private static final Formula ALL_MET = new Formula.AllMet(null);
}
