package io.github.assessmentkit;

import io.github.assessmentkit.internal.Messages;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number: scoring keeps every node's earned and possible points, and every
 * fraction, as ratios, so that a third of 100 points is exactly {@code 100/3} and the only rounding
 * is the one made for display ({@link #round(int)}, half-even).
 *
 * <pre>{@code
 * Ratio third = Ratio.of(100, 3);                 // 100/3
 * third.times(Ratio.of(1, 2)).round(2);           // 16.67
 * third.times(Ratio.of(1, 2)).dividedBy(third);   // 1/2, exactly
 * }</pre>
 *
 * <p>Values are immutable and thread-safe; {@link #equals} and {@link #hashCode} compare values
 * ({@code 2/4} equals {@code 1/2}), and {@link #toString} gives the lowest terms, for example
 * {@code "50/3"}, {@code "-7/2"} or {@code "12"}, which {@link #parse} reads back.
 */
public final class Ratio implements Comparable<Ratio> {
  /** Zero. */
  public static final Ratio ZERO = new Ratio(0, 1);

  /** One. */
  public static final Ratio ONE = new Ratio(1, 1);

  /** Above this, a result is brought to lowest terms before it is used again. */
  private static final long REDUCE_ABOVE = 1L << 31;

  /** The value when it fits in longs: {@code num / den}, {@code den > 0}, not always reduced. */
  private final long num;

  private final long den;

  /** The value when it does not fit in longs ({@code null} otherwise), den > 0, reduced. */
  private final @Nullable BigInteger bigNum;

  private final @Nullable BigInteger bigDen;

  private Ratio(long num, long den) {
    this.num = num;
    this.den = den;
    this.bigNum = null;
    this.bigDen = null;
  }

  private Ratio(BigInteger num, BigInteger den) {
    this.num = 0;
    this.den = 1;
    this.bigNum = num;
    this.bigDen = den;
  }

  /**
   * Gives a whole number.
   *
   * @param value the number
   * @return the ratio {@code value/1}
   */
  public static Ratio of(long value) {
    return value == 0 ? ZERO : value == 1 ? ONE : new Ratio(value, 1);
  }

  /**
   * Gives a quotient. It is brought to lowest terms only when it is written out or grows large, so
   * values sharing a denominator add without a common-denominator search; equality does not depend
   * on it ({@code of(2, 4).equals(of(1, 2))}).
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return {@code numerator / denominator}
   * @throws InvalidValueException if the denominator is zero
   */
  public static Ratio of(long numerator, long denominator) {
    if (denominator == 0) {
      throw new InvalidValueException(Messages.divisionByZero(numerator + "/0"));
    }
    if (denominator < 0) {
      if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
      }
      numerator = -numerator;
      denominator = -denominator;
    }
    return small(numerator, denominator);
  }

  /**
   * Gives a quotient of big numbers, in lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return {@code numerator / denominator}
   * @throws InvalidValueException if the denominator is zero
   */
  public static Ratio of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new InvalidValueException(Messages.divisionByZero(numerator + "/0"));
    }
    return big(numerator, denominator);
  }

  /**
   * Gives the exact value of a decimal.
   *
   * @param value the decimal
   * @return the same value as a ratio ({@code 0.25} is {@code 1/4})
   */
  public static Ratio of(BigDecimal value) {
    int scale = value.scale();
    BigInteger unscaled = value.unscaledValue();
    if (scale <= 0) {
      return big(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }
    if (scale < 19 && unscaled.bitLength() < 63) {
      return reduce(unscaled.longValue(), POWERS[scale]);
    }
    return big(unscaled, BigInteger.TEN.pow(scale));
  }

  /**
   * Reads what {@link #toString} writes ({@code "50/3"}, {@code "12"}), or a plain decimal ({@code
   * "0.25"}).
   *
   * @param text the text
   * @return the ratio
   * @throws InvalidValueException if the text is not a ratio or a decimal, or divides by zero
   */
  public static Ratio parse(String text) {
    int slash = text.indexOf('/');
    try {
      if (slash < 0) {
        return of(new BigDecimal(text));
      }
      return of(
          new BigInteger(text.substring(0, slash)), new BigInteger(text.substring(slash + 1)));
    } catch (NumberFormatException e) {
      throw new InvalidValueException(Messages.notARatio(text));
    }
  }

  private static final long[] POWERS = new long[19];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  /**
   * Gives the terms the value is held in, for the tests of this package: {@code "2/4"} for a value
   * held in longs (not always in lowest terms), {@code "big 1/9223372036854775808"} for one held in
   * big numbers. It tells which way an operation computed its result, which the value alone does
   * not.
   *
   * @return the held terms
   */
  String heldTerms() {
    return isBig() ? "big " + bigNum + "/" + bigDen : num + "/" + den;
  }

  private boolean isBig() {
    return bigNum != null;
  }

  private BigInteger bigNumerator() {
    return bigNum != null ? bigNum : BigInteger.valueOf(num);
  }

  private BigInteger bigDenominator() {
    return bigDen != null ? bigDen : BigInteger.valueOf(den);
  }

  /** {@return the numerator in lowest terms, with the sign of the value} */
  public BigInteger numerator() {
    return lowest().bigNumerator();
  }

  /** {@return the denominator in lowest terms, always positive} */
  public BigInteger denominator() {
    return lowest().bigDenominator();
  }

  private Ratio lowest() {
    return isBig() ? this : reduce(num, den);
  }

  /** {@return -1, 0 or 1 as the value is negative, zero or positive} */
  public int signum() {
    return isBig() ? bigNum.signum() : Long.signum(num);
  }

  /** {@return whether the value is zero} */
  public boolean isZero() {
    return signum() == 0;
  }

  /** {@return whether the value is one} */
  public boolean isOne() {
    // a value held in big numbers is in lowest terms and does not fit in longs: never 1/1
    return !isBig() && num == den;
  }

  /**
   * Adds.
   *
   * @param other the other value
   * @return {@code this + other}
   */
  public Ratio plus(Ratio other) {
    if (!isBig() && !other.isBig()) {
      if (den == other.den) {
        long sum = num + other.num;
        if (((num ^ sum) & (other.num ^ sum)) >= 0) {
          return small(sum, den);
        }
      } else if (num == 0) {
        return other;
      } else if (other.num == 0) {
        return this;
      } else if (other.den % den == 0 || den % other.den == 0) {
        // one denominator divides the other: scale the smaller, keeping the larger
        boolean mine = den > other.den;
        long d = mine ? den : other.den;
        long scaled = mine ? other.num * (den / other.den) : num * (other.den / den);
        long kept = mine ? num : other.num;
        if (fits(mine ? other.num : num, mine ? den / other.den : other.den / den, scaled)) {
          long sum = kept + scaled;
          if (((kept ^ sum) & (scaled ^ sum)) >= 0) {
            return small(sum, d);
          }
        }
      } else {
        long a = num * other.den;
        long b = other.num * den;
        long d = den * other.den;
        if (fits(num, other.den, a) && fits(other.num, den, b) && fits(den, other.den, d)) {
          long sum = a + b;
          if (((a ^ sum) & (b ^ sum)) >= 0) {
            return small(sum, d);
          }
        }
      }
    }
    return big(
        bigNumerator()
            .multiply(other.bigDenominator())
            .add(other.bigNumerator().multiply(bigDenominator())),
        bigDenominator().multiply(other.bigDenominator()));
  }

  /**
   * Subtracts.
   *
   * @param other the other value
   * @return {@code this - other}
   */
  public Ratio minus(Ratio other) {
    return plus(other.negate());
  }

  /** {@return {@code -this}} */
  public Ratio negate() {
    if (!isBig() && num != Long.MIN_VALUE) {
      return new Ratio(-num, den);
    }
    return big(bigNumerator().negate(), bigDenominator());
  }

  /**
   * Multiplies.
   *
   * @param other the other value
   * @return {@code this × other}
   */
  public Ratio times(Ratio other) {
    if (!isBig() && !other.isBig()) {
      if (other.num == other.den) {
        return this;
      }
      if (num == den) {
        return other;
      }
      long n = num * other.num;
      long d = den * other.den;
      if (fits(num, other.num, n) && fits(den, other.den, d)) {
        return small(n, d);
      }
    }
    return big(
        bigNumerator().multiply(other.bigNumerator()),
        bigDenominator().multiply(other.bigDenominator()));
  }

  /**
   * Multiplies by a whole number.
   *
   * @param factor the number
   * @return {@code this × factor}
   */
  public Ratio times(long factor) {
    if (!isBig()) {
      long n = num * factor;
      if (fits(num, factor, n)) {
        return small(n, den);
      }
    }
    return big(bigNumerator().multiply(BigInteger.valueOf(factor)), bigDenominator());
  }

  /**
   * Divides.
   *
   * @param other the divisor, not zero
   * @return {@code this ÷ other}
   * @throws InvalidValueException if the divisor is zero
   */
  public Ratio dividedBy(Ratio other) {
    if (other.isZero()) {
      throw new InvalidValueException(Messages.divisionByZero(this + " / 0"));
    }
    if (!isBig() && !other.isBig()) {
      long n = num * other.den;
      long d = den * other.num;
      if (fits(num, other.den, n)
          && fits(den, other.num, d)
          && d != Long.MIN_VALUE
          && !(d < 0 && n == Long.MIN_VALUE)) {
        return d < 0 ? small(-n, -d) : small(n, d);
      }
    }
    BigInteger n = bigNumerator().multiply(other.bigDenominator());
    BigInteger d = bigDenominator().multiply(other.bigNumerator());
    return big(n, d);
  }

  /**
   * Gives the smaller value.
   *
   * @param other the other value
   * @return this or other, whichever is smaller (this when equal)
   */
  public Ratio min(Ratio other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Gives the larger value.
   *
   * @param other the other value
   * @return this or other, whichever is larger (this when equal)
   */
  public Ratio max(Ratio other) {
    return compareTo(other) >= 0 ? this : other;
  }

  @Override
  public int compareTo(Ratio other) {
    if (!isBig() && !other.isBig()) {
      if (den == other.den) {
        return Long.compare(num, other.num);
      }
      long a = num * other.den;
      long b = other.num * den;
      if (fits(num, other.den, a) && fits(other.num, den, b)) {
        return Long.compare(a, b);
      }
    }
    return bigNumerator()
        .multiply(other.bigDenominator())
        .compareTo(other.bigNumerator().multiply(bigDenominator()));
  }

  /**
   * Rounds half-even to a number of decimal places: the one rounding scoring makes, for display.
   *
   * @param places the decimal places
   * @return the rounded decimal, with exactly {@code places} places
   */
  public BigDecimal round(int places) {
    return toBigDecimal(places, RoundingMode.HALF_EVEN);
  }

  /**
   * Rounds to a number of decimal places.
   *
   * @param places the decimal places, 0 to 18
   * @param mode how to round
   * @return the rounded decimal, with exactly {@code places} places
   */
  public BigDecimal toBigDecimal(int places, RoundingMode mode) {
    if (!isBig() && places >= 0 && places < POWERS.length) {
      long n = num * POWERS[places];
      if (fits(num, POWERS[places], n)) {
        long q = n / den;
        long r = n % den;
        if (r != 0 && mode == RoundingMode.HALF_EVEN) {
          // compare the remainder with what is left of the denominator: doubling may overflow
          long half = Math.abs(r);
          long rest = den - half;
          if (half > rest || (half == rest && (q & 1) != 0)) {
            q += n < 0 ? -1 : 1;
          }
          return BigDecimal.valueOf(q, places);
        }
        if (r == 0) {
          return BigDecimal.valueOf(q, places);
        }
      }
    }
    return new BigDecimal(bigNumerator()).divide(new BigDecimal(bigDenominator()), places, mode);
  }

  /**
   * Rounds to a whole number.
   *
   * @param mode how to round
   * @return the whole number
   * @throws ArithmeticException if it does not fit in a {@code long}
   */
  public long toLong(RoundingMode mode) {
    if (!isBig()) {
      long q = num / den;
      long r = num % den;
      if (r == 0) {
        return q;
      }
      switch (mode) {
        case FLOOR:
          return num < 0 ? q - 1 : q;
        case CEILING:
          return num < 0 ? q : q + 1;
        case DOWN:
          return q;
        case HALF_EVEN:
          long half = Math.abs(r);
          long rest = den - half;
          if (half > rest || (half == rest && (q & 1) != 0)) {
            return q + (num < 0 ? -1 : 1);
          }
          return q;
        default:
          break;
      }
    }
    return toBigDecimal(0, mode).longValueExact();
  }

  /**
   * Gives the value as a decimal when it has a finite one ({@code 1/4} → {@code 0.25}).
   *
   * @return the exact decimal, or empty when the value has no finite decimal ({@code 1/3})
   */
  public java.util.Optional<BigDecimal> toExactDecimal() {
    try {
      BigDecimal d = new BigDecimal(numerator()).divide(new BigDecimal(denominator()));
      BigDecimal stripped = d.stripTrailingZeros();
      return java.util.Optional.of(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    } catch (ArithmeticException e) {
      return java.util.Optional.empty();
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ratio other && compareTo(other) == 0;
  }

  @Override
  public int hashCode() {
    Ratio r = lowest();
    // a value that fits in longs hashes the same whichever way it is held
    if (r.isBig() && (r.bigNum.bitLength() > 63 || r.bigDen.bitLength() > 63)) {
      return r.bigNum.hashCode() * 31 + r.bigDen.hashCode();
    }
    return Long.hashCode(r.bigNumerator().longValue() * 31 + r.bigDenominator().longValue());
  }

  /** {@return the value in lowest terms, as {@code "50/3"}, or {@code "12"} when whole} */
  @Override
  public String toString() {
    Ratio r = lowest();
    if (r.isBig()) {
      return r.bigDen.equals(BigInteger.ONE) ? r.bigNum.toString() : r.bigNum + "/" + r.bigDen;
    }
    return r.den == 1 ? Long.toString(r.num) : r.num + "/" + r.den;
  }

  /** {@return whether {@code a × b} did not overflow into {@code product}} */
  private static boolean fits(long a, long b, long product) {
    return Math.multiplyHigh(a, b) == (product >> 63);
  }

  /** A small result, brought to lowest terms when it grows large. */
  private static Ratio small(long n, long d) {
    if (n == 0) {
      return ZERO;
    }
    if (d > REDUCE_ABOVE || n > REDUCE_ABOVE || n < -REDUCE_ABOVE) {
      return reduce(n, d);
    }
    return new Ratio(n, d);
  }

  private static Ratio reduce(long n, long d) {
    if (n == 0) {
      return ZERO;
    }
    if (n == Long.MIN_VALUE) {
      return big(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }
    long g = gcd(Math.abs(n), d);
    return g == 1 ? new Ratio(n, d) : new Ratio(n / g, d / g);
  }

  private static long gcd(long a, long b) {
    // binary gcd, both positive
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>= Long.numberOfTrailingZeros(a);
    while (b != 0) {
      b >>= Long.numberOfTrailingZeros(b);
      if (a > b) {
        long t = b;
        b = a;
        a = t;
      }
      b -= a;
    }
    return a << shift;
  }

  private static Ratio big(BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    if (n.signum() == 0) {
      return ZERO;
    }
    BigInteger g = n.gcd(d);
    n = n.divide(g);
    d = d.divide(g);
    if (n.bitLength() < 63 && d.bitLength() < 63) {
      return new Ratio(n.longValue(), d.longValue());
    }
    return new Ratio(n, d);
  }
}
