package io.github.assessmentkit.scoring.internal;

import org.jspecify.annotations.Nullable;

/**
 * The one rounding scoring makes for display, on whole cents: a node's shown points are shared
 * among its parts by the largest-remainder method. Each part shows its exact points cut to whole
 * cents; the cents left go one each to the parts with the largest remainders, the first in rubric
 * order on a tie, so the parts' shown points add up exactly to the node's. No part shows more
 * earned than it shows possible. Both ways of scoring ({@link Shown} on ratios, {@link UnitShown}
 * on whole units) round through here, so they show the same cents.
 */
final class Cents {
  private Cents() {}

  /** What the rounding needs to know of the parts' exact values. */
  interface Exact {
    /** {@return how many parts there are} */
    int size();

    /** {@return part i's exact value times 100, cut to a whole number} */
    long floor(int i);

    /** {@return whether part i's exact value times 100 is not a whole number} */
    boolean hasRemainder(int i);

    /** {@return the order of parts i's and j's remainders, as {@link Comparable#compareTo}} */
    int compareRemainders(int i, int j);

    /** {@return whether part i's exact value is above 0} */
    boolean earns(int i);
  }

  /**
   * Splits shown cents among parts by their exact values with the largest-remainder method.
   *
   * @param whole the shown cents of the whole
   * @param exact the exact values of the parts
   * @param caps the most cents each part may show, or {@code null} for no limit
   * @return the shown cents of each part, adding up to {@code whole} (unless the caps forbid it)
   */
  static long[] split(long whole, Exact exact, long @Nullable [] caps) {
    int n = exact.size();
    long[] shown = new long[n];
    if (n == 0) {
      return shown;
    }
    Open open = n <= 64 ? new Bits() : new Flags(n);
    long assigned = 0;
    for (int i = 0; i < n; i++) {
      long floor = exact.floor(i);
      boolean clamped = caps != null && floor >= caps[i];
      if (clamped) {
        floor = caps[i];
      }
      shown[i] = floor;
      assigned += floor;
      if (!clamped && exact.hasRemainder(i)) {
        open.set(i);
      }
    }
    long left = whole - assigned;
    if (left < 0) {
      return trim(shown, -left, exact, open);
    }
    while (left > 0 && open.any()) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (open.is(i) && (best < 0 || exact.compareRemainders(i, best) > 0)) {
          best = i;
        }
      }
      open.clear(best);
      if (caps == null || shown[best] + 1 <= caps[best]) {
        shown[best]++;
        left--;
      }
    }
    return left > 0 ? spread(shown, left, exact, caps) : shown;
  }

  /** Which parts still have a remainder that may take a cent. */
  private interface Open {
    void set(int i);

    void clear(int i);

    boolean is(int i);

    boolean any();
  }

  /** Up to 64 parts, in one word: nothing more to allocate. */
  private static final class Bits implements Open {
    private long bits;

    @Override
    public void set(int i) {
      bits |= 1L << i;
    }

    @Override
    public void clear(int i) {
      bits &= ~(1L << i);
    }

    @Override
    public boolean is(int i) {
      return (bits & (1L << i)) != 0;
    }

    @Override
    public boolean any() {
      return bits != 0;
    }
  }

  /** More parts. */
  private static final class Flags implements Open {
    private final boolean[] flags;
    private int count;

    Flags(int n) {
      this.flags = new boolean[n];
    }

    @Override
    public void set(int i) {
      if (!flags[i]) {
        flags[i] = true;
        count++;
      }
    }

    @Override
    public void clear(int i) {
      if (flags[i]) {
        flags[i] = false;
        count--;
      }
    }

    @Override
    public boolean is(int i) {
      return flags[i];
    }

    @Override
    public boolean any() {
      return count > 0;
    }
  }

  /**
   * Splits a node's shown earned cents among its parts, none showing more than it shows possible.
   * When a part that earns something is held at what it shows possible while cents are left, one
   * cent of possible moves to it from a part showing more possible than earned, so that both the
   * possible and the earned cents still add up.
   *
   * @param whole the node's shown earned cents
   * @param exact the parts' exact earned points
   * @param possible the parts' shown possible cents, changed where a cent moves
   * @return the parts' shown earned cents
   */
  static long[] splitEarned(long whole, Exact exact, long[] possible) {
    long[] shown = split(whole, exact, possible);
    long left = whole;
    for (long s : shown) {
      left -= s;
    }
    while (left > 0) {
      int taker = -1;
      for (int i = 0; i < shown.length && taker < 0; i++) {
        if (exact.earns(i) && shown[i] == possible[i]) {
          taker = i;
        }
      }
      int giver = -1;
      for (int i = 0; i < shown.length && giver < 0; i++) {
        if (i != taker && possible[i] > shown[i]) {
          giver = i;
        }
      }
      if (taker < 0 || giver < 0) {
        break;
      }
      possible[giver]--;
      possible[taker]++;
      shown[taker]++;
      left--;
    }
    return shown;
  }

  /**
   * Takes cents back when the whole shows less than its parts' cut values: this happens only below
   * a node that gave a cent of possible to a sibling (see {@link #splitEarned}). The cents come
   * from the parts with the smallest remainders, each showing at least one cent.
   */
  private static long[] trim(long[] shown, long over, Exact exact, Open open) {
    long left = over;
    while (left > 0) {
      int pick = -1;
      for (int i = 0; i < shown.length; i++) {
        if (shown[i] > 0 && (pick < 0 || smaller(exact, open, i, pick))) {
          pick = i;
        }
      }
      if (pick < 0) {
        break;
      }
      shown[pick]--;
      left--;
    }
    return shown;
  }

  /** Whether part i's remainder is smaller than part j's, a part with none counting as 0. */
  private static boolean smaller(Exact exact, Open open, int i, int j) {
    if (!open.is(i)) {
      return open.is(j);
    }
    return open.is(j) && exact.compareRemainders(i, j) < 0;
  }

  /**
   * Gives cents still left, held back by the caps, to parts that earn something and may take one.
   */
  private static long[] spread(long[] shown, long left, Exact exact, long @Nullable [] caps) {
    long rest = left;
    boolean moved = true;
    while (rest > 0 && moved) {
      moved = false;
      for (int i = 0; i < shown.length && rest > 0; i++) {
        if (exact.earns(i) && (caps == null || shown[i] + 1 <= caps[i])) {
          shown[i]++;
          rest--;
          moved = true;
        }
      }
    }
    return shown;
  }
}
