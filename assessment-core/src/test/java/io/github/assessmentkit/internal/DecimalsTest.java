package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The rounding rule: points to two places, half-even, once; percents to two places. */
class DecimalsTest {

  @Test
  void rounds_points_half_to_even_at_two_places() {
    // when / then: a tie goes to the even cent
    assertThat(Decimals.points(new BigDecimal("5.625"))).isEqualTo(new BigDecimal("5.62"));
    assertThat(Decimals.points(new BigDecimal("5.635"))).isEqualTo(new BigDecimal("5.64"));
    assertThat(Decimals.points(new BigDecimal("4.375"))).isEqualTo(new BigDecimal("4.38"));
    // not a tie: the nearer cent
    assertThat(Decimals.points(new BigDecimal("5.6251"))).isEqualTo(new BigDecimal("5.63"));
    assertThat(Decimals.points(new BigDecimal("7"))).isEqualTo(new BigDecimal("7.00"));
  }

  @Test
  void turns_a_fraction_of_possible_points_into_points_once() {
    // when 45 % of an item worth 12.50: 0.45 x 12.50 = 5.625, a tie
    BigDecimal earned = Decimals.earned(new BigDecimal("0.45"), new BigDecimal("12.50"));

    // then half-even gives 5.62 (half-up would give 5.63)
    assertThat(earned).isEqualTo(new BigDecimal("5.62"));
  }

  @Test
  void keeps_fractions_to_ten_places() {
    // when / then 1 / 3 = 0.3333333333; 2 / 3 = 0.6666666667
    assertThat(Decimals.fraction(BigDecimal.ONE, BigDecimal.valueOf(3)))
        .isEqualTo(new BigDecimal("0.3333333333"));
    assertThat(Decimals.fraction(BigDecimal.valueOf(2), BigDecimal.valueOf(3)))
        .isEqualTo(new BigDecimal("0.6666666667"));
  }

  @Test
  void gives_percents_to_two_places_and_zero_of_nothing() {
    // when / then 25 / 60 = 41.666.. -> 41.67; 1 / 8 = 12.5 -> 12.50
    assertThat(Decimals.percent(new BigDecimal("25"), new BigDecimal("60")))
        .isEqualTo(new BigDecimal("41.67"));
    assertThat(Decimals.percent(BigDecimal.ONE, new BigDecimal("8")))
        .isEqualTo(new BigDecimal("12.50"));
    assertThat(Decimals.percent(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void prints_plainly_without_trailing_zeros_or_exponents() {
    // when / then
    assertThat(Decimals.plain(new BigDecimal("100.00"))).isEqualTo("100");
    assertThat(Decimals.plain(new BigDecimal("0.3500000000"))).isEqualTo("0.35");
    assertThat(Decimals.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
  }
}
