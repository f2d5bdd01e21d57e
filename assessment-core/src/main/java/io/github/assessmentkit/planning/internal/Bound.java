package io.github.assessmentkit.planning.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lower bound on the cost still needed to meet a goal's relaxed condition, from a combination of
 * steps. Under an additive strategy the exact value of every metric is its value now plus the sum
 * of what each indicator's steps add to it alone, each measured once by scoring; the bound takes,
 * for each comparison, the cheapest way to close its gap if every remaining step of an indicator
 * added as much as the best of them (a fractional knapsack, which never costs more than any real
 * way); over an all-of, the sum over parts no indicator helps together (the largest first), and
 * over an any-of the smallest. A comparison needs the exact value it reads to pass the bound by at
 * least the rounding of the value shown (half a hundredth for a value rounded once, one cent per
 * criterion for points shared out by largest remainder), so the bound never exceeds the true cost:
 * it is admissible, and a search pruned by it misses no cheaper plan.
 *
 * <p>It also hands the relaxed condition to {@link Cover} as conjunctions of comparisons, with the
 * exact gains each indicator's steps bring to each metric.
 *
 * <p>Internally the search's numbers are {@code double}s: they only prune, every plan is scored
 * exactly, and the slack added to each gap is far larger than their error.
 */
public final class Bound {
  /** No way to meet it. */
  public static final double NEVER = Double.POSITIVE_INFINITY;

  private static final double SLACK = 1e-7;

  private final Candidates candidates;
  private final List<Metric> metrics = new ArrayList<>();
  private final List<BitSet> supports = new ArrayList<>();
  private final Relaxed.Node root;
  private final boolean wholeCosts;
  private final double[] costs;
  private double[] start = new double[0];
  private double[][][] delta = new double[0][][];
  private Ratio[][][] exactDelta = new Ratio[0][][];
  private double[][][] bestStep = new double[0][][];

  /** One comparison of a conjunction: metric {@code metric} must reach {@code threshold}. */
  public record Atom(int metric, double threshold) {}

  /**
   * A conjunction of the relaxed condition: comparisons that must all hold, and indicators that
   * must stand at a given step count (a condition on the code an indicator is rated with).
   *
   * @param atoms the comparisons
   * @param forced indicator position to its step count
   */
  public record Conjunction(List<Atom> atoms, Map<Integer, Integer> forced) {}

