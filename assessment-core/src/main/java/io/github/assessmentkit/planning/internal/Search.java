package io.github.assessmentkit.planning.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the cheapest combination of steps that reaches a goal, in three phases.
 *
 * <ol>
 *   <li><b>Exact program</b> (additive strategies only). {@link Cover} gives the cheapest step
 *       counts of each conjunction of the relaxed condition; the least of their costs bounds every
 *       plan, and the solutions are scored, cheapest first, and kept when they reach the goal. When
 *       one costs no more than the bound, it is the cheapest plan and the search ends.
 *   <li><b>Greedy, scored.</b> From no step, take one step at a time: score every next step, and
 *       take the one that lowers the {@link Bound} most per unit of cost, then the one that adds
 *       most to the total per unit of cost, then the first in rubric order; stop when the scorecard
 *       reaches the goal. Then drop every step the goal does not need, each drop checked by
 *       scoring. The result reaches the goal; it need not be the cheapest.
 *   <li><b>Branch and bound</b> (additive strategies only). A depth-first search over step counts,
 *       each combination visited once (steps taken in rubric order), children tried best bound
 *       first, pruned when the cost so far plus the bound is not below the best plan found, and
 *       stopped as soon as the best plan costs no more than the program's bound. A combination
 *       whose relaxed condition holds is scored, and kept when it reaches the goal. When the search
 *       ends within its limit of nodes, no cheaper plan exists; when it stops at the limit, the
 *       best plan found is returned and not claimed to be the cheapest.
 * </ol>
 *
 * <p>Every step at the top of its chain reaches the goal (the caller checks it first), so there is
 * always a plan to fall back on.
 *
 * <p>Not thread-safe: one search per plan.
 */
public final class Search {
  private static final double EPS = 1e-9;

  private final Candidates candidates;
  private final Goal goal;
  private final Bound bound;
  private final int limit;
  private final int n;

  private double best;
  private int[] bestCounts;
  private Scorecard bestCard;
  private int nodes;
  private double floor;
  private boolean stopped;

  /** What a search found. */
  public record Found(int[] counts, Scorecard card, boolean cheapest, boolean stopped, int nodes) {}

  /**
   * Prepares a search.
   *
   * @param candidates the indicators that may be stepped
   * @param goal the goal, which the top of every chain reaches
   * @param limit the most nodes the branch and bound may visit
   */
  public Search(Candidates candidates, Goal goal, int limit) {
    this.candidates = candidates;
    this.goal = goal;
    this.bound = new Bound(candidates, goal);
    this.limit = limit;
    this.n = candidates.size();
    this.bestCounts = new int[n];
    this.bestCard = candidates.base();
  }

  /**
   * Runs the search.
   *
   * @param additive whether every criterion is scored by an additive strategy; without it only the
   *     greedy phase runs
   * @param top the step counts of the top of every chain, which reach the goal, with their
   *     scorecard
   * @param topCard the scorecard of {@code top}
   * @return the plan found
   */
  public Found run(boolean additive, int[] top, Scorecard topCard) {
    // the top of every chain reaches the goal: the plan of last resort
    keep(top, topCard, costOf(top));
    double floor = 0;
    if (additive) {
      floor = bound.lower(new int[n], bound.startValues());
      Optional<List<Cover.Solution>> exact = Cover.solve(bound);
      if (exact.isPresent()) {
        List<Cover.Solution> solutions = exact.get();
        // the cheapest cost of the relaxed condition bounds every plan from below
        floor = Math.max(floor, solutions.isEmpty() ? Bound.NEVER : solutions.get(0).cost());
        for (Cover.Solution s : solutions) {
          if (s.cost() >= best - EPS) {
            break;
          }
          Scorecard card = candidates.score(s.counts());
          if (card != null && goal.reached(card)) {
            keep(s.counts(), card, s.cost());
          }
        }
      }
      if (best <= floor + EPS) {
        return new Found(bestCounts, bestCard, true, false, nodes);
      }
    }
    greedy();
    if (!additive) {
      return new Found(bestCounts, bestCard, false, false, nodes);
    }
    this.floor = floor;
    if (best <= floor + EPS) {
      return new Found(bestCounts, bestCard, true, false, nodes);
    }
    branch(new int[n], bound.startValues(), 0, 0);
    return new Found(bestCounts, bestCard, !stopped, stopped, nodes);
  }

