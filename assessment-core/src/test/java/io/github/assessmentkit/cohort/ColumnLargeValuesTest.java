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
 * A column whose values would pass 2^63 as multiples of their common denominator holds them
 * otherwise, exactly: such a product does not fit a long, though the high half of the product is 0.
 */
class ColumnLargeValuesTest {
  private static final RubricRef REF = new RubricRef("r", "1");
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2567);

  /** 2^33 + 1 */
  private static final long D = (1L << 33) + 1;

  /** 2^30 + 1: times D it is 2^63 + 2^33 + 2^30 + 1, between 2^63 and 2^64 */
  private static final long A = (1L << 30) + 1;

  private static List<OrganisationSummary> of(Ratio... earned) {
    List<OrganisationSummary> out = new ArrayList<>();
    for (int i = 0; i < earned.length; i++) {
      out.add(
          OrganisationSummary.builder("o" + i, OrganisationType.SAVINGS, REF, YEAR)
              .node("r", earned[i], Ratio.of(A))
              .node("s", earned[i], Ratio.of(A))
              .build());
    }
    return out;
  }

  @Test
  void a_value_whose_multiple_of_the_common_denominator_passes_two_to_the_63_keeps_its_order() {
    // 1/D, then A: as multiples of D they would be 1 and A × D (above 2^63); A is the larger
    List<OrganisationSummary> round = of(Ratio.of(1, D), Ratio.of(A), Ratio.ZERO);
    for (Column c :
        List.of(Column.of(round, 0, false), Column.of(round, new int[] {0, 1}, false)[1])) {
      assertThat(c.value(0)).isEqualTo(Ratio.of(1, D));
      assertThat(c.value(1)).isEqualTo(Ratio.of(A));
      assertThat(c.compare(1, 0)).isPositive();
      assertThat(c.compare(0, 2)).isPositive();
      assertThat(c.descending(new int[] {0, 1, 2})).containsExactly(1, 0, 2);
      assertThat(c.percent(1)).isEqualTo(Ratio.of(A * 100));
    }
  }

  @Test
  void a_common_denominator_that_would_pass_two_to_the_63_is_not_used() {
    // denominators D and 2^30 + 3 (odd, no factor of D = 3 × 2863311531): their product passes
    // 2^63; the values 1/D and 1/(2^30 + 3) compare by cross-multiplication: the second is larger
    long e = (1L << 30) + 3;
    List<OrganisationSummary> round = of(Ratio.of(1, D), Ratio.of(1, e));
    for (Column c :
        List.of(Column.of(round, 0, false), Column.of(round, new int[] {0, 1}, false)[0])) {
      assertThat(c.scaled).isNull();
      assertThat(c.value(0)).isEqualTo(Ratio.of(1, D));
      assertThat(c.value(1)).isEqualTo(Ratio.of(1, e));
      assertThat(c.compare(1, 0)).isPositive();
      assertThat(c.ascending(new int[] {1, 0})).containsExactly(0, 1);
    }
  }

  @Test
  void a_comparison_with_a_fraction_whose_cross_product_passes_two_to_the_63_is_exact() {
    // 1/2^41 and 1 of 2 points: held as 1 and 2^41 over the common denominator 2^41
    long two41 = 1L << 41;
    List<OrganisationSummary> round = new ArrayList<>();
    for (Ratio earned : List.of(Ratio.of(1, two41), Ratio.ONE)) {
      round.add(
          OrganisationSummary.builder("o" + round.size(), OrganisationType.SAVINGS, REF, YEAR)
              .node("r", earned, Ratio.of(2))
              .node("s", earned, Ratio.of(2))
              .build());
    }
    Column c = Column.of(round, 0, false);
    assertThat(c.common).isEqualTo(two41);
    // 1 against 1/(2^22 + 1): 2^41 × (2^22 + 1) = 2^63 + 2^41, past a long; 1 is above
    long t = (1L << 22) + 1;
    assertThat(c.compareWith(1, Ratio.of(1, t), 1, t)).isPositive();
    // 1/2^41 against (2^22 + 1)/(2^22 + 3): (2^22 + 1) × 2^41 = 2^63 + 2^41, past a long;
    // 1/2^41 is below
    long u = (1L << 22) + 3;
    assertThat(c.compareWith(0, Ratio.of(t, u), t, u)).isNegative();
  }
}
