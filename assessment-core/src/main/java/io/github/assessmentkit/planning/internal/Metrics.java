package io.github.assessmentkit.planning.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.rubric.Comparison;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The metrics of award rules read exactly, before the rounding scoring shows, and the least exact
 * value with which a comparison passes once rounded.
 */
final class Metrics {
  private static final Ratio HUNDRED = Ratio.of(100);
  private static final Ratio HALF_HUNDREDTH = Ratio.of(5, 1000);
  private static final Ratio CENT = Ratio.of(1, 100);

  private Metrics() {}

  static double number(Ratio value) {
    return value.toBigDecimal(12, RoundingMode.HALF_EVEN).doubleValue();
  }

  /**
   * The least exact value a comparison can pass with. A value rounded once to two places (the
   * total, a percent) reaches {@code b} from {@code b - 0.005} and passes above {@code b} (of two
   * places at most) from {@code b + 0.005}; points of criteria below the total are shared out by
   * largest remainder and lie less than a cent from exact, per criterion.
   */
  static Ratio threshold(Condition.Compare c) {
    Ratio bound = Ratio.of(c.bound());
    boolean above = c.comparison() == Comparison.GREATER_THAN;
    boolean twoPlaces = c.bound().stripTrailingZeros().scale() <= 2;
    return c.metric()
        .accept(
            new Metric.Visitor<Ratio>() {
              @Override
              public Ratio visitTotalPoints(Metric.TotalPoints m) {
                return roundedOnce();
              }

              @Override
              public Ratio visitTotalPercent(Metric.TotalPercent m) {
                return roundedOnce();
              }

              @Override
              public Ratio visitPoints(Metric.Points m) {
                return bound.minus(CENT.times(m.criterionIds().size()));
              }

              @Override
              public Ratio visitPercent(Metric.Percent m) {
                return roundedOnce();
              }

              @Override
              public Ratio visitIndicatorPercent(Metric.IndicatorPercent m) {
                return roundedOnce();
              }

              private Ratio roundedOnce() {
                return above && twoPlaces
                    ? bound.plus(HALF_HUNDREDTH)
                    : bound.minus(HALF_HUNDREDTH);
              }
            });
  }

  /**
   * Reads a metric's exact value: what scoring reads, before it is rounded for display.
   *
   * @param metric the metric
   * @param card the scorecard
   * @return the exact value, or empty when the metric does not apply
   */
  static Optional<Ratio> exact(Metric metric, Scorecard card) {
    NodeScore root = card.root();
    return metric.accept(
        new Metric.Visitor<Optional<Ratio>>() {
          @Override
          public Optional<Ratio> visitTotalPoints(Metric.TotalPoints m) {
            return excluded(root) ? Optional.empty() : Optional.of(root.exactEarned());
          }

          @Override
          public Optional<Ratio> visitTotalPercent(Metric.TotalPercent m) {
            return excluded(root) ? Optional.empty() : percent(root.fraction());
          }

          @Override
          public Optional<Ratio> visitPoints(Metric.Points m) {
            Ratio sum = Ratio.ZERO;
            boolean any = false;
            for (String id : m.criterionIds()) {
              NodeScore node = root.find(id).orElse(null);
              if (node == null || !excluded(node)) {
                any = true;
                sum = node == null ? sum : sum.plus(node.exactEarned());
              }
            }
            return any ? Optional.of(sum) : Optional.empty();
          }

          @Override
          public Optional<Ratio> visitPercent(Metric.Percent m) {
            NodeScore node = root.find(m.criterionId()).orElse(null);
            if (node == null) {
              return Optional.of(Ratio.ZERO);
            }
            return excluded(node) ? Optional.empty() : percent(node.fraction());
          }

          @Override
          public Optional<Ratio> visitIndicatorPercent(Metric.IndicatorPercent m) {
            IndicatorScore line = root.indicator(m.indicatorId()).orElse(null);
            if (line == null || line.status() != IndicatorStatus.RATED) {
              return Optional.empty();
            }
            return percent(line.fraction());
          }
        });
  }

  private static Optional<Ratio> percent(@Nullable Ratio fraction) {
    return fraction == null ? Optional.empty() : Optional.of(fraction.times(HUNDRED));
  }

  /** Whether a node does not apply: excluded, or every part of it excluded, as scoring reads it. */
  private static boolean excluded(NodeScore node) {
    if (!node.applicable()) {
      return true;
    }
    if (node.children().isEmpty() || !node.indicators().isEmpty()) {
      return false;
    }
    for (NodeScore child : node.children()) {
      if (child.applicable()) {
        return false;
      }
    }
    return true;
  }
}
