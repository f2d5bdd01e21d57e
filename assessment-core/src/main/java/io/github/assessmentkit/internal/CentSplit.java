package io.github.assessmentkit.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link Allocation}'s largest-remainder split in whole numbers: the whole in cents and the weights
 * brought to one scale, as {@code long}s. Each part's exact share is {@code cents × w / W}; its
 * floor and remainder are a quotient and a remainder, and remainders over the same {@code W} order
 * the parts exactly as the decimal remainders do.
 */
final class CentSplit {
  /** Digits a factor may have so that no product or sum here leaves a {@code long}. */
  private static final int MAX_DIGITS = 18;

  private CentSplit() {}

  /**
   * Splits, or gives up when a number does not fit.
   *
   * @param whole the points to split
   * @param weights the weights, at least one
   * @return the shares, or {@code null} when the numbers are too large or not plain
   */
  static @Nullable List<BigDecimal> split(BigDecimal whole, List<BigDecimal> weights) {
    if (whole.signum() < 0
        || whole.scale() > Decimals.POINTS_SCALE
        || whole.precision() - whole.scale() + Decimals.POINTS_SCALE > MAX_DIGITS) {
      return null;
    }
    int n = weights.size();
    int scale = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal w = weights.get(i);
      if (w.signum() < 0) {
        return null;
      }
      scale = Math.max(scale, w.scale());
    }
    long[] units = new long[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal w = weights.get(i);
      if (w.signum() != 0 && w.precision() - w.scale() + scale > MAX_DIGITS) {
        return null;
      }
      units[i] = w.movePointRight(scale).longValue();
      total += units[i];
      if (total < 0) {
        return null;
      }
    }
    if (total == 0) {
      Arrays.fill(units, 1L);
      total = n;
    }
    long cents = whole.movePointRight(Decimals.POINTS_SCALE).longValue();
    try {
      return shares(cents, units, total);
    } catch (ArithmeticException tooLarge) {
      return null;
    }
  }

  private static List<BigDecimal> shares(long cents, long[] units, long total) {
    int n = units.length;
    long[] floors = new long[n];
    long[] remainders = new long[n];
    long left = cents;
    for (int i = 0; i < n; i++) {
      long product = Math.multiplyExact(cents, units[i]);
      floors[i] = product / total;
      remainders[i] = product % total;
      left -= floors[i];
    }
    int[] order = byRemainder(remainders);
    for (long k = 0; k < left; k++) {
      floors[order[(int) (k % n)]]++;
    }
    BigDecimal[] shares = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      shares[i] = BigDecimal.valueOf(floors[i], Decimals.POINTS_SCALE);
    }
    return List.of(shares);
  }

  /** Indexes by remainder, largest first; equal remainders keep their order. */
  private static int[] byRemainder(long[] remainders) {
    int n = remainders.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      int j = i;
      while (j > 0 && remainders[order[j - 1]] < remainders[i]) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    return order;
  }
}
