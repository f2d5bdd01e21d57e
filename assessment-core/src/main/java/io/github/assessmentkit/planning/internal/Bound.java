package io.github.assessmentkit.planning.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A lower bound on the cost still needed to meet a goal's relaxed condition, from a combination of
 * steps. Under an additive strategy the exact value of every metric is its value now plus the sum
 * of what each indicator's steps add to it alone, each measured once by scoring; the bound takes,
 * for each comparison, the cheapest way to close its gap if every remaining step of an indicator
 * added as much as the best of them (a fractional knapsack, which never costs more than any real
 * way), then the largest of these over an all-of and the smallest over an any-of. A comparison
 * needs its exact value to come within the rounding of the value it reads (half a hundredth of a
 * percent, one cent per criterion of points), so the bound never exceeds the true cost: it is
 * admissible, and a search pruned by it misses no cheaper plan.
 *
 * <p>Internally the numbers are {@code double}s: they only prune the search, every plan is scored
 * exactly, and the slack added to each gap is far larger than their error.
 */
public final class Bound {
  /** No way to meet it. */
  public static final double NEVER = Double.POSITIVE_INFINITY;

  private static final double SLACK = 1e-7;
  private static final Ratio HUNDRED = Ratio.of(100);
  private static final Ratio HALF_HUNDREDTH = Ratio.of(5, 1000);
  private static final Ratio CENT = Ratio.of(1, 100);

  private final Candidates candidates;
  private final List<Metric> metrics = new ArrayList<>();
  private final Node root;
  private final boolean wholeCosts;
  private final double[] costs;
  private double[] start = new double[0];
  private double[][][] delta = new double[0][][];
  private double[][][] bestStep = new double[0][][];

  /**
   * Builds the bound of a goal, scoring each indicator's chain alone once.
   *
   * @param candidates the indicators that may be stepped
   * @param goal the goal
   */
  public Bound(Candidates candidates, Goal goal) {
    this.candidates = candidates;
    int n = candidates.size();
    this.costs = new double[n];
    boolean whole = true;
    for (int i = 0; i < n; i++) {
      BigDecimal c = candidates.cost(i);
      costs[i] = c.doubleValue();
      whole &= c.stripTrailingZeros().scale() <= 0;
    }
    this.wholeCosts = whole;
    this.root = relax(goal.relaxed());
    measure();
  }

  /** Scores each indicator's steps alone and keeps what each adds to each metric. */
  private void measure() {
    int n = candidates.size();
    int m = metrics.size();
    Scorecard base = candidates.base();
    start = new double[m];
    for (int j = 0; j < m; j++) {
      start[j] = number(exact(metrics.get(j), base).orElse(Ratio.ZERO));
    }
    delta = new double[m][n][];
    bestStep = new double[m][n][];
    for (int i = 0; i < n; i++) {
      int len = candidates.length(i);
      for (int j = 0; j < m; j++) {
        delta[j][i] = new double[len + 1];
        bestStep[j][i] = new double[len + 1];
      }
      for (int k = 1; k <= len && m > 0; k++) {
        Scorecard card = candidates.alone(i, k);
        for (int j = 0; j < m; j++) {
          double v = number(exact(metrics.get(j), card).orElse(Ratio.ZERO)) - start[j];
          // never below what fewer steps gave: a bound may only be generous
          delta[j][i][k] = Math.max(v, delta[j][i][k - 1]);
        }
      }
      for (int j = 0; j < m; j++) {
        double best = 0;
        for (int k = len; k >= 0; k--) {
          bestStep[j][i][k] = best;
          if (k > 0) {
            best = Math.max(best, delta[j][i][k] - delta[j][i][k - 1]);
          }
        }
      }
    }
  }

  /** {@return how many metrics the bound reads} */
  public int metricCount() {
    return metrics.size();
  }

  /**
   * The metrics' values, estimated, with no step taken.
   *
   * @return a fresh array, one value per metric
   */
  public double[] startValues() {
    return start.clone();
  }

  /**
   * Updates the estimated values for one more step on an indicator.
   *
   * @param values the values, changed in place
   * @param i the indicator
   * @param from its step count before the step
   * @param sign +1 to take the step, -1 to take it back
   */
  public void step(double[] values, int i, int from, int sign) {
    for (int j = 0; j < values.length; j++) {
      double d = delta[j][i][from + 1] - delta[j][i][from];
      values[j] += sign * d;
    }
  }

  /**
   * Reads the metrics' values from a scorecard, exactly, for a search that scores every state.
   *
   * @param card the scorecard
   * @return one value per metric
   */
  public double[] valuesOf(Scorecard card) {
    double[] out = new double[metrics.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = number(exact(metrics.get(j), card).orElse(Ratio.ZERO));
    }
    return out;
  }

  /**
   * Bounds from below the cost still needed.
   *
   * @param counts the steps taken on each indicator
   * @param values the metrics' values with those steps
   * @return the bound, 0 when the relaxed condition is met, {@link #NEVER} when nothing meets it
   */
  public double lower(int[] counts, double[] values) {
    return root.lower(counts, values);
  }

