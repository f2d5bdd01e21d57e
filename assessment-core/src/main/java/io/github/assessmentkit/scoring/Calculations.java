package io.github.assessmentkit.scoring;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.spi.Formula;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Formula} to the text of {@link Explanation#calculation()}. Calculations use
 * numbers and symbols only, so they read the same in Thai and English; the words are in the
 * strategy's rule.
 */
final class Calculations {
  /** How a calculation shows a part that has no rating. */
  static final String UNRATED = "—";

  private Calculations() {}

  static String render(
      Formula formula,
      List<Term> terms,
      BigDecimal possible,
      BigDecimal earned,
      @Nullable Ratio fraction) {
    StringBuilder out = new StringBuilder(16 + 24 * terms.size());
    formula.accept(
        new Formula.Visitor<StringBuilder>() {
          @Override
          public StringBuilder visitSum(Formula.Sum f) {
            sum(out, terms, earned);
            return out;
          }

          @Override
          public StringBuilder visitMean(Formula.Mean f) {
            mean(out, terms, possible, earned, fraction);
            return out;
          }

          @Override
          public StringBuilder visitLowest(Formula.Lowest f) {
            lowest(out, terms, f.partId(), possible, earned);
            return out;
          }

          @Override
          public StringBuilder visitAllMet(Formula.AllMet f) {
            allMet(out, terms, f.failingPartId(), possible, earned);
            return out;
          }

          @Override
          public StringBuilder visitCountMet(Formula.CountMet f) {
            out.append(f.met()).append(" / ").append(f.counted()).append(" × ");
            Decimals.appendPlain(out, possible).append(" = ");
            return Decimals.appendPlain(out, earned);
          }

          @Override
          public StringBuilder visitBand(Formula.Band f) {
            band(out, terms, f.partId(), possible, earned);
            return out;
          }

          @Override
          public StringBuilder visitWritten(Formula.Written f) {
            return out.append(f.text());
          }
        });
    return out.toString();
  }

  private static void sum(StringBuilder out, List<Term> terms, BigDecimal earned) {
    if (terms.isEmpty()) {
      out.append(UNRATED);
    }
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (i > 0) {
        out.append(" + ");
      }
      out.append(t.id()).append(' ');
      if (t.earned() == null) {
        out.append(UNRATED);
      } else {
        Decimals.appendPlain(out, t.earned());
      }
    }
    Decimals.appendPlain(out.append(" = "), earned);
  }

  private static void mean(
      StringBuilder out,
      List<Term> terms,
      BigDecimal possible,
      BigDecimal earned,
      @Nullable Ratio fraction) {
    BigDecimal weights = BigDecimal.ZERO;
    String separator = "";
    out.append('(');
    for (Term t : terms) {
      Ratio f = counted(t);
      if (f != null) {
        Decimals.appendPlain(out.append(separator), t.possible()).append('×');
        fraction(out, f);
        weights = weights.add(t.possible());
        separator = " + ";
      }
    }
    if (separator.isEmpty()) {
      out.setLength(0);
      Decimals.appendPlain(out.append(UNRATED).append(" = "), earned);
      return;
    }
    Decimals.appendPlain(out.append(") / "), weights).append(" = ");
    fraction(out, fraction == null ? Ratio.ZERO : fraction).append("; × ");
    Decimals.appendPlain(out, possible).append(" = ");
    Decimals.appendPlain(out, earned);
  }

  private static void lowest(
      StringBuilder out, List<Term> terms, String partId, BigDecimal possible, BigDecimal earned) {
    Term lowest = null;
    out.append("min(");
    String separator = "";
    for (Term t : terms) {
      Ratio f = counted(t);
      if (f != null) {
        fraction(out.append(separator).append(t.id()).append(' '), f);
        separator = ", ";
      }
      if (t.id().equals(partId)) {
        lowest = t;
      }
    }
    Ratio least = lowest == null ? null : counted(lowest);
    out.append(") = ").append(partId).append(' ');
    fraction(out, least == null ? Ratio.ZERO : least);
    Decimals.appendPlain(out.append("; × "), possible).append(" = ");
    Decimals.appendPlain(out, earned);
  }

  private static void allMet(
      StringBuilder out,
      List<Term> terms,
      @Nullable String failing,
      BigDecimal possible,
      BigDecimal earned) {
    if (failing == null) {
      out.append("min(");
      for (int i = 0; i < terms.size(); i++) {
        Term t = terms.get(i);
        out.append(i == 0 ? "" : ", ").append(t.id()).append(' ');
        fractionOrUnrated(out, t);
      }
      Decimals.appendPlain(out.append(") = 1 → "), possible);
      return;
    }
    out.append(failing).append(' ');
    for (Term t : terms) {
      if (t.id().equals(failing)) {
        fractionOrUnrated(out, t);
      }
    }
    Decimals.appendPlain(out.append(" ≠ 1 → "), earned);
  }

  private static void band(
      StringBuilder out, List<Term> terms, String partId, BigDecimal possible, BigDecimal earned) {
    for (Term t : terms) {
      if (t.id().equals(partId)) {
        if (t.fraction() == null) {
          Decimals.appendPlain(out.append(UNRATED).append(" = "), earned);
          return;
        }
        fraction(out, t.fraction().times(100)).append('%');
      }
    }
    Decimals.appendPlain(out.append(" × "), possible).append(" = ");
    Decimals.appendPlain(out, earned);
  }

  /**
   * The fraction a term counts at: its own, or 0 for an unrated part that kept its points (counted
   * as zero); {@code null} for an unrated part that left the calculation.
   */
  private static @Nullable Ratio counted(Term t) {
    if (t.fraction() != null) {
      return t.fraction();
    }
    return t.possible().signum() > 0 ? Ratio.ZERO : null;
  }

  private static void fractionOrUnrated(StringBuilder out, Term t) {
    if (t.fraction() == null) {
      out.append(UNRATED);
    } else {
      fraction(out, t.fraction());
    }
  }

  /** Appends an exact fraction: as a decimal when it ends, else as a ratio. */
  static StringBuilder fraction(StringBuilder out, Ratio value) {
    return out.append(Decimals.plain(value));
  }
}
