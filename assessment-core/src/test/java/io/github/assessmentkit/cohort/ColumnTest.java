package io.github.assessmentkit.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A column orders and compares the same way whether its values share a small common denominator
 * (held as multiples of it) or not (held as pairs, compared by cross-multiplication).
 */
class ColumnTest {
  private static final RubricRef REF = new RubricRef("r", "1");
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2567);

  private static List<OrganisationSummary> of(Ratio... earned) {
    List<OrganisationSummary> out = new ArrayList<>();
    for (int i = 0; i < earned.length; i++) {
      OrganisationSummary.Builder b =
          OrganisationSummary.builder("o" + i, OrganisationType.SAVINGS, REF, YEAR);
      if (earned[i] == null) {
        b.notApplicable("r", Ratio.of(2));
      } else {
        b.node("r", earned[i], Ratio.of(2));
      }
      out.add(b.build());
    }
    return out;
  }

  @Test
  void values_on_a_small_common_denominator_are_held_scaled() {
    // 1/2, 3/4, none, 1/4 of 2 points: fractions 1/4, 3/8, -, 1/8; common denominator 8
    Column c = Column.of(of(Ratio.of(1, 2), Ratio.of(3, 4), null, Ratio.of(1, 4)), 0, true);
    assertThat(c.scaled).isNotNull();
    assertThat(c.common).isEqualTo(8);
    check(c);
  }

  @Test
  void values_without_a_small_common_denominator_are_held_as_pairs() {
    // denominators 1000003, 1000033 and 1000037 (primes): their product is above 2^41
    Column c =
        Column.of(
            of(
                Ratio.of(500_002, 1_000_003),
                Ratio.of(750_025, 1_000_033),
                null,
                Ratio.of(250_009, 1_000_037)),
            0,
            true);
    assertThat(c.scaled).isNull();
    check(c);
  }

  /** The second value is the largest, the fourth the smallest, the third does not apply. */
  private static void check(Column c) {
    assertThat(c.applies(2)).isFalse();
    assertThat(c.value(2)).isNull();
    assertThat(c.compare(1, 0)).isPositive();
    assertThat(c.compare(3, 0)).isNegative();
    assertThat(c.compare(2, 3)).isNegative();
    assertThat(c.compare(0, 0)).isZero();
    assertThat(c.ascending(new int[] {0, 1, 2, 3})).containsExactly(2, 3, 0, 1);
    assertThat(c.descending(new int[] {0, 1, 2, 3})).containsExactly(1, 0, 3, 2);
    // the percent is the value × 100, exactly
    assertThat(c.percent(1)).isEqualTo(c.value(1).times(100));
    // against 1/5: 1/4-ish and 3/8-ish above, 1/8-ish below, none below
    Ratio fifth = Ratio.of(1, 5);
    assertThat(c.compareWith(0, fifth, 1, 5)).isPositive();
    assertThat(c.compareWith(3, fifth, 1, 5)).isNegative();
    assertThat(c.compareWith(2, fifth, 1, 5)).isNegative();
    assertThat(c.compareWith(1, fifth, 0, 0)).isPositive();
  }
}