  /** The cheapest way to add {@code gap} to metric {@code j}, every step as good as the best. */
  private double knapsack(int j, double gap, int[] counts) {
    int n = counts.length;
    double[] ratio = new double[n];
    Integer[] order = new Integer[n];
    int used = 0;
    for (int i = 0; i < n; i++) {
      int left = candidates.length(i) - counts[i];
      double g = left > 0 ? bestStep[j][i][counts[i]] : 0;
      if (g > 0) {
        ratio[i] = g / costs[i];
        order[used++] = i;
      }
    }
    Integer[] items = Arrays.copyOf(order, used);
    Arrays.sort(items, (a, b) -> Double.compare(ratio[b], ratio[a]));
    double cost = 0;
    double rest = gap;
    for (int i : items) {
      double g = bestStep[j][i][counts[i]];
      int left = candidates.length(i) - counts[i];
      if (left * g >= rest) {
        cost += rest / g * costs[i];
        return wholeCosts ? Math.ceil(cost - 1e-6) : cost;
      }
      cost += left * costs[i];
      rest -= left * g;
    }
    return NEVER;
  }

  // The relaxed condition as a tree.

  private interface Node {
    double lower(int[] counts, double[] values);
  }

  private static Node fixed(boolean met) {
    return (counts, values) -> met ? 0 : NEVER;
  }

  private Node relax(Condition condition) {
    return condition.accept(
        new Condition.Visitor<Node>() {
          @Override
          public Node visitCompare(Condition.Compare c) {
            return compare(c);
          }

          @Override
          public Node visitAllOf(Condition.AllOf c) {
            List<Node> parts = c.conditions().stream().map(Bound.this::relax).toList();
            return (counts, values) -> {
              double most = 0;
              for (Node p : parts) {
                most = Math.max(most, p.lower(counts, values));
              }
              return most;
            };
          }

          @Override
          public Node visitAnyOf(Condition.AnyOf c) {
            List<Node> parts = c.conditions().stream().map(Bound.this::relax).toList();
            return (counts, values) -> {
              double least = NEVER;
              for (Node p : parts) {
                least = Math.min(least, p.lower(counts, values));
              }
              return least;
            };
          }

          @Override
          public Node visitRungReached(Condition.RungReached c) {
            Optional<Ladder> ladder = candidates.rubric().ladder(c.ladderId());
            if (ladder.isEmpty() || ladder.get().position(c.rungId()) < 0) {
              return fixed(false);
            }
            Rung rung = ladder.get().rungs().get(ladder.get().position(c.rungId()));
            if (rung.bound() == null) {
              return fixed(true);
            }
            // a rung or a higher one: the ladder's metric passes this rung's bound at least
            return compare(
                new Condition.Compare(
                    ladder.get().metric(),
                    rung.comparison(),
                    rung.bound(),
                    rung.whenNotApplicable()));
          }

          @Override
          public Node visitCoverageAtLeast(Condition.CoverageAtLeast c) {
            return atBase(c);
          }

          @Override
          public Node visitNamed(Condition.Named c) {
            return relax(c.condition());
          }

          @Override
          public Node visitRatedWith(Condition.RatedWith c) {
            return rated(c);
          }
        });
  }

  /** A condition steps cannot change: decided once, on the scorecard now. */
  private Node atBase(Condition c) {
    return fixed(ConditionResult.evaluate(c, candidates.base(), candidates.rubric()).met());
  }

  private Node compare(Condition.Compare c) {
    Optional<Ratio> now = exact(c.metric(), candidates.base());
    if (now.isEmpty()) {
      // the metric does not apply, and no step makes it apply
      return atBase(c);
    }
    int j = metrics.indexOf(c.metric());
    if (j < 0) {
      j = metrics.size();
      metrics.add(c.metric());
    }
    int metric = j;
    double threshold = number(Ratio.of(c.bound()).minus(tolerance(c.metric())));
    return (counts, values) -> {
      double gap = threshold - values[metric];
      return gap <= SLACK ? 0 : knapsack(metric, gap - SLACK, counts);
    };
  }

  private Node rated(Condition.RatedWith c) {
    int i = -1;
    for (int k = 0; k < candidates.size(); k++) {
      if (candidates.id(k).equals(c.indicatorId())) {
        i = k;
      }
    }
    if (i < 0) {
      return atBase(c);
    }
    List<RatingValue> chain = candidates.chain(i);
    int at = -1;
    for (int k = 0; k < chain.size() && at < 0; k++) {
      if (matches(chain.get(k), c.code())) {
        at = k;
      }
    }
    int indicator = i;
    int position = at;
    double cost = costs[i];
    return (counts, values) -> {
      if (position < counts[indicator]) {
        return NEVER;
      }
      return (position - counts[indicator]) * cost;
    };
  }

  private static boolean matches(RatingValue value, String code) {
    Optional<BigDecimal> number = value.asNumber();
    if (number.isEmpty()) {
      return value.asChoice().orElseThrow().equals(code);
    }
    try {
      return number.get().compareTo(new BigDecimal(code)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static double number(Ratio value) {
    return value.toBigDecimal(12, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** How far the value a metric reads may lie from its exact value, by rounding. */
  private static Ratio tolerance(Metric metric) {
    return metric.accept(
        new Metric.Visitor<Ratio>() {
          @Override
          public Ratio visitTotalPoints(Metric.TotalPoints m) {
            return CENT;
          }

          @Override
          public Ratio visitTotalPercent(Metric.TotalPercent m) {
            return HALF_HUNDREDTH;
          }

          @Override
          public Ratio visitPoints(Metric.Points m) {
            return CENT.times(m.criterionIds().size());
          }

          @Override
          public Ratio visitPercent(Metric.Percent m) {
            return HALF_HUNDREDTH;
          }

          @Override
          public Ratio visitIndicatorPercent(Metric.IndicatorPercent m) {
            return HALF_HUNDREDTH;
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
