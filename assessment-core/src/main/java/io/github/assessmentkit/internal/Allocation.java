package io.github.assessmentkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Splits points among parts in proportion to weights so that the shares, each with two decimal
 * places, add up to the whole exactly (the largest-remainder method; ties go to the earlier part).
 * When every weight is zero (say, the only applicable parts left are zero-point criteria) the parts
 * share equally, so the whole is never lost.
 *
 * <p>When the whole in cents and the weights, brought to one scale, fit in a {@code long}, the
 * split is done in whole numbers ({@link CentSplit}); otherwise in decimals to twenty places. Both
 * give the same shares: the remainders the decimal way compares differ by at least one over the
 * total weight, far more than its rounding.
 */
public final class Allocation {
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private Allocation() {}

  /**
   * Splits {@code whole} in proportion to {@code weights}.
   *
   * @param whole the points to split, with at most two decimal places
   * @param weights the weights, each zero or more
   * @return one share per weight, in order, adding up to {@code whole}
   */
  public static List<BigDecimal> split(BigDecimal whole, List<BigDecimal> weights) {
    if (weights.isEmpty()) {
      return List.of();
    }
    List<BigDecimal> shares = CentSplit.split(whole, weights);
    return shares != null ? shares : splitDecimal(whole, weights);
  }

  /**
   * Splits in decimals to twenty places: the definition the whole-number split is checked against.
   *
   * @param whole the points to split
   * @param weights the weights, at least one
   * @return one share per weight
   */
  static List<BigDecimal> splitDecimal(BigDecimal whole, List<BigDecimal> weights) {
    BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() == 0) {
      return splitDecimal(whole, Collections.nCopies(weights.size(), BigDecimal.ONE));
    }
    BigDecimal cents = whole.movePointRight(Decimals.POINTS_SCALE);
    List<BigDecimal> floors = new ArrayList<>(weights.size());
    List<BigDecimal> remainders = new ArrayList<>(weights.size());
    BigDecimal assigned = BigDecimal.ZERO;
    for (BigDecimal weight : weights) {
      BigDecimal exact = cents.multiply(weight).divide(total, 20, Decimals.ROUNDING);
      BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
      floors.add(floor);
      remainders.add(exact.subtract(floor));
      assigned = assigned.add(floor);
    }
    int left = cents.setScale(0, RoundingMode.FLOOR).subtract(assigned).intValueExact();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> remainders.get(i))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    for (int k = 0; k < left; k++) {
      int i = order.get(k % order.size());
      floors.set(i, floors.get(i).add(BigDecimal.ONE));
    }
    List<BigDecimal> shares = new ArrayList<>(weights.size());
    for (BigDecimal floor : floors) {
      shares.add(floor.multiply(CENT).setScale(Decimals.POINTS_SCALE));
    }
    return List.copyOf(shares);
  }
}
