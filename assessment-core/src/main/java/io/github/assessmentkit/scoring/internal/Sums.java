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
        appendFraction(line.append(separator).append(p.id()).append(' '), p);
        separator = ", ";
      }
    }
    appendFraction(line.append(") = ").append(lowest.id()).append(' '), lowest).append("; × ");
    Decimals.appendPlain(line, possible).append(" = ");
    return Decimals.appendPlain(line, earned).toString();
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
    StringBuilder line = new StringBuilder(16 + 24 * parts.size());
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (i > 0) {
        line.append(" + ");
      }
      line.append(p.id()).append(' ');
      if (p.earned() == null) {
        line.append(UNRATED);
      } else {
        Decimals.appendPlain(line, p.earned());
      }
    }
    return Decimals.appendPlain(line.append(" = "), total).toString();
  }

  static String fractionOf(Part p) {
    return p.fraction() == null ? UNRATED : Decimals.plain(p.fraction());
  }

  /** Appends what {@link #fractionOf} gives. */
  private static StringBuilder appendFraction(StringBuilder out, Part p) {
    return p.fraction() == null ? out.append(UNRATED) : Decimals.appendStripped(out, p.fraction());
  }
}
