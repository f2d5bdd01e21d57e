package io.github.assessmentkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that says how the library rounds. Points are kept to two decimal places and rounded
 * half-even once, where a fraction turns into points; fractions to ten places; percents shown to
 * two places. Sums of points are exact and never rounded again.
 */
public final class Decimals {
  /** Decimal places of points. */
  public static final int POINTS_SCALE = 2;

  /** Decimal places of a fraction between 0 and 1. */
  public static final int FRACTION_SCALE = 10;

  /** Decimal places of a percent. */
  public static final int PERCENT_SCALE = 2;

  /** The rounding mode used everywhere. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Digits a value may have to be written from a {@code long}. */
  private static final int LONG_DIGITS = 18;

  private Decimals() {}

  /**
   * Rounds points to two decimal places, half-even.
   *
   * @param value the value
   * @return the rounded value
   */
  public static BigDecimal points(BigDecimal value) {
    return value.setScale(POINTS_SCALE, ROUNDING);
  }

  /**
   * Divides to a fraction with ten decimal places, half-even.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the quotient
   */
  public static BigDecimal fraction(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, FRACTION_SCALE, ROUNDING);
  }

  /**
   * Gives {@code part} as a percent of {@code whole} with two decimal places; zero when the whole
   * is zero.
   *
   * @param part the part
   * @param whole the whole
   * @return the percent
   */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return BigDecimal.ZERO.setScale(PERCENT_SCALE);
    }
    return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, ROUNDING);
  }

  /**
   * Turns a fraction of possible points into points, rounded to two places.
   *
   * @param fraction a fraction between 0 and 1
   * @param possible the possible points
   * @return the earned points
   */
  public static BigDecimal earned(BigDecimal fraction, BigDecimal possible) {
    return points(fraction.multiply(possible));
  }

  /**
   * Strips trailing zeros for display without switching to exponent notation.
   *
   * @param value the value
   * @return its plain string
   */
  public static String plain(BigDecimal value) {
    // a negative scale (1E+3) is written out in full (1000) by toPlainString itself
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * Appends a value as {@link BigDecimal#toPlainString()} writes it, without the intermediate
   * strings when the value has at most eighteen digits and no negative scale.
   *
   * @param out where to write
   * @param value the value
   * @return {@code out}
   */
  public static StringBuilder appendPlain(StringBuilder out, BigDecimal value) {
    int scale = value.scale();
    if (scale < 0 || scale > LONG_DIGITS || value.precision() > LONG_DIGITS) {
      return out.append(value.toPlainString());
    }
    long unscaled = value.scaleByPowerOfTen(scale).longValue();
    if (unscaled < 0) {
      out.append('-');
      unscaled = -unscaled;
    }
    if (scale == 0) {
      return out.append(unscaled);
    }
    long power = 1;
    for (int i = 0; i < scale; i++) {
      power *= 10;
    }
    long fraction = unscaled % power;
    out.append(unscaled / power).append('.');
    for (long place = power / 10; place > 1 && place > fraction; place /= 10) {
      out.append('0');
    }
    return out.append(fraction);
  }

  /**
   * Appends a value as {@link #plain} gives it.
   *
   * @param out where to write
   * @param value the value
   * @return {@code out}
   */
  public static StringBuilder appendStripped(StringBuilder out, BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return appendPlain(out, stripped);
  }

  /**
   * Writes an exact fraction as people read it: a decimal when it ends ({@code 0.75}), else a ratio
   * ({@code 2/3}).
   *
   * @param value the value
   * @return the text
   */
  public static String plain(io.github.assessmentkit.Ratio value) {
    return value.toExactDecimal().map(Decimals::plain).orElseGet(value::toString);
  }

  /** Whole cents from 0.00 to 100.00, made when first asked for: the points and percents shown. */
  private static final BigDecimal[] CENTS = new BigDecimal[10_001];

  /**
   * Gives an amount of whole cents as a decimal with two places, sharing one instance per amount
   * from 0.00 to 100.00 (most points and every percent a scorecard shows).
   *
   * @param cents the amount in hundredths
   * @return the decimal, two places
   */
  public static BigDecimal cents(long cents) {
    if (cents < 0 || cents >= CENTS.length) {
      return BigDecimal.valueOf(cents, 2);
    }
    int at = (int) cents;
    BigDecimal known = CENTS[at];
    if (known == null) {
      // a race makes two equal instances at worst; BigDecimal is immutable and safe to share
      known = BigDecimal.valueOf(cents, 2);
      CENTS[at] = known;
    }
    return known;
  }
}