  private void greedy() {
    int[] counts = new int[n];
    Scorecard card = candidates.base();
    double cost = 0;
    while (!goal.reached(card)) {
      double h = bound.guide(counts, bound.valuesOf(card));
      int pick = -1;
      double pickDrop = 0;
      double pickGain = 0;
      Scorecard pickCard = card;
      for (int i = 0; i < n; i++) {
        if (counts[i] == candidates.length(i)) {
          continue;
        }
        counts[i]++;
        Scorecard next = candidates.score(counts);
        if (next != null) {
          double c = candidates.cost(i).doubleValue();
          double hNext = bound.guide(counts, bound.valuesOf(next));
          double drop = h == Bound.NEVER || hNext == Bound.NEVER ? 0 : (h - hNext) / c;
          double gain = gainOf(card, next) / c;
          if (pick < 0
              || drop > pickDrop + EPS
              || (Math.abs(drop - pickDrop) <= EPS && gain > pickGain + EPS)) {
            pick = i;
            pickDrop = drop;
            pickGain = gain;
            pickCard = next;
          }
        }
        counts[i]--;
      }
      if (pick < 0) {
        // nothing left to take one at a time: the plan of last resort stands
        return;
      }
      counts[pick]++;
      cost += candidates.cost(pick).doubleValue();
      card = pickCard;
    }
    // drop what the goal does not need, last indicators first
    for (int i = n - 1; i >= 0; i--) {
      while (counts[i] > 0) {
        counts[i]--;
        Scorecard fewer = candidates.score(counts);
        if (fewer != null && goal.reached(fewer)) {
          card = fewer;
          cost -= candidates.cost(i).doubleValue();
        } else {
          counts[i]++;
          break;
        }
      }
    }
    if (cost < best - EPS) {
      keep(counts, card, cost);
    }
  }

  private static double gainOf(Scorecard from, Scorecard to) {
    Ratio d = to.root().exactEarned().minus(from.root().exactEarned());
    return d.toBigDecimal(12, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }

  private double costOf(int[] counts) {
    double cost = 0;
    for (int i = 0; i < n; i++) {
      cost += counts[i] * candidates.cost(i).doubleValue();
    }
    return cost;
  }

  private void keep(int[] counts, Scorecard card, double cost) {
    best = cost;
    bestCounts = counts.clone();
    bestCard = card;
  }

  private void branch(int[] counts, double[] values, double cost, int first) {
    if (stopped || best <= floor + EPS) {
      return;
    }
    if (++nodes > limit) {
      stopped = true;
      return;
    }
    List<double[]> children = new ArrayList<>();
    for (int i = first; i < n; i++) {
      if (counts[i] == candidates.length(i)) {
        continue;
      }
      double c = candidates.cost(i).doubleValue();
      bound.step(values, i, counts[i], 1);
      counts[i]++;
      double h = bound.lower(counts, values);
      counts[i]--;
      bound.step(values, i, counts[i], -1);
      if (cost + c + h < best - EPS) {
        children.add(new double[] {i, h});
      }
    }
    children.sort((a, b) -> a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[0], b[0]));
    for (double[] child : children) {
      int i = (int) child[0];
      double h = child[1];
      double c = cost + candidates.cost(i).doubleValue();
      if (c + h >= best - EPS) {
        continue;
      }
      bound.step(values, i, counts[i], 1);
      counts[i]++;
      boolean done = false;
      if (h <= EPS) {
        Scorecard card = candidates.score(counts);
        if (card != null && goal.reached(card)) {
          keep(counts, card, c);
          done = true;
        }
      }
      if (!done) {
        branch(counts, values, c, i);
      }
      counts[i]--;
      bound.step(values, i, counts[i], -1);
      if (stopped) {
        return;
      }
    }
  }

  /**
   * Totals the cost of some step counts exactly.
   *
   * @param candidates the indicators
   * @param counts the step counts
   * @return the sum of the steps' costs
   */
  public static BigDecimal exactCost(Candidates candidates, int[] counts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < counts.length; i++) {
      sum = sum.add(candidates.cost(i).multiply(BigDecimal.valueOf(counts[i])));
    }
    return sum;
  }
}
