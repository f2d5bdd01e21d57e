package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.spi.Part;
import java.math.BigDecimal;
import java.util.List;

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
    StringBuilder line = new StringBuilder("min(");
    String separator = "";
    for (Part p : parts) {
      if (p.isRated()) {
        line.append(separator).append(p.id()).append(' ').append(fractionOf(p));
        separator = ", ";
      }
    }
    return line.append(") = ")
        .append(lowest.id())
        .append(' ')
        .append(fractionOf(lowest))
        .append("; × ")
        .append(possible.toPlainString())
        .append(" = ")
        .append(earned.toPlainString())
        .toString();
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
    StringBuilder line = new StringBuilder();
    for (Part p : parts) {
      if (line.length() > 0) {
        line.append(" + ");
      }
      line.append(p.id())
          .append(' ')
          .append(p.earned() == null ? UNRATED : p.earned().toPlainString());
    }
    return line.append(" = ").append(total.toPlainString()).toString();
  }

  static String fractionOf(Part p) {
    return p.fraction() == null ? UNRATED : Decimals.plain(p.fraction());
  }
}
