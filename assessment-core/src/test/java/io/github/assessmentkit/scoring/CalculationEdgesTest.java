package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.spi.Formula;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The calculation text of a sum, a mean and a lowest part when parts are missing: a part without a
 * rating that kept its points counts as 0; one that left (no points) is not written.
 */
class CalculationEdgesTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void a_sum_of_no_parts_shows_no_rating() {
    // nothing to add up: "— = earned"
    assertThat(Calculations.render(new Formula.Sum(), List.of(), d("0.00"), d("0.00"), null))
        .isEqualTo("— = 0.00");
  }

  @Test
  void a_mean_with_no_counted_part_shows_no_rating() {
    // A is unrated and has no points left: nothing to average, so only "— = earned"
    String text =
        Calculations.render(
            new Formula.Mean(),
            List.of(new Term("A", d("0.00"), null, null)),
            d("10.00"),
            d("0.00"),
            null);

    assertThat(text).isEqualTo("— = 0.00");
  }

  @Test
  void a_mean_without_a_fraction_of_its_own_shows_zero() {
    // A is unrated but keeps its 10.00, counted at 0: (10.00×0) / 10.00 = 0; × 10.00 = 0.00
    String text =
        Calculations.render(
            new Formula.Mean(),
            List.of(new Term("A", d("10.00"), null, null)),
            d("10.00"),
            d("0.00"),
            null);

    assertThat(text).isEqualTo("(10.00×0) / 10.00 = 0; × 10.00 = 0.00");
  }

  @Test
  void the_lowest_part_is_named_with_its_fraction() {
    // min(A 3/4, B 1/2) = B 1/2, written 0.5; × 40.00 = 20.00
    String text =
        Calculations.render(
            new Formula.Lowest("B"),
            List.of(
                new Term("A", d("20.00"), d("15.00"), Ratio.of(3, 4)),
                new Term("B", d("20.00"), d("10.00"), Ratio.of(1, 2))),
            d("40.00"),
            d("20.00"),
            Ratio.of(1, 2));

    assertThat(text).isEqualTo("min(A 0.75, B 0.5) = B 0.5; × 40.00 = 20.00");
  }

  @Test
  void a_lowest_part_that_is_not_counted_shows_zero() {
    // B is unrated and left (no points), C is not among the terms at all: each counts as 0
    List<Term> terms =
        List.of(
            new Term("A", d("20.00"), d("15.00"), Ratio.of(3, 4)),
            new Term("B", d("0.00"), null, null));

    assertThat(
            Calculations.render(new Formula.Lowest("B"), terms, d("20.00"), d("0.00"), Ratio.ZERO))
        .isEqualTo("min(A 0.75) = B 0; × 20.00 = 0.00");
    assertThat(
            Calculations.render(new Formula.Lowest("C"), terms, d("20.00"), d("0.00"), Ratio.ZERO))
        .isEqualTo("min(A 0.75) = C 0; × 20.00 = 0.00");
  }
}
