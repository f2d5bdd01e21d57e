package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.spi.Part;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Arithmetic and wording shared by the built-in strategies. */
final class Sums {
  static final BigDecimal ZERO_POINTS = BigDecimal.ZERO.setScale(Decimals.POINTS_SCALE);

  /**
   * How a calculation shows a part that has no rating. Calculations use numbers and symbols only,
   * so they read the same in Thai and English; the words are in the strategy's rule.
   */
  static final String UNRATED = "—";

  /** The calculation of a node with no rated part. */
  static final String NOTHING_RATED = UNRATED + " = " + ZERO_POINTS.toPlainString();

  static String lowest(List<Part> parts, Part lowest, BigDecimal possible, BigDecimal earned) {
    return "min("
        + parts.stream()
            .filter(Part::isRated)
            .map(p -> p.id() + " " + fractionOf(p))
            .collect(Collectors.joining(", "))
        + ") = "
        + lowest.id()
        + " "
        + fractionOf(lowest)
        + "; × "
        + possible.toPlainString()
        + " = "
        + earned.toPlainString();
  }

  private Sums() {}

  static BigDecimal earned(List<Part> parts) {
    BigDecimal sum = ZERO_POINTS;
    for (Part p : parts) {
      if (p.earned() != null) {
        sum = sum.add(p.earned());
      }
    }
    return sum;
  }

  static String sumLine(List<Part> parts, BigDecimal total) {
    return parts.stream()
            .map(p -> p.id() + " " + (p.earned() == null ? UNRATED : p.earned().toPlainString()))
            .collect(Collectors.joining(" + "))
        + " = "
        + total.toPlainString();
  }

  static String fractionOf(Part p) {
    return p.fraction() == null ? UNRATED : Decimals.plain(p.fraction());
  }
}
