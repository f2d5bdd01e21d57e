package io.github.assessmentkit.cohort;

import io.github.assessmentkit.Ratio;
import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One value per organisation of a cohort, exactly: a node's earned points or its fraction. Values
 * are held as pairs of longs and compared by cross-multiplication; a value whose pair would
 * overflow is held as a {@link Ratio} instead. When every value's denominator divides one common
 * denominator small enough, the values are also held as whole multiples of it ({@link #scaled}),
 * which orders them by a counting sort or a sort of longs.
 */
final class Column {
  /** The largest common denominator and scaled value kept: packed with a position into a long. */
  private static final long SCALED_LIMIT = 1L << 41;

  /** Above this, a fraction is brought to lowest terms. */
  private static final long REDUCE_ABOVE = 1L << 31;

  final int size;

  /** Numerators; with {@link #den}, the value; null when the values are held {@link #scaled}. */
  private final long @Nullable [] num;

  /**
   * Denominators: 0 when the value does not apply, -1 when it is held in {@link #big}; null when
   * the values are held {@link #scaled}.
   */
  private final long @Nullable [] den;

  final Ratio @Nullable [] big;

  /** The common denominator, or 0 when there is none small enough. */
  final long common;

  /** The values as multiples of {@link #common}, -1 when one does not apply; null without one. */
  final long @Nullable [] scaled;

  /** The largest scaled value, -1 when none applies. */
  final long maxScaled;

  /** Above this largest scaled value, values and percents are not kept once made. */
  private static final long MEMO_LIMIT = 1 << 20;

  /**
   * The values and percents made so far, by scaled value, when the values are held scaled and their
   * largest is small: a round's values fall on few points of the common denominator, so equal
   * values share one exact value and nothing is reduced twice. A benign race may make a value
   * twice, to equal values.
   */
  private final Ratio @Nullable [] values;

  private final Ratio @Nullable [] percents;

  /**
   * Held as pairs: {@link #of} reads a column as pairs only when its values do not fit as multiples
   * of a common denominator (the denominators' least common multiple or a value as a multiple of it
   * would pass {@link #SCALED_LIMIT}, or a fraction's pair would overflow), so pairs have none.
   */
  private Column(long[] num, long[] den, Ratio @Nullable [] big) {
    this.size = num.length;
    this.big = big;
    this.num = num;
    this.den = den;
    this.scaled = null;
    this.common = 0;
    this.maxScaled = -1;
    this.values = null;
    this.percents = null;
  }

  /**
   * Reads a node's earned points or fraction from every summary.
   *
   * @param summaries the summaries
   * @param node the node's index
   * @param percent the fraction (else the earned points)
   * @return the column
   */
  static Column of(List<OrganisationSummary> summaries, int node, boolean percent) {
    return of(summaries, new int[] {node}, percent)[0];
  }

  /** Held as multiples of a common denominator: the values say it all. */
  private Column(long[] scaled, long common, long max) {
    this.size = scaled.length;
    this.big = null;
    this.num = null;
    this.den = null;
    this.scaled = scaled;
    this.common = common;
    this.maxScaled = max;
    boolean memo = max >= 0 && max <= MEMO_LIMIT;
    this.values = memo ? new Ratio[(int) max + 1] : null;
    this.percents = memo ? new Ratio[(int) max + 1] : null;
  }

  /**
   * Reads several nodes' values from every summary in one pass, so each summary is visited once.
   * Each value is written straight as a multiple of the common denominator found so far; when a
   * denominator that does not divide it comes, the denominator grows to their least common multiple
   * and the values written are multiplied up (at most 41 times per node, as it at least doubles
   * each time and stays at most 2^41). A node whose values do not fit is read again as pairs.
   *
   * @param summaries the summaries
   * @param nodes the nodes' indexes
   * @param percent the fractions (else the earned points)
   * @return one column per node, in the order given
   */
  static Column[] of(List<OrganisationSummary> summaries, int[] nodes, boolean percent) {
    int n = summaries.size();
    int m = nodes.length;
    long[][] scaled = new long[m][n];
    long[] lcm = new long[m];
    long[] lastDen = new long[m];
    long[] factor = new long[m];
    long[] max = new long[m];
    boolean[] failed = new boolean[m];
    // no denominator read yet (0): the first one read sets the factor
    java.util.Arrays.fill(lcm, 1);
    java.util.Arrays.fill(max, -1);
    int failures = 0;
    for (int i = 0; i < n && failures < m; i++) {
      OrganisationSummary s = summaries.get(i);
      int[] small = s.smallValues();
      for (int k = 0; k < m; k++) {
        if (failed[k]) {
          continue;
        }
        int at = nodes[k] * 4;
        long en;
        long ed;
        if (small != null) {
          en = small[at];
          ed = small[at + 1];
        } else {
          en = s.raw(at);
          ed = s.raw(at + 1);
        }
        long a = en;
        long b = ed;
        if (percent && ed != 0) {
          long pn = small != null ? small[at + 2] : s.raw(at + 2);
          long pd = small != null ? small[at + 3] : s.raw(at + 3);
          // (en / ed) / (pn / pd) = (en × pd) / (ed × pn), as the pairs hold it; no points possible
          // make b = 0, a value that does not apply. The points earned are at most those possible,
          // so a is at most b: b alone says whether the pair fits and whether it is reduced
          a = en * pd;
          b = ed * pn;
          if (Math.multiplyHigh(ed, pn) != 0) {
            b = -1;
          } else if (b > REDUCE_ABOVE) {
            long g = gcd(a, b);
            a /= g;
            b /= g;
          }
        }
        long[] column = scaled[k];
        if (b == 0) {
          column[i] = -1;
          continue;
        }
        // b from 2^63 on (a is at most b, so it fits when b does)
        if (b < 0) {
          failed[k] = true;
          failures++;
          continue;
        }
        if (b != lastDen[k]) {
          long l = lcm[k];
          if (l % b != 0) {
            long g = gcd(l, b);
            long next = l / g;
            // the values written so far are multiplied by the growth of the denominator
            long up = b / g;
            if (beyond(next, b) || beyond(Math.max(max[k], 0), up)) {
              failed[k] = true;
              failures++;
              continue;
            }
            for (int j = 0; j < i; j++) {
              if (column[j] != -1) {
                column[j] *= up;
              }
            }
            if (max[k] != -1) {
              max[k] *= up;
            }
            lcm[k] = next * b;
          }
          lastDen[k] = b;
          factor[k] = lcm[k] / b;
        }
        long f = factor[k];
        long v = a * f;
        if (beyond(a, f)) {
          failed[k] = true;
          failures++;
          continue;
        }
        column[i] = v;
        max[k] = Math.max(max[k], v);
      }
    }
    Column[] out = new Column[m];
    int[] again = new int[failures];
    int f = 0;
    for (int k = 0; k < m; k++) {
      if (failed[k]) {
        again[f++] = nodes[k];
      } else {
        out[k] = new Column(scaled[k], lcm[k], max[k]);
      }
      scaled[k] = null;
    }
    if (failures > 0) {
      Column[] read = pairs(summaries, again, percent);
      f = 0;
      for (int k = 0; k < m; k++) {
        if (failed[k]) {
          out[k] = read[f++];
        }
      }
    }
    return out;
  }

  /**
   * Reads several nodes' values from every summary as pairs of longs, in one pass: a fraction is
   * brought to lowest terms only when its denominator passes 2^31, and one whose pair would pass
   * 2^63 is held as a {@link Ratio}. The column is held as pairs even when its values would fit as
   * multiples of a common denominator.
   *
   * @param summaries the summaries
   * @param nodes the nodes' indexes
   * @param percent the fractions (else the earned points)
   * @return one column per node, in the order given
   */
  static Column[] pairs(List<OrganisationSummary> summaries, int[] nodes, boolean percent) {
    int n = summaries.size();
    int m = nodes.length;
    long[][] num = new long[m][n];
    long[][] den = new long[m][n];
    Ratio[][] big = new Ratio[m][];
    for (int i = 0; i < n; i++) {
      OrganisationSummary s = summaries.get(i);
      for (int k = 0; k < m; k++) {
        int at = nodes[k] * 4;
        long en = s.raw(at);
        long ed = s.raw(at + 1);
        if (!percent) {
          num[k][i] = en;
          den[k][i] = ed;
          continue;
        }
        long pn = s.raw(at + 2);
        long pd = s.raw(at + 3);
        // (en / ed) / (pn / pd) = (en × pd) / (ed × pn), and b = 0 (a value that does not apply)
        // when no points are earned (ed = 0) or possible (pn = 0); the points earned are at most
        // those possible, so a is at most b: b alone says whether the pair fits (below 2^63) and
        // whether it is reduced
        long a = en * pd;
        long b = ed * pn;
        if (Math.multiplyHigh(ed, pn) != 0 || b < 0) {
          if (big[k] == null) {
            big[k] = new Ratio[n];
          }
          big[k][i] =
              Ratio.of(BigInteger.valueOf(en), BigInteger.valueOf(ed))
                  .dividedBy(Ratio.of(BigInteger.valueOf(pn), BigInteger.valueOf(pd)));
          den[k][i] = -1;
          continue;
        }
        if (b > REDUCE_ABOVE) {
          // brought to lowest terms only when large, so that products of two values stay in longs
          long g = gcd(a, b);
          a /= g;
          b /= g;
        }
        num[k][i] = a;
        den[k][i] = b;
      }
    }
    Column[] out = new Column[m];
    for (int k = 0; k < m; k++) {
      out[k] = new Column(num[k], den[k], big[k]);
      num[k] = null;
      den[k] = null;
    }
    return out;
  }

  /**
   * Gives the way the values are held, for the tests of this package: {@code "scaled 8, max 3: 2 3
   * - 1"} for values held as multiples of the common denominator 8 (the largest multiple 3, {@code
   * -} where a value does not apply, and a largest multiple of -1 when none applies), {@code
   * "pairs: 1/4 3/8 - big 1/9223372046518452225"} for values held as pairs of longs (as {@link
   * #pairs} brings them to lowest terms) or, where a pair would overflow, as a ratio. The values
   * are the same either way; this tells which way a column was read, which they alone do not.
   *
   * @return the held representation
   */
  String held() {
    StringBuilder out = new StringBuilder();
    if (scaled != null) {
      out.append("scaled ").append(common).append(", max ").append(maxScaled).append(':');
      for (long v : scaled) {
        out.append(' ').append(v < 0 ? "-" : Long.toString(v));
      }
      return out.toString();
    }
    out.append("pairs:");
    for (int i = 0; i < size; i++) {
      long d = den[i];
      out.append(' ');
      if (d > 0) {
        out.append(num[i]).append('/').append(d);
      } else if (d == 0) {
        out.append('-');
      } else {
        out.append("big ").append(big[i].numerator()).append('/').append(big[i].denominator());
      }
    }
    return out.toString();
  }

  /** {@return whether the value of an organisation applies} */
  boolean applies(int i) {
    return scaled != null ? scaled[i] >= 0 : den[i] != 0;
  }

  /** {@return the value, or null when it does not apply} */
  @Nullable Ratio value(int i) {
    if (scaled != null) {
      long v = scaled[i];
      if (v < 0) {
        return null;
      }
      Ratio[] known = values;
      if (known == null) {
        return Ratio.of(v, common);
      }
      Ratio r = known[(int) v];
      if (r == null) {
        r = Ratio.of(v, common);
        known[(int) v] = r;
      }
      return r;
    }
    long d = den[i];
    if (d == 0) {
      return null;
    }
    if (d < 0) {
      return big[i];
    }
    return Ratio.of(num[i], d);
  }

  /** {@return a fraction's value as a percent (× 100), exactly; it must apply} */
  Ratio percent(int i) {
    if (scaled != null) {
      return percentOfScaled(scaled[i]);
    }
    return value(i).times(100);
  }

  /**
   * {@return the percent (× 100) of a value held scaled, exactly, as {@link #percent} gives it for
   * an organisation holding it; the column must be held scaled and the value 0 or more}
   */
  Ratio percentOfScaled(long v) {
    Ratio[] known = percents;
    if (known != null) {
      Ratio r = known[(int) v];
      if (r == null) {
        r = Ratio.of(v * 100, common);
        known[(int) v] = r;
      }
      return r;
    }
    // a scaled value is at most 2^41, so a hundred times it fits in a long
    return Ratio.of(v * 100, common);
  }

  /**
   * Compares two organisations' values; a value that does not apply is below every value.
   *
   * @param i one organisation
   * @param j the other
   * @return negative, zero or positive as the first is below, equal to or above the second
   */
  int compare(int i, int j) {
    if (scaled != null) {
      return Long.compare(scaled[i], scaled[j]);
    }
    long di = den[i];
    long dj = den[j];
    if (di == 0 || dj == 0) {
      return Boolean.compare(di != 0, dj != 0);
    }
    if (di < 0 || dj < 0) {
      return value(i).compareTo(value(j));
    }
    if (di == dj) {
      return Long.compare(num[i], num[j]);
    }
    long a = num[i] * dj;
    long b = num[j] * di;
    if (Math.multiplyHigh(num[i], dj) == (a >> 63) && Math.multiplyHigh(num[j], di) == (b >> 63)) {
      return Long.compare(a, b);
    }
    return BigInteger.valueOf(num[i])
        .multiply(BigInteger.valueOf(dj))
        .compareTo(BigInteger.valueOf(num[j]).multiply(BigInteger.valueOf(di)));
  }

  /**
   * Compares an organisation's value with a fraction; a value that does not apply is below it.
   *
   * @param i the organisation
   * @param threshold the fraction
   * @param tn its numerator in lowest terms, when it and {@code td} are below 2^31, else 0
   * @param td its denominator in lowest terms, when it and {@code tn} are below 2^31, else 0
   * @return negative, zero or positive as the value is below, equal to or above it
   */
  int compareWith(int i, Ratio threshold, long tn, long td) {
    if (scaled != null) {
      long v = scaled[i];
      if (v < 0) {
        return -1;
      }
      if (td > 0) {
        // v / common against tn / td, by cross-multiplication when neither product overflows
        long a = v * td;
        long b = tn * common;
        if (Math.multiplyHigh(v, td) == (a >> 63) && Math.multiplyHigh(tn, common) == (b >> 63)) {
          return Long.compare(a, b);
        }
      }
      return value(i).compareTo(threshold);
    }
    long d = den[i];
    if (d == 0) {
      return -1;
    }
    if (d > 0 && td > 0) {
      long a = num[i] * td;
      long b = tn * d;
      if (Math.multiplyHigh(num[i], td) == (a >> 63) && Math.multiplyHigh(tn, d) == (b >> 63)) {
        return Long.compare(a, b);
      }
    }
    return value(i).compareTo(threshold);
  }

  /**
   * Orders positions by value, lowest first (values that do not apply first), keeping the given
   * order among equal values.
   *
   * @param input the organisations, in the order kept among equals
   * @return the same organisations, ordered
   */
  int[] ascending(int[] input) {
    return order(input, false);
  }

  /**
   * Orders positions by value, highest first (values that do not apply last), keeping the given
   * order among equal values.
   *
   * @param input the organisations, in the order kept among equals
   * @return the same organisations, ordered
   */
  int[] descending(int[] input) {
    return order(input, true);
  }

  private int[] order(int[] input, boolean down) {
    int n = input.length;
    long[] s = scaled;
    if (s != null && maxScaled < Math.max(1 << 16, 4L * n)) {
      // counting sort: buckets 0 (does not apply) and 1 + value
      int buckets = (int) maxScaled + 2;
      int[] start = new int[buckets + 1];
      for (int i : input) {
        start[bucket(s[i], buckets, down) + 1]++;
      }
      for (int b = 0; b < buckets; b++) {
        start[b + 1] += start[b];
      }
      int[] out = new int[n];
      for (int i : input) {
        out[start[bucket(s[i], buckets, down)]++] = i;
      }
      return out;
    }
    if (s != null && n < (1 << 21)) {
      long[] keys = new long[n];
      for (int k = 0; k < n; k++) {
        // -1 (does not apply) first going up, last going down; the position in the low bits
        long v = s[input[k]];
        keys[k] = ((down ? -v : v) << 21) | k;
      }
      java.util.Arrays.sort(keys);
      int[] out = new int[n];
      for (int k = 0; k < n; k++) {
        out[k] = input[(int) (keys[k] & ((1 << 21) - 1))];
      }
      return out;
    }
    Integer[] boxed = new Integer[n];
    for (int k = 0; k < n; k++) {
      boxed[k] = input[k];
    }
    java.util.Arrays.sort(boxed, down ? (a, b) -> compare(b, a) : this::compare);
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      out[k] = boxed[k];
    }
    return out;
  }

  private static int bucket(long scaledValue, int buckets, boolean down) {
    int up = (int) (scaledValue + 1);
    return down ? buckets - 1 - up : up;
  }

  /**
   * {@return whether the product of two numbers, each 0 or more, is above {@link #SCALED_LIMIT}}: a
   * product of 2^63 or more, which a long holds as a negative number or not at all, is above it
   */
  private static boolean beyond(long x, long y) {
    return Math.multiplyHigh(x, y) != 0 || Long.compareUnsigned(x * y, SCALED_LIMIT) > 0;
  }

  /** {@return the greatest common divisor of a number 0 or more and one above 0}: 1 or more */
  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
