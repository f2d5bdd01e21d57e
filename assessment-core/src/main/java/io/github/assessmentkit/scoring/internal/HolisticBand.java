package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scoring.ScoringException;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Baldrige/TQA: an item's one band-scale rating (a percentage) times the item's points; above
 * items, the sum of the items.
 */
final class HolisticBand implements ScoringStrategy {
  private static final Text DESCRIPTION =
      Text.of(
          "คะแนนหัวข้อ = ร้อยละที่เลือกในช่วงคะแนนที่เหมาะที่สุด × คะแนนเต็มของหัวข้อ; หมวด = ผลรวมของหัวข้อ",
          "item score = the percentage chosen in the best-fitting band × the item's points;"
              + " above items, the sum");

  @Override
  public String id() {
    return Strategies.HOLISTIC_BAND;
  }

  @Override
  public Text description() {
    return DESCRIPTION;
  }

  /** A leaf must have exactly one indicator, on a band scale; above leaves anything fits. */
  @Override
  public Optional<Text> misfit(Criterion criterion) {
    if (!criterion.children().isEmpty() && !criterion.indicators().isEmpty()) {
      return Optional.of(Messages.strategyNeedsIndicatorsOrChildren(id(), criterion.id()));
    }
    if (criterion.isLeaf()) {
      int bands = bands(criterion);
      if (bands != 1 || criterion.indicators().size() != 1) {
        return Optional.of(
            Messages.holisticNeedsOneBand(
                id(), criterion.id(), criterion.indicators().size(), bands));
      }
    }
    return Optional.empty();
  }

  @Override
  public StrategyResult combine(StrategyInput input) {
    if (!input.isLeaf()) {
      BigDecimal total = Sums.earned(input.parts());
      return new StrategyResult(total, null, description(), Sums.sumLine(input.parts(), total));
    }
    int bands = bands(input.criterion());
    if (bands != 1 || input.criterion().indicators().size() != 1) {
      throw new ScoringException(
          input.criterion().id(),
          Messages.holisticNeedsOneBand(
              id(), input.criterion().id(), input.criterion().indicators().size(), bands));
    }
    Part item = input.parts().get(0);
    BigDecimal earned = item.earned() == null ? Sums.ZERO_POINTS : item.earned();
    String calc = item.fraction() == null ? Sums.NOTHING_RATED : calculation(item, input, earned);
    return new StrategyResult(earned, item.label(), description(), calc);
  }

  /** {@return how many of the criterion's indicators are on a band scale} */
  private static int bands(Criterion criterion) {
    int bands = 0;
    for (Indicator i : criterion.indicators()) {
      if (i.scale() instanceof BandScale) {
        bands++;
      }
    }
    return bands;
  }

  /** {@return the calculation of a rated item, for example {@code "55% × 40.00 = 22.00"}} */
  private static String calculation(Part item, StrategyInput input, BigDecimal earned) {
    StringBuilder calc = new StringBuilder(32);
    Decimals.appendStripped(calc, Objects.requireNonNull(item.fraction()).movePointRight(2));
    Decimals.appendPlain(calc.append("% × "), input.possible()).append(" = ");
    return Decimals.appendPlain(calc, earned).toString();
  }
}
