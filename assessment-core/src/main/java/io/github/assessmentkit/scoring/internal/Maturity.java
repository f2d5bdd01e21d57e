package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.scale.LevelScale;
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
 * The level fully met: the lowest level any rated part reached (every indicator on a level scale);
 * its fraction times the node's points.
 */
final class Maturity implements ScoringStrategy {
  private static final Text DESCRIPTION =
      Text.of(
          "ระดับที่บรรลุครบทุกส่วน คือระดับต่ำสุดของส่วนที่ประเมินแล้ว; สัดส่วนของระดับนั้น × คะแนนเต็ม",
          "the level met by every part: the lowest level among the rated parts;"
              + " its fraction × the node's points");

  @Override
  public String id() {
    return Strategies.MATURITY;
  }

  @Override
  public Text description() {
    return DESCRIPTION;
  }

  /** Every indicator of a leaf must be on a level scale; above leaves anything fits. */
  @Override
  public Optional<Text> misfit(Criterion criterion) {
    if (!criterion.children().isEmpty() && !criterion.indicators().isEmpty()) {
      return Optional.of(Messages.strategyNeedsIndicatorsOrChildren(id(), criterion.id()));
    }
    if (criterion.isLeaf()
        && !criterion.indicators().stream().allMatch(i -> i.scale() instanceof LevelScale)) {
      return Optional.of(Messages.maturityNeedsLevels(id(), criterion.id()));
    }
    return Optional.empty();
  }

  @Override
  public StrategyResult combine(StrategyInput input) {
    if (input.isLeaf()) {
      for (Part p : input.parts()) {
        if (!(p.scale() instanceof LevelScale)) {
          throw new ScoringException(
              input.criterion().id(), Messages.maturityNeedsLevels(id(), input.criterion().id()));
        }
      }
    }
    Part lowest = Fractions.lowest(input.parts());
    return new StrategyResult(
        lowest.fraction(), lowest.label(), description(), new Formula.Lowest(lowest.id()));
  }
}
