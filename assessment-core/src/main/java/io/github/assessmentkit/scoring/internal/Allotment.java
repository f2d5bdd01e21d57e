package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;

/**
 * Shares a node's points among its parts by weight, exactly: part {@code i} gets {@code possible ×
 * w_i ÷ Σ w}, and its share is {@code w_i ÷ Σ w}. When every weight is 0 the parts share equally,
 * so a criterion weighted 0 (reported, not counted) still has a percent.
 */
final class Allotment {
  private Allotment() {}

  /**
   * Shares points among parts that all count.
   *
   * @param possible the points to share
   * @param weights each part's weight, 0 or more
   * @return the parts' points (index 0) and shares (index 1)
   */
  static Ratio[][] nominal(Ratio possible, Ratio[] weights) {
    int n = weights.length;
    Ratio[] points = new Ratio[n];
    Ratio[] shares = new Ratio[n];
    Ratio sum = Ratio.ZERO;
    for (Ratio w : weights) {
      sum = sum.plus(w);
    }
    for (int i = 0; i < n; i++) {
      shares[i] = sum.isZero() ? Ratio.of(1, n) : weights[i].dividedBy(sum);
      points[i] = possible.times(shares[i]);
    }
    return new Ratio[][] {points, shares};
  }
}
