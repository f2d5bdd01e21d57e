package io.github.assessmentkit.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How a column holds its values: as multiples of one common denominator while that denominator and
 * every multiple stay at most 2^41, a fraction brought to lowest terms only when its denominator
 * passes 2^31, and otherwise as pairs of longs, with a ratio where a pair would pass 2^63. The
 * values are the same either way (ColumnProperties); these tests pin the representation at its
 * limits: exactly at a limit, and one past it.
 */
class ColumnHeldTest {
  private static final RubricRef REF = new RubricRef("r", "1");
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2567);

  /** 2^41 = 2199023255552, the largest common denominator and multiple kept. */
  private static final long TWO_41 = 1L << 41;

  /** 2^31 = 2147483648: a fraction's denominator above it is brought to lowest terms. */
  private static final long TWO_31 = 1L << 31;

  /** One organisation's points at the node: earned (null when it does not apply) of possible. */
  private record Points(@Nullable Ratio earned, Ratio possible) {}

  private static Points of(@Nullable Ratio earned, Ratio possible) {
    return new Points(earned, possible);
  }

  private static List<OrganisationSummary> round(Points... points) {
    List<OrganisationSummary> out = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      OrganisationSummary.Builder b =
          OrganisationSummary.builder("o" + i, OrganisationType.SAVINGS, REF, YEAR);
      if (points[i].earned() == null) {
        b.notApplicable("r", points[i].possible());
      } else {
        b.node("r", points[i].earned(), points[i].possible());
      }
      out.add(b.build());
    }
    return out;
  }

  /** The column read alone and read with another node in one pass hold their values alike. */
  private static String held(List<OrganisationSummary> round, boolean percent) {
    String alone = Column.of(round, 0, percent).held();
    assertThat(Column.of(round, new int[] {0, 0}, percent))
        .allSatisfy(c -> assertThat(c.held()).isEqualTo(alone));
    return alone;
  }

  @Test
  void small_denominators_are_held_as_multiples_of_their_least_common_multiple() {
    // earned 1/2, 3/4, none, 1/4 of 2 points: denominators 2, 4, 4, common 4: 2/4, 3/4, 1/4
    List<OrganisationSummary> r =
        round(
            of(Ratio.of(1, 2), Ratio.of(2)),
            of(Ratio.of(3, 4), Ratio.of(2)),
            of(null, Ratio.of(2)),
            of(Ratio.of(1, 4), Ratio.of(2)));
    assertThat(held(r, false)).isEqualTo("scaled 4, max 3: 2 3 - 1");
    // fractions (1/2) / 2 = 1/4, 3/8, none, 1/8: common 8: 2/8, 3/8, 1/8
    assertThat(held(r, true)).isEqualTo("scaled 8, max 3: 2 3 - 1");
  }

  @Test
  void read_as_pairs_the_values_keep_their_terms_even_when_they_would_fit_scaled() {
    // the same round as pairs: earned as given; fractions (1 × 1) / (2 × 2) = 1/4, 3/8, 1/8
    List<OrganisationSummary> r =
        round(
            of(Ratio.of(1, 2), Ratio.of(2)),
            of(Ratio.of(3, 4), Ratio.of(2)),
            of(null, Ratio.of(2)),
            of(Ratio.of(1, 4), Ratio.of(2)));
    assertThat(Column.pairs(r, new int[] {0}, false)[0].held()).isEqualTo("pairs: 1/2 3/4 - 1/4");
    assertThat(Column.pairs(r, new int[] {0}, true)[0].held()).isEqualTo("pairs: 1/4 3/8 - 1/8");
  }

  @Test
  void a_column_where_no_value_applies_is_scaled_with_no_largest_multiple() {
    // nothing read: common denominator 1, largest multiple -1
    List<OrganisationSummary> r = round(of(null, Ratio.of(2)), of(null, Ratio.of(3)));
    assertThat(held(r, false)).isEqualTo("scaled 1, max -1: - -");
    assertThat(held(r, true)).isEqualTo("scaled 1, max -1: - -");
  }

  @Test
  void no_points_possible_means_no_fraction() {
    // 0 of 0: the points earned are 0 (0/1); the fraction 0/0 does not apply; 1 of 2 is 1/2
    List<OrganisationSummary> r = round(of(Ratio.ZERO, Ratio.ZERO), of(Ratio.ONE, Ratio.of(2)));
    assertThat(held(r, false)).isEqualTo("scaled 1, max 1: 0 1");
    assertThat(held(r, true)).isEqualTo("scaled 2, max 1: - 1");
  }

  @Test
  void a_common_denominator_and_a_multiple_of_exactly_two_to_the_41_are_kept() {
    // 1/2^41 and 1 of 2 points: common 2^41; the multiples 1 and 1 × 2^41 = 2^41
    List<OrganisationSummary> r =
        round(of(Ratio.of(1, TWO_41), Ratio.of(2)), of(Ratio.ONE, Ratio.of(2)));
    assertThat(held(r, false))
        .isEqualTo("scaled 2199023255552, max 2199023255552: 1 2199023255552");
    // the values and percents held this way are the exact ones: 1/2^41 and 1, 100/2^41 and 100
    Column c = Column.of(r, 0, false);
    assertThat(c.value(0)).isEqualTo(Ratio.of(1, TWO_41));
    assertThat(c.value(1)).isEqualTo(Ratio.ONE);
    assertThat(c.percent(0)).isEqualTo(Ratio.of(100, TWO_41));
    assertThat(c.percent(1)).isEqualTo(Ratio.of(100));
    assertThat(c.descending(new int[] {0, 1})).containsExactly(1, 0);
  }

  @Test
  void a_multiple_one_step_past_two_to_the_41_is_held_as_pairs() {
    // 1/2^41 and 2 of 2 points: 2 would be 2 × 2^41 = 2^42 as a multiple of 2^41
    List<OrganisationSummary> r =
        round(of(Ratio.of(1, TWO_41), Ratio.of(2)), of(Ratio.of(2), Ratio.of(2)));
    assertThat(held(r, false)).isEqualTo("pairs: 1/2199023255552 2/1");
    Column c = Column.of(r, 0, false);
    assertThat(c.value(1)).isEqualTo(Ratio.of(2));
    assertThat(c.compare(1, 0)).isPositive();
  }

  @Test
  void a_common_denominator_past_two_to_the_41_is_not_used() {
    // 1/2^41 and 1/3: their common denominator 3 × 2^41 passes 2^41, though each multiple
    // (1 × 3 and 1 × 2^41) would not
    List<OrganisationSummary> r =
        round(of(Ratio.of(1, TWO_41), Ratio.of(2)), of(Ratio.of(1, 3), Ratio.of(2)));
    assertThat(held(r, false)).isEqualTo("pairs: 1/2199023255552 1/3");
    // denominators 3 and 2^40 + 1 = 1099511627777 (2^40 + 1 leaves 2 divided by 3): common
    // 3298534883331, past 2^41
    List<OrganisationSummary> s =
        round(of(Ratio.of(1, 3), Ratio.of(2)), of(Ratio.of(1, (1L << 40) + 1), Ratio.of(2)));
    assertThat(held(s, false)).isEqualTo("pairs: 1/3 1/1099511627777");
  }

  @Test
  void multiples_already_written_must_stay_within_two_to_the_41_as_the_denominator_grows() {
    // 2^40 = 1099511627776 as a multiple of 1, then 1/2: the common denominator grows to 2 and
    // 2^40 becomes 2^41, kept
    List<OrganisationSummary> r =
        round(of(Ratio.of(1L << 40), Ratio.of(TWO_41)), of(Ratio.of(1, 2), Ratio.of(TWO_41)));
    assertThat(held(r, false)).isEqualTo("scaled 2, max 2199023255552: 2199023255552 1");
    // 2^40 + 1 then 1/2: 2^40 + 1 would become 2^41 + 2, past it
    List<OrganisationSummary> s =
        round(of(Ratio.of((1L << 40) + 1), Ratio.of(TWO_41)), of(Ratio.of(1, 2), Ratio.of(TWO_41)));
    assertThat(held(s, false)).isEqualTo("pairs: 1099511627777/1 1/2");
  }

  @Test
  void a_fraction_is_brought_to_lowest_terms_only_when_its_denominator_passes_two_to_the_31() {
    // 2 of 2^31: (2 × 1) / (1 × 2^31) = 2/2147483648, kept as it is
    List<OrganisationSummary> at = round(of(Ratio.of(2), Ratio.of(TWO_31)));
    assertThat(held(at, true)).isEqualTo("scaled 2147483648, max 2: 2");
    // 2 of 2^31 + 2: 2/2147483650 = 1/1073741825
    List<OrganisationSummary> past = round(of(Ratio.of(2), Ratio.of(TWO_31 + 2)));
    assertThat(held(past, true)).isEqualTo("scaled 1073741825, max 1: 1");
    // together: the common denominator 2^31 × (2^30 + 1) passes 2^41, so pairs, reduced alike
    List<OrganisationSummary> both =
        round(of(Ratio.of(2), Ratio.of(TWO_31)), of(Ratio.of(2), Ratio.of(TWO_31 + 2)));
    assertThat(held(both, true)).isEqualTo("pairs: 2/2147483648 1/1073741825");
    assertThat(Column.pairs(past, new int[] {0}, true)[0].held()).isEqualTo("pairs: 1/1073741825");
  }

  @Test
  void a_fraction_whose_denominator_reaches_two_to_the_63_is_held_as_a_ratio() {
    // 1/(2^33 + 1) of 2^30 + 1 points: (1 × 1) / ((2^33 + 1)(2^30 + 1))
    // = 1 / (2^63 + 2^33 + 2^30 + 1) = 1/9223372046518452225, between 2^63 and 2^64;
    // 1 of 2 is 1/2
    long d = (1L << 33) + 1;
    long a = (1L << 30) + 1;
    List<OrganisationSummary> r =
        round(of(Ratio.of(1, d), Ratio.of(a)), of(Ratio.ONE, Ratio.of(2)));
    assertThat(held(r, true)).isEqualTo("pairs: big 1/9223372046518452225 1/2");
    assertThat(Column.pairs(r, new int[] {0}, true)[0].held())
        .isEqualTo("pairs: big 1/9223372046518452225 1/2");
    // the ratio compares below 1/2 from either side
    Column c = Column.of(r, 0, true);
    assertThat(c.value(0)).isEqualTo(Ratio.of(1, d).dividedBy(Ratio.of(a)));
    assertThat(c.compare(0, 1)).isNegative();
    assertThat(c.compare(1, 0)).isPositive();
    assertThat(c.descending(new int[] {0, 1})).containsExactly(1, 0);
  }

  @Test
  void a_fraction_whose_denominator_reaches_two_to_the_64_is_held_as_a_ratio() {
    // 1/(2^32 + 1) of 2^32 + 1 points: 1 / (2^32 + 1)^2 = 1 / (2^64 + 2^33 + 1)
    // = 1/18446744082299486209, which a long would wrap to 2^33 + 1
    long e = (1L << 32) + 1;
    List<OrganisationSummary> r = round(of(Ratio.of(1, e), Ratio.of(e)));
    assertThat(held(r, true)).isEqualTo("pairs: big 1/18446744082299486209");
    assertThat(Column.pairs(r, new int[] {0}, true)[0].held())
        .isEqualTo("pairs: big 1/18446744082299486209");
  }
}
