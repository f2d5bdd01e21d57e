package io.github.assessmentkit.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.testing.Draw;
import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A column holds each organisation's value exactly, however large its numerator and denominator:
 * whether the values are held as multiples of a common denominator, as pairs of longs or as ratios
 * where the pairs would overflow, every value, percent, comparison and order equals the one worked
 * out from the summaries' own exact values. The rounds mix small denominators, denominators whose
 * common multiple passes 2^41, values whose products pass 2^31 (brought to lowest terms) and values
 * near 2^62 (whose products overflow a long).
 */
class ColumnProperties {
  private static final int EXAMPLES = Examples.usual(300);
  private static final RubricRef REF = new RubricRef("r", "1");
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2567);
  private static final List<String> NODES = List.of("r", "s");

  /** Denominators of the fraction earned: small ones, primes, and ones near 2^31, 2^40 and 2^61. */
  private static final List<Long> SMALL = List.of(1L, 2L, 3L, 4L, 5L, 7L, 8L);

  private static final List<Long> LARGE =
      List.of(
          1_000_003L,
          1_000_033L,
          2_147_483_647L,
          (1L << 40) + 15,
          (1L << 41) - 1,
          (1L << 61) - 1,
          (1L << 59) + 3);

  /** Points possible: small, and with large numerators or denominators. */
  private static final List<Ratio> POSSIBLE =
      List.of(
          Ratio.of(40),
          Ratio.of(20),
          Ratio.of(3, 7),
          Ratio.ZERO,
          Ratio.of((1L << 33) + 1, 3),
          Ratio.of(5, (1L << 35) + 7),
          Ratio.of((1L << 60) + 1, (1L << 58) + 5));

  /** Thresholds to compare with, small and large. */
  private static final List<Ratio> THRESHOLDS =
      List.of(
          Ratio.ZERO,
          Ratio.of(1, 5),
          Ratio.of(1, 2),
          Ratio.of(3, 7),
          Ratio.ONE,
          Ratio.of(20),
          Ratio.of((1L << 40) + 1, 1L << 41),
          Ratio.of(1, (1L << 45) + 1));

  /** A round of summaries with two nodes. */
  private static Gen<List<OrganisationSummary>> rounds() {
    return in -> {
      Draw d = new Draw(in);
      int n = d.between(1, 14);
      // some rounds keep to small denominators, so that their columns are held scaled
      int large = d.oneOf(List.of(0, 0, 15, 40));
      List<OrganisationSummary> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        OrganisationSummary.Builder b =
            OrganisationSummary.builder("o" + i, OrganisationType.SAVINGS, REF, YEAR);
        for (String node : NODES) {
          Ratio possible = large == 0 ? Ratio.of(d.between(0, 40)) : d.oneOf(POSSIBLE);
          if (d.chance(12)) {
            b.notApplicable(node, possible);
            continue;
          }
          long den = d.chance(large) ? d.oneOf(LARGE) : d.oneOf(SMALL);
          long part =
              d.chance(25)
                  ? d.oneOf(List.of(0L, den))
                  : BigInteger.valueOf(den)
                      .multiply(BigInteger.valueOf(d.between(0, 1000)))
                      .divide(BigInteger.valueOf(1000))
                      .longValueExact();
          Ratio earned = possible.times(Ratio.of(part, den));
          if (earned.numerator().bitLength() > 62 || earned.denominator().bitLength() > 62) {
            earned = possible;
          }
          b.node(node, earned, possible);
        }
        list.add(b.build());
      }
      return list;
    };
  }

  /** {@return the exact value of an organisation at a node, as the summary gives it} */
  private static @Nullable Ratio expected(OrganisationSummary s, String node, boolean percent) {
    Optional<Ratio> v = percent ? s.fraction(node) : s.earned(node);
    return v.orElse(null);
  }

  @Test
  void a_column_holds_every_value_exactly_whatever_its_size() {
    qt().withExamples(EXAMPLES)
        .forAll(rounds())
        .checkAssert(
            round -> {
              for (boolean percent : new boolean[] {true, false}) {
                Column[] together = Column.of(round, new int[] {0, 1}, percent);
                Column[] asPairs = Column.pairs(round, new int[] {0, 1}, percent);
                for (int k = 0; k < NODES.size(); k++) {
                  List<@Nullable Ratio> want = new ArrayList<>();
                  for (OrganisationSummary s : round) {
                    want.add(expected(s, NODES.get(k), percent));
                  }
                  check(together[k], want, "together " + percent);
                  check(asPairs[k], want, "pairs " + percent);
                  check(Column.of(round, k, percent), want, "alone " + percent);
                }
              }
            });
  }

  /** Checks a column against the exact values, {@code null} where a value does not apply. */
  private static void check(Column c, List<@Nullable Ratio> want, String how) {
    int n = want.size();
    assertThat(c.size).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      Ratio w = want.get(i);
      assertThat(c.applies(i)).isEqualTo(w != null);
      assertThat(c.value(i)).isEqualTo(w);
      if (w != null) {
        assertThat(c.percent(i)).isEqualTo(w.times(100));
        // asked twice: the same value
        assertThat(c.value(i)).isEqualTo(w);
        assertThat(c.percent(i)).isEqualTo(w.times(100));
      }
      for (int j = 0; j < n; j++) {
        assertThat(Integer.signum(c.compare(i, j)))
            .as(
                "%s: %s against %s, common %s, big %s, scaled %s",
                how,
                w,
                want.get(j),
                c.common,
                c.big != null,
                c.scaled == null ? null : java.util.Arrays.toString(c.scaled))
            .isEqualTo(Integer.signum(order(w, want.get(j))));
      }
      for (Ratio t : THRESHOLDS) {
        // the threshold's terms when both are below 2^31, else 0 and 0
        long tn = small(t.numerator());
        long td = small(t.denominator());
        if (tn < 0 || td < 0) {
          tn = 0;
          td = 0;
        }
        int expected = w == null ? -1 : Integer.signum(w.compareTo(t));
        assertThat(Integer.signum(c.compareWith(i, t, tn, td)))
            .as("%s against %s (%s/%s), common %s", w, t, tn, td, c.common)
            .isEqualTo(expected);
      }
    }
    int[] identity = new int[n];
    int[] reversed = new int[n];
    for (int i = 0; i < n; i++) {
      identity[i] = i;
      reversed[i] = n - 1 - i;
    }
    for (int[] input : List.of(identity, reversed)) {
      List<Integer> up = new ArrayList<>();
      for (int i : input) {
        up.add(i);
      }
      // a stable sort keeps the order given among equal values
      List<Integer> down = new ArrayList<>(up);
      up.sort(Comparator.comparing(want::get, ColumnProperties::order));
      down.sort((a, b) -> order(want.get(b), want.get(a)));
      assertThat(c.ascending(input)).containsExactly(up.stream().mapToInt(x -> x).toArray());
      assertThat(c.descending(input)).containsExactly(down.stream().mapToInt(x -> x).toArray());
    }
  }

  /** Orders values, one that does not apply below every value. */
  private static int order(@Nullable Ratio a, @Nullable Ratio b) {
    if (a == null || b == null) {
      return Boolean.compare(a != null, b != null);
    }
    return a.compareTo(b);
  }

  private static long small(BigInteger value) {
    return value.bitLength() < 31 ? value.longValue() : -1;
  }
}
