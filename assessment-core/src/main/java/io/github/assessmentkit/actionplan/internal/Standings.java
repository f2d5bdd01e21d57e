package io.github.assessmentkit.actionplan.internal;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.actionplan.ActionTarget;
import io.github.assessmentkit.internal.ActionPlanMessages;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a node's standing in the terms of a target: its percent; the number of the band, on the
 * band scale of its first band-scaled indicator, that holds its percent; or the lowest rank among
 * the levels rated on its level-scaled indicators. Stateless; thread-safe.
 */
public final class Standings {
  private Standings() {}

  /**
   * A standing with how it is shown.
   *
   * @param value the number compared
   * @param shown the number as a person reads it: {@code 55.00 %}, {@code band 4}, {@code level 3}
   */
  public record Standing(BigDecimal value, Text shown) {}

  /**
   * The standing the target asks for.
   *
   * @param target the target
   * @param rubric the rubric of the node
   * @param node the node, as scored
   * @return the standing
   * @throws io.github.assessmentkit.InvalidValueException if the node has no scale of the kind the
   *     target needs, or the level is not on it
   */
  public static Standing target(ActionTarget target, Rubric rubric, NodeScore node) {
    return switch (target.kind()) {
      case PERCENT -> percent(Objects.requireNonNull(target.percent()));
      case BAND -> {
        bandScale(rubric, node);
        yield band(target.band());
      }
      case LEVEL -> {
        LevelScale scale = levelScale(rubric, node);
        String code = Objects.requireNonNull(target.level());
        int rank = scale.rank(code);
        if (rank < 0) {
          throw new InvalidValueException(ActionPlanMessages.noSuchLevel(node.id(), code));
        }
        yield level(rank, code);
      }
    };
  }

  /**
   * Where a node stands in the terms of a target.
   *
   * @param target the target
   * @param rubric the rubric of the node
   * @param node the node, as scored
   * @return the standing, or empty when the node is not applicable or nothing in it is rated
   * @throws io.github.assessmentkit.InvalidValueException if the node has no scale of the kind the
   *     target needs
   */
  public static Optional<Standing> of(ActionTarget target, Rubric rubric, NodeScore node) {
    if (!node.isScored()) {
      return Optional.empty();
    }
    return switch (target.kind()) {
      case PERCENT -> Optional.of(percent(node.percent()));
      case BAND ->
          Optional.of(band(bandScale(rubric, node).bandContaining(node.percent()).number()));
      case LEVEL -> {
        LevelScale scale = levelScale(rubric, node);
        int lowest = -1;
        for (IndicatorScore line : indicators(node)) {
          if (line.status() != IndicatorStatus.RATED || line.value() == null) {
            continue;
          }
          Optional<String> code = line.value().asChoice();
          int rank = code.isPresent() ? scale.rank(code.get()) : -1;
          if (rank >= 0 && (lowest < 0 || rank < lowest)) {
            lowest = rank;
          }
        }
        yield lowest < 0
            ? Optional.empty()
            : Optional.of(level(lowest, scale.levels().get(lowest).code()));
      }
    };
  }

  private static Standing percent(BigDecimal percent) {
    return new Standing(
        percent, Text.of(percent.toPlainString() + " %", percent.toPlainString() + " %"));
  }

  private static Standing band(int number) {
    return new Standing(
        BigDecimal.valueOf(number), Text.of("ช่วงคะแนนที่ " + number, "band " + number));
  }

  private static Standing level(int rank, String code) {
    return new Standing(BigDecimal.valueOf(rank), Text.of("ระดับ " + code, "level " + code));
  }

  private static List<IndicatorScore> indicators(NodeScore node) {
    return node.stream().flatMap(n -> n.indicators().stream()).toList();
  }

  private static BandScale bandScale(Rubric rubric, NodeScore node) {
    for (IndicatorScore line : indicators(node)) {
      Optional<Indicator> indicator = rubric.indicator(line.indicatorId());
      if (indicator.isPresent()) {
        BandScale scale = indicator.get().scale().accept(new BandOf());
        if (scale != null) {
          return scale;
        }
      }
    }
    throw new InvalidValueException(ActionPlanMessages.noScaleOfKind(node.id(), "band"));
  }

  private static LevelScale levelScale(Rubric rubric, NodeScore node) {
    for (IndicatorScore line : indicators(node)) {
      Optional<Indicator> indicator = rubric.indicator(line.indicatorId());
      if (indicator.isPresent()) {
        LevelScale scale = indicator.get().scale().accept(new LevelOf());
        if (scale != null) {
          return scale;
        }
      }
    }
    throw new InvalidValueException(ActionPlanMessages.noScaleOfKind(node.id(), "level"));
  }

  /** Visits every scale to nothing; a subclass keeps the one kind it wants. */
  private static class Nothing<R> implements Scale.Visitor<@Nullable R> {
    @Override
    public @Nullable R visitBand(BandScale scale) {
      return null;
    }

    @Override
    public @Nullable R visitLevel(LevelScale scale) {
      return null;
    }

    @Override
    public @Nullable R visitYesPartialNo(YesPartialNoScale scale) {
      return null;
    }

    @Override
    public @Nullable R visitYesNo(YesNoScale scale) {
      return null;
    }

    @Override
    public @Nullable R visitLikert(LikertScale scale) {
      return null;
    }

    @Override
    public @Nullable R visitMeasure(MeasureScale scale) {
      return null;
    }

    @Override
    public @Nullable R visitNumeric(NumericScale scale) {
      return null;
    }
  }

  private static final class BandOf extends Nothing<BandScale> {
    @Override
    public BandScale visitBand(BandScale scale) {
      return scale;
    }
  }

  private static final class LevelOf extends Nothing<LevelScale> {
    @Override
    public LevelScale visitLevel(LevelScale scale) {
      return scale;
    }
  }
}
