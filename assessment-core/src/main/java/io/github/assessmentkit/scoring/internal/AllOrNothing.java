package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;

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
    Part failing = null;
    for (Part p : input.parts()) {
      if (!p.isFullyMet() || !p.coverage().isComplete()) {
        failing = p;
        break;
      }
    }
    if (failing == null) {
      BigDecimal all = input.possible();
      return new StrategyResult(
          all, null, description(), fractions(input) + " = 1 → " + all.toPlainString());
    }
    return new StrategyResult(
        Sums.ZERO_POINTS,
        null,
        description(),
        failing.id()
            + " "
            + Sums.fractionOf(failing)
            + " ≠ 1 → "
            + Sums.ZERO_POINTS.toPlainString());
  }

  private static String fractions(StrategyInput input) {
    return "min("
        + input.parts().stream()
            .map(p -> p.id() + " " + Sums.fractionOf(p))
            .collect(java.util.stream.Collectors.joining(", "))
        + ")";
  }
}
