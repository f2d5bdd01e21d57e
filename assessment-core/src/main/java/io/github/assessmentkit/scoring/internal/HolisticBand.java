package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scoring.ScoringException;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;
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
      return new StrategyResult(Fractions.weighted(input.parts()), null, description(), SUM);
    }
    int bands = bands(input.criterion());
    if (bands != 1 || input.criterion().indicators().size() != 1) {
      throw new ScoringException(
          input.criterion().id(),
          Messages.holisticNeedsOneBand(
              id(), input.criterion().id(), input.criterion().indicators().size(), bands));
    }
    Part item = input.parts().get(0);
    return new StrategyResult(
        item.fraction(), item.label(), description(), new Formula.Band(item.id()));
  }

  private static final Formula SUM = new Formula.Sum();

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
}
