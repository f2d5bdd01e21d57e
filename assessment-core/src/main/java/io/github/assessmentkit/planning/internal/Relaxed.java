package io.github.assessmentkit.planning.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a goal's relaxed condition that need no measured gain: a part decided once, any of
 * some parts, all of some parts. Each gives a lower bound of the cost still needed, the indicators
 * whose steps may help it, and itself as conjunctions for {@link Cover}.
 */
final class Relaxed {
  /** The most conjunctions a relaxed condition is written as for {@link Cover}. */
  static final int MOST_CONJUNCTIONS = 256;

  private Relaxed() {}

  /** A part of the relaxed condition. */
  abstract static class Node {
    private @Nullable BitSet known;

    /** The bound of this part. */
    abstract double lower(int[] counts, double[] values, boolean whole);

    /** The indicators whose steps may help this part, worked out once every chain is measured. */
    abstract BitSet helpers();

    /** This part as conjunctions, or null when there would be too many. */
    abstract @Nullable List<Bound.Conjunction> dnf();

    final BitSet support() {
      BitSet s = known;
      if (s == null) {
        s = helpers();
        known = s;
      }
      return s;
    }
  }

  static final class Fixed extends Node {
    private final boolean met;

    Fixed(boolean met) {
      this.met = met;
    }

    @Override
    double lower(int[] counts, double[] values, boolean whole) {
      return met ? 0 : Bound.NEVER;
    }

    @Override
    BitSet helpers() {
      return new BitSet();
    }

    @Override
    List<Bound.Conjunction> dnf() {
      return met ? List.of(new Bound.Conjunction(List.of(), Map.of())) : List.of();
    }
  }

  static final class AnyOf extends Node {
    private final List<Node> parts;

    AnyOf(List<Node> parts) {
      this.parts = parts;
    }

    @Override
    double lower(int[] counts, double[] values, boolean whole) {
      double least = Bound.NEVER;
      for (Node p : parts) {
        least = Math.min(least, p.lower(counts, values, whole));
      }
      return least;
    }

    @Override
    BitSet helpers() {
      BitSet all = new BitSet();
      parts.forEach(p -> all.or(p.support()));
      return all;
    }

    @Override
    @Nullable List<Bound.Conjunction> dnf() {
      List<Bound.Conjunction> out = new ArrayList<>();
      for (Node p : parts) {
        List<Bound.Conjunction> some = p.dnf();
        if (some == null || out.size() + some.size() > MOST_CONJUNCTIONS) {
          return null;
        }
        out.addAll(some);
      }
      return out;
    }
  }

  /**
   * All of some parts: parts that no indicator helps together need separate steps, so their bounds
   * add up. The parts are taken largest bound first, each one whose indicators no part taken shares
   * is added; a part sharing indicators with one taken counts only through the largest, which is
   * never below it. Every set of parts with disjoint indicators gives a bound, so the sum found is
   * one.
   */
  static final class AllOf extends Node {
    private final List<Node> parts;

    AllOf(List<Node> parts) {
      this.parts = parts;
    }

    @Override
    double lower(int[] counts, double[] values, boolean whole) {
      int size = parts.size();
      double[] lows = new double[size];
      Integer[] order = new Integer[size];
      for (int k = 0; k < size; k++) {
        lows[k] = parts.get(k).lower(counts, values, whole);
        if (lows[k] == Bound.NEVER) {
          return Bound.NEVER;
        }
        order[k] = k;
      }
      Arrays.sort(order, (a, b) -> Double.compare(lows[b], lows[a]));
      BitSet taken = new BitSet();
      double sum = 0;
      for (int k : order) {
        BitSet own = parts.get(k).support();
        if (!own.intersects(taken)) {
          sum += lows[k];
          taken.or(own);
        }
      }
      return sum;
    }

    @Override
    BitSet helpers() {
      BitSet all = new BitSet();
      parts.forEach(p -> all.or(p.support()));
      return all;
    }

    @Override
    @Nullable List<Bound.Conjunction> dnf() {
      List<Bound.Conjunction> out = List.of(new Bound.Conjunction(List.of(), Map.of()));
      for (Node p : parts) {
        List<Bound.Conjunction> some = p.dnf();
        if (some == null || (long) out.size() * some.size() > MOST_CONJUNCTIONS) {
          return null;
        }
        List<Bound.Conjunction> next = new ArrayList<>();
        for (Bound.Conjunction a : out) {
          for (Bound.Conjunction b : some) {
            Bound.Conjunction both = join(a, b);
            if (both != null) {
              next.add(both);
            }
          }
        }
        out = next;
      }
      return out;
    }

    /** Both conjunctions at once, or null when they force one indicator to two step counts. */
    private static Bound.@Nullable Conjunction join(Bound.Conjunction a, Bound.Conjunction b) {
      Map<Integer, Integer> forced = new HashMap<>(a.forced());
      for (Map.Entry<Integer, Integer> e : b.forced().entrySet()) {
        Integer was = forced.put(e.getKey(), e.getValue());
        if (was != null && !was.equals(e.getValue())) {
          return null;
        }
      }
      List<Bound.Atom> atoms = new ArrayList<>(a.atoms());
      atoms.addAll(b.atoms());
      return new Bound.Conjunction(atoms, forced);
    }
  }
}
