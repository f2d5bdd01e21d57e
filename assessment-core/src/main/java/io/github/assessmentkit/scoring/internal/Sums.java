package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.scoring.Part;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Arithmetic and wording shared by the built-in strategies. */
final class Sums {
  static final BigDecimal ZERO_POINTS = BigDecimal.ZERO.setScale(Decimals.POINTS_SCALE);

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
            .map(
                p ->
                    p.id()
                        + " "
                        + (p.earned() == null ? "(unrated) 0" : p.earned().toPlainString()))
            .collect(Collectors.joining(" + "))
        + " = "
        + total.toPlainString();
  }

  static String fractionOf(Part p) {
    return p.fraction() == null ? "(unrated)" : Decimals.plain(p.fraction());
  }
}
