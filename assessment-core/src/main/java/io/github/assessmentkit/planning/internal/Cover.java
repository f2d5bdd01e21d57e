package io.github.assessmentkit.planning.internal;

import io.github.assessmentkit.Ratio;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The cheapest step counts that meet each conjunction of a relaxed condition, found exactly by
 * dynamic programming over cost when the conjunction has the shape award rules have: comparisons of
 * the total, of criteria and of indicators, whose indicators nest (each two comparisons read
 * disjoint indicators, or one reads a subset of the other's), every step costing a whole number.
 *
 * <p>For a comparison {@code B} the program keeps, for each budget, the most {@code B}'s metric can
 * gain within that budget while every comparison nested in {@code B} holds. Under an additive
 * strategy what an indicator's steps add to a criterion adds to every criterion above it in a fixed
 * proportion (checked exactly on every step measured: the program is not used when it fails), so
 * the most a nested comparison can gain is also what it adds most to the one around it; budgets are
 * shared among the parts of a comparison by max-plus convolution. The cheapest budget at the top at
 * which every comparison holds is the least cost of the relaxed condition: a lower bound on any
 * plan, met by a plan that scoring confirms.
 *
 * <p>Cost: a few arrays of the total budget's length per comparison, and a convolution per part, at
 * most (total budget)² additions each. Used only when the total budget, every step of every
 * indicator, is at most {@value #MOST_BUDGET}.
 */
public final class Cover {
  /** The largest total budget the program runs on. */
  static final int MOST_BUDGET = 4000;

  private static final double NONE = Double.NEGATIVE_INFINITY;

  private final Bound bound;
  private final Candidates candidates;
  private final int[] cost;
  private final Map<Block, Table> childTables = new IdentityHashMap<>();

  /**
   * One way to meet a conjunction.
   *
   * @param counts the step counts
   * @param cost their cost
   */
  public record Solution(int[] counts, long cost) {}

  private Cover(Bound bound) {
    this.bound = bound;
    this.candidates = bound.candidates();
    this.cost = new int[candidates.size()];
    for (int i = 0; i < cost.length; i++) {
      cost[i] = candidates.cost(i).intValueExact();
    }
  }

  /**
   * Finds the cheapest way to meet each conjunction of a bound's relaxed condition.
   *
   * @param bound the bound, with its conjunctions and measured gains
   * @return the cheapest solution of each conjunction that can be met, cheapest first; empty when
   *     the program does not apply (costs not whole, budget too large, too many conjunctions,
   *     comparisons that do not nest or gains that are not proportional)
   */
  public static Optional<List<Solution>> solve(Bound bound) {
    if (!bound.wholeCosts()) {
      return Optional.empty();
    }
    Candidates c = bound.candidates();
    long budget = 0;
    for (int i = 0; i < c.size(); i++) {
      budget += (long) c.length(i) * c.cost(i).longValueExact();
    }
    if (budget > MOST_BUDGET) {
      return Optional.empty();
    }
    Optional<List<Bound.Conjunction>> conjunctions = bound.conjunctions();
    if (conjunctions.isEmpty()) {
      return Optional.empty();
    }
    Cover cover = new Cover(bound);
    List<Solution> out = new ArrayList<>();
    for (Bound.Conjunction conjunction : conjunctions.get()) {
      Optional<Optional<Solution>> one = cover.cheapest(conjunction);
      if (one.isEmpty()) {
        return Optional.empty();
      }
      one.get().ifPresent(out::add);
    }
    out.sort(Comparator.comparingLong(Solution::cost));
    return Optional.of(out);
  }

  /** A comparison with its gap, its indicators and the comparisons nested in it. */
  private static final class Block {
    final int metric;
    final double gap;
    final BitSet support;
    final List<Block> children = new ArrayList<>();
    double ratio;

    Block(int metric, double gap, BitSet support) {
      this.metric = metric;
      this.gap = gap;
      this.support = support;
    }
  }

  /** What one part of a block was given: a leaf's step count, or a child's budget. */
  private static final class Part {
    final int leaf;
    final @Nullable Block child;
    final double[] before;
    final int[] spent;

    Part(int leaf, @Nullable Block child, double[] before, int[] spent) {
      this.leaf = leaf;
      this.child = child;
      this.before = before;
      this.spent = spent;
    }
  }

  /** The program's tables for a block: its best gain per budget and how each part was given. */
  private record Table(double[] best, List<Part> parts) {}

  /**
   * @return empty when the program does not apply; an empty solution when the conjunction cannot be
   *     met
   */
  private Optional<Optional<Solution>> cheapest(Bound.Conjunction conjunction) {
    Map<Integer, Double> gaps = new TreeMap<>();
    for (Bound.Atom atom : conjunction.atoms()) {
      double gap = atom.threshold() - bound.start(atom.metric());
      if (gap > 0) {
        gaps.merge(atom.metric(), gap, Math::max);
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : gaps.entrySet()) {
      BitSet support = bound.support(e.getKey());
      if (support.isEmpty()) {
        return Optional.of(Optional.empty());
      }
      blocks.add(new Block(e.getKey(), e.getValue(), support));
    }
    // the blocks come in the order of their metrics; the sort keeps it among equal sizes
    blocks.sort(Comparator.comparingInt((Block b) -> -b.support.cardinality()));
    Block root = new Block(-1, NONE, allIndicators());
    List<Block> placed = new ArrayList<>();
    for (Block b : blocks) {
      Block parent = root;
      for (Block p : placed) {
        if (p.support.intersects(b.support)) {
          // a comparison reading indicators outside the one it meets is not proportional to it:
          // those indicators add nothing there
          parent = p;
        }
      }
      if (parent != root && !proportional(parent, b)) {
        return Optional.empty();
      }
      parent.children.add(b);
      placed.add(b);
    }
    Table table = table(root, conjunction.forced());
    int at = -1;
    for (int c = 0; c < table.best.length; c++) {
      if (table.best[c] > NONE) {
        at = c;
        break;
      }
    }
    if (at < 0) {
      return Optional.of(Optional.empty());
    }
    int[] counts = new int[candidates.size()];
    assign(table, at, counts, conjunction.forced());
    long total = 0;
    for (int i = 0; i < counts.length; i++) {
      total += (long) counts[i] * cost[i];
    }
    return Optional.of(Optional.of(new Solution(counts, total)));
  }

  private BitSet allIndicators() {
    BitSet all = new BitSet();
    all.set(0, candidates.size());
    return all;
  }

  /** Whether every step inside {@code child} adds to {@code parent} in one fixed proportion. */
  private boolean proportional(Block parent, Block child) {
    @Nullable Ratio ratio = null;
    for (int i = child.support.nextSetBit(0); i >= 0; i = child.support.nextSetBit(i + 1)) {
      for (int k = 1; k <= candidates.length(i); k++) {
        Ratio inner = bound.exactGain(child.metric, i, k);
        Ratio outer = bound.exactGain(parent.metric, i, k);
        if (inner.isZero()) {
          if (!outer.isZero()) {
            return false;
          }
          continue;
        }
        Ratio r = outer.dividedBy(inner);
        if (ratio == null) {
          ratio = r;
        } else if (!ratio.equals(r)) {
          return false;
        }
      }
    }
    if (ratio == null || ratio.signum() <= 0) {
      return false;
    }
    child.ratio = ratio.toBigDecimal(15, java.math.RoundingMode.HALF_EVEN).doubleValue();
    return true;
  }

  /** Builds a block's table: its free indicators, then its children, then its own gap. */
  private Table table(Block block, Map<Integer, Integer> forced) {
    BitSet free = (BitSet) block.support.clone();
    for (Block child : block.children) {
      free.andNot(child.support);
    }
    double[] acc = {0};
    List<Part> parts = new ArrayList<>();
    for (int i = free.nextSetBit(0); i >= 0; i = free.nextSetBit(i + 1)) {
      boolean helps = block.metric >= 0 && bound.gain(block.metric, i, candidates.length(i)) > 0;
      if (!helps && !forced.containsKey(i)) {
        continue;
      }
      int lowest = forced.containsKey(i) ? forced.get(i) : 0;
      int highest = forced.containsKey(i) ? forced.get(i) : candidates.length(i);
      double[] next = new double[acc.length + highest * cost[i]];
      int[] spent = new int[next.length];
      Arrays.fill(next, NONE);
      for (int c = 0; c < next.length; c++) {
        for (int k = lowest; k <= highest && k * cost[i] <= c; k++) {
          int from = Math.min(c - k * cost[i], acc.length - 1);
          double g = acc[from] + (helps ? bound.gain(block.metric, i, k) : 0);
          if (g > next[c]) {
            next[c] = g;
            spent[c] = k;
          }
        }
      }
      parts.add(new Part(i, null, acc, spent));
      acc = next;
    }
    for (Block child : block.children) {
      Table inner = table(child, forced);
      double scale = block.metric >= 0 ? child.ratio : 0;
      double[] next = new double[acc.length + inner.best.length - 1];
      int[] spent = new int[next.length];
      Arrays.fill(next, NONE);
      for (int c = 0; c < next.length; c++) {
        for (int c1 = 0; c1 < inner.best.length && c1 <= c; c1++) {
          // a budget that meets nothing is NONE, and so is any sum with it
          int from = Math.min(c - c1, acc.length - 1);
          double g = acc[from] + scale * inner.best[c1];
          if (g > next[c]) {
            next[c] = g;
            spent[c] = c1;
          }
        }
      }
      parts.add(new Part(-1, child, acc, spent));
      childTables.put(child, inner);
      acc = next;
    }
    if (block.metric >= 0) {
      for (int c = 0; c < acc.length; c++) {
        if (acc[c] < block.gap) {
          acc[c] = NONE;
        }
      }
    }
    return new Table(acc, parts);
  }

  /** Walks a table back from a budget, giving each part what it was given. */
  private void assign(Table table, int budget, int[] counts, Map<Integer, Integer> forced) {
    int left = budget;
    for (int t = table.parts.size() - 1; t >= 0; t--) {
      Part part = table.parts.get(t);
      int at = Math.min(left, part.spent.length - 1);
      int given = part.spent[at];
      Block child = part.child;
      if (child == null) {
        counts[part.leaf] = given;
        left = at - given * cost[part.leaf];
      } else {
        assign(java.util.Objects.requireNonNull(childTables.get(child)), given, counts, forced);
        left = at - given;
      }
    }
  }
}