  /**
   * Builds the bound of a goal from the scorecards of each indicator's steps alone.
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

  /** Reads what each indicator's steps alone add to each metric. */
  private void measure() {
    int n = candidates.size();
    int m = metrics.size();
    Scorecard base = candidates.base();
    start = new double[m];
    Ratio[] startExact = new Ratio[m];
    for (int j = 0; j < m; j++) {
      startExact[j] = Metrics.exact(metrics.get(j), base).orElse(Ratio.ZERO);
      start[j] = Metrics.number(startExact[j]);
    }
    delta = new double[m][n][];
    exactDelta = new Ratio[m][n][];
    bestStep = new double[m][n][];
    for (int i = 0; i < n; i++) {
      int len = candidates.length(i);
      for (int j = 0; j < m; j++) {
        delta[j][i] = new double[len + 1];
        exactDelta[j][i] = new Ratio[len + 1];
        exactDelta[j][i][0] = Ratio.ZERO;
        bestStep[j][i] = new double[len + 1];
      }
      for (int k = 1; k <= len; k++) {
        Scorecard card = candidates.alone(i, k);
        for (int j = 0; j < m; j++) {
          Ratio d = Metrics.exact(metrics.get(j), card).orElse(Ratio.ZERO).minus(startExact[j]);
          // never below what fewer steps gave: a bound may only be generous
          exactDelta[j][i][k] = d.max(exactDelta[j][i][k - 1]);
          delta[j][i][k] = Metrics.number(exactDelta[j][i][k]);
        }
      }
      for (int j = 0; j < m; j++) {
        if (exactDelta[j][i][len].signum() > 0) {
          supports.get(j).set(i);
        }
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

  /** {@return the indicators that may be stepped} */
  public Candidates candidates() {
    return candidates;
  }

  /** {@return whether every step costs a whole number} */
  public boolean wholeCosts() {
    return wholeCosts;
  }

  /**
   * @param j a metric
   * @return its value with no step taken
   */
  public double start(int j) {
    return start[j];
  }

  /**
   * @param j a metric
   * @param i an indicator
   * @param k a step count
   * @return what the first {@code k} steps of the indicator alone add to the metric, exactly
   */
  public Ratio exactGain(int j, int i, int k) {
    return exactDelta[j][i][k];
  }

  /**
   * @param j a metric
   * @param i an indicator
   * @param k a step count
   * @return what the first {@code k} steps of the indicator alone add to the metric
   */
  public double gain(int j, int i, int k) {
    return delta[j][i][k];
  }

  /**
   * @param j a metric
   * @return the indicators whose steps add to it
   */
  public BitSet support(int j) {
    return supports.get(j);
  }

  /**
   * Writes the relaxed condition as conjunctions: it holds exactly when one of them does.
   *
   * @return the conjunctions, or empty when there would be too many
   */
  public Optional<List<Conjunction>> conjunctions() {
    return Optional.ofNullable(root.dnf());
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
      out[j] = Metrics.number(Metrics.exact(metrics.get(j), card).orElse(Ratio.ZERO));
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
    return root.lower(counts, values, wholeCosts);
  }

  /**
   * Bounds from below the cost still needed, without rounding up to whole costs: finer, for
   * choosing among steps.
   *
   * @param counts the steps taken on each indicator
   * @param values the metrics' values with those steps
   * @return the bound, 0 when the relaxed condition is met, {@link #NEVER} when nothing meets it
   */
  public double guide(int[] counts, double[] values) {
    return root.lower(counts, values, false);
  }

  /** The cheapest way to add {@code gap} to metric {@code j}, every step as good as the best. */
  private double knapsack(int j, double gap, int[] counts, boolean whole) {
    int n = counts.length;
    double[] ratio = new double[n];
    Integer[] order = new Integer[n];
    int used = 0;
    for (int i = 0; i < n; i++) {
      // the best step still ahead; 0 at the top of the chain
      double g = bestStep[j][i][counts[i]];
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
        return whole ? Math.ceil(cost - 1e-6) : cost;
      }
      cost += left * costs[i];
      rest -= left * g;
    }
    return NEVER;
  }

  // The relaxed condition as a tree: comparisons and indicators rated with a code here, the rest
  // in Relaxed.

  private final class Compare extends Relaxed.Node {
    private final int metric;
    private final double threshold;

    Compare(int metric, double threshold) {
      this.metric = metric;
      this.threshold = threshold;
    }

    @Override
    double lower(int[] counts, double[] values, boolean whole) {
      double gap = threshold - values[metric];
      return gap <= SLACK ? 0 : knapsack(metric, gap - SLACK, counts, whole);
    }

    @Override
    BitSet helpers() {
      return supports.get(metric);
    }

    @Override
    List<Conjunction> dnf() {
      return List.of(new Conjunction(List.of(new Atom(metric, threshold - SLACK)), Map.of()));
    }
  }

  private final class Rated extends Relaxed.Node {
    private final int indicator;
    private final int position;

    Rated(int indicator, int position) {
      this.indicator = indicator;
      this.position = position;
    }

    @Override
    double lower(int[] counts, double[] values, boolean whole) {
      return position < counts[indicator]
          ? NEVER
          : (position - counts[indicator]) * costs[indicator];
    }

    @Override
    BitSet helpers() {
      BitSet own = new BitSet();
      own.set(indicator);
      return own;
    }

    @Override
    List<Conjunction> dnf() {
      return position < 0
          ? List.of()
          : List.of(new Conjunction(List.of(), Map.of(indicator, position)));
    }
  }

  private Relaxed.Node relax(Condition condition) {
    return condition.accept(
        new Condition.Visitor<Relaxed.Node>() {
          @Override
          public Relaxed.Node visitCompare(Condition.Compare c) {
            return compare(c);
          }

          @Override
          public Relaxed.Node visitAllOf(Condition.AllOf c) {
            return new Relaxed.AllOf(c.conditions().stream().map(Bound.this::relax).toList());
          }

          @Override
          public Relaxed.Node visitAnyOf(Condition.AnyOf c) {
            return new Relaxed.AnyOf(c.conditions().stream().map(Bound.this::relax).toList());
          }

          @Override
          public Relaxed.Node visitRungReached(Condition.RungReached c) {
            Optional<Ladder> ladder = candidates.rubric().ladder(c.ladderId());
            if (ladder.isEmpty() || ladder.get().position(c.rungId()) < 0) {
              return new Relaxed.Fixed(false);
            }
            Rung rung = ladder.get().rungs().get(ladder.get().position(c.rungId()));
            if (rung.bound() == null) {
              return new Relaxed.Fixed(true);
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
          public Relaxed.Node visitCoverageAtLeast(Condition.CoverageAtLeast c) {
            return atBase(c);
          }

          @Override
          public Relaxed.Node visitNamed(Condition.Named c) {
            return relax(c.condition());
          }

          @Override
          public Relaxed.Node visitRatedWith(Condition.RatedWith c) {
            return rated(c);
          }
        });
  }

  /** A condition steps cannot change: decided once, on the scorecard now. */
  private Relaxed.Node atBase(Condition c) {
    return new Relaxed.Fixed(
        ConditionResult.evaluate(c, candidates.base(), candidates.rubric()).met());
  }

  private Relaxed.Node compare(Condition.Compare c) {
    Optional<Ratio> now = Metrics.exact(c.metric(), candidates.base());
    if (now.isEmpty()) {
      // the metric does not apply, and no step makes it apply
      return atBase(c);
    }
    int j = metrics.indexOf(c.metric());
    if (j < 0) {
      j = metrics.size();
      metrics.add(c.metric());
      supports.add(new BitSet());
    }
    return new Compare(j, Metrics.number(Metrics.threshold(c)));
  }

  private Relaxed.Node rated(Condition.RatedWith c) {
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
    for (int k = 0; k < chain.size(); k++) {
      if (matches(chain.get(k), c.code())) {
        at = k;
        break;
      }
    }
    return new Rated(i, at);
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
}
