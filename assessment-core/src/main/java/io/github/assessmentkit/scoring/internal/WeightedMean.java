package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

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
    List<Part> rated = input.parts().stream().filter(Part::isRated).toList();
    BigDecimal weights = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    for (Part p : rated) {
      weights = weights.add(p.possible());
      weighted = weighted.add(p.possible().multiply(p.fraction()));
    }
    if (rated.isEmpty() || weights.signum() == 0) {
      return new StrategyResult(Sums.ZERO_POINTS, null, description(), Sums.NOTHING_RATED);
    }
    BigDecimal mean = Decimals.fraction(weighted, weights);
    BigDecimal earned = Decimals.earned(mean, input.possible());
    String terms =
        rated.stream()
            .map(p -> p.possible().toPlainString() + "×" + Decimals.plain(p.fraction()))
            .collect(Collectors.joining(" + "));
    String calc =
        "("
            + terms
            + ") / "
            + weights.toPlainString()
            + " = "
            + Decimals.plain(mean)
            + "; × "
            + input.possible().toPlainString()
            + " = "
            + earned.toPlainString();
    return new StrategyResult(earned, null, description(), calc);
  }
}
