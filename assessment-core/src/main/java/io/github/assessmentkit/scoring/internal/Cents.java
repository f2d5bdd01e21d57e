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
  /** Scratch: the shown cents of the last split, and which parts may still take a cent. */
  private long[] shown;

  private boolean[] open;
  private int openCount;

  /**
   * Creates a splitter whose scratch space grows as needed; one per scoring run, not shared.
   *
   * @param capacity the most parts a split is expected to have
   */
  Cents(int capacity) {
    this.shown = new long[Math.max(1, capacity)];
    this.open = new boolean[Math.max(1, capacity)];
  }

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

    /** {@return whether part i earns all it may: its exact earned equals its exact possible} */
    boolean full(int i);

    /**
     * {@return whether part i shows more possible cents than its exact possible points: a part that
     * took a cent left over, which may best give one back}
     *
     * @param i the part
     * @param shownPossible the cents it shows possible
     */
    boolean roundedUp(int i, long shownPossible);
  }

  /**
   * Splits shown cents among parts by their exact values with the largest-remainder method.
   *
   * @param whole the shown cents of the whole
   * @param exact the exact values of the parts
   * @param caps the most cents each part may show, or {@code null} for no limit
   * @return the shown cents of each part (the first {@code exact.size()}), adding up to {@code
   *     whole} unless the caps forbid it; valid until the next split
   */
  long[] split(long whole, Exact exact, long @Nullable [] caps) {
    int n = exact.size();
    if (shown.length < n) {
      shown = new long[n];
      open = new boolean[n];
    }
    openCount = 0;
    long assigned = 0;
    for (int i = 0; i < n; i++) {
      long floor = exact.floor(i);
      boolean clamped = caps != null && floor >= caps[i];
      if (clamped) {
        floor = caps[i];
      }
      shown[i] = floor;
      assigned += floor;
      open[i] = !clamped && exact.hasRemainder(i);
      if (open[i]) {
        openCount++;
      }
    }
    long left = whole - assigned;
    if (left < 0) {
      trim(n, -left, exact);
      return shown;
    }
    while (left > 0 && openCount > 0) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (open[i] && (best < 0 || exact.compareRemainders(i, best) > 0)) {
          best = i;
        }
      }
      // an open part was cut below its cap (else it was held at the cap, closed), so it has room
      open[best] = false;
      openCount--;
      shown[best]++;
      left--;
    }
    if (left > 0) {
      spread(n, left, exact, caps);
    }
    return shown;
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
  long[] splitEarned(long whole, Exact exact, long[] possible) {
    int n = exact.size();
    split(whole, exact, possible);
    long left = whole;
    for (int i = 0; i < n; i++) {
      left -= shown[i];
    }
    while (left > 0) {
      int taker = -1;
      for (int i = 0; i < n && taker < 0; i++) {
        if (exact.earns(i) && shown[i] == possible[i]) {
          taker = i;
        }
      }
      // the cent of possible comes from a part with room to spare, one that was rounded up first,
      // so that every shown value stays as near its exact one as it can
      int giver = -1;
      for (int i = 0; i < n; i++) {
        if (i != taker && possible[i] > shown[i]) {
          if (giver < 0
              || (exact.roundedUp(i, possible[i]) && !exact.roundedUp(giver, possible[giver]))) {
            giver = i;
          }
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
    // a part that earns all it may shows all it may: a cent moves to it from a part that earns
    // less than all, the one that was rounded up the most (the smallest remainder first)
    for (int i = 0; i < n; i++) {
      while (exact.full(i) && shown[i] < possible[i]) {
        int giver = -1;
        for (int j = 0; j < n; j++) {
          if (j != i && !exact.full(j) && shown[j] > 0 && (giver < 0 || smaller(exact, j, giver))) {
            giver = j;
          }
        }
        if (giver < 0) {
          break;
        }
        shown[giver]--;
        shown[i]++;
      }
    }
    return shown;
  }

  /**
   * Takes cents back when the whole shows less than its parts' cut values: this happens only below
   * a node that gave a cent of possible to a sibling (see {@link #splitEarned}). The cents come
   * from the parts with the smallest remainders, each showing at least one cent.
   */
  private void trim(int n, long over, Exact exact) {
    long left = over;
    while (left > 0) {
      int pick = -1;
      for (int i = 0; i < n; i++) {
        if (shown[i] > 0 && (pick < 0 || smaller(exact, i, pick))) {
          pick = i;
        }
      }
      if (pick < 0) {
        break;
      }
      shown[pick]--;
      left--;
    }
  }

  /** Whether part i's remainder is smaller than part j's, a part with none counting as 0. */
  private boolean smaller(Exact exact, int i, int j) {
    if (!open[i]) {
      return open[j];
    }
    return open[j] && exact.compareRemainders(i, j) < 0;
  }

  /**
   * Gives cents still left, held back by the caps, to parts that earn something and may take one.
   */
  private void spread(int n, long left, Exact exact, long @Nullable [] caps) {
    long rest = left;
    boolean moved = true;
    while (rest > 0 && moved) {
      moved = false;
      for (int i = 0; i < n && rest > 0; i++) {
        if (exact.earns(i) && (caps == null || shown[i] + 1 <= caps[i])) {
          shown[i]++;
          rest--;
          moved = true;
        }
      }
    }
  }
}
