package io.github.assessmentkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * {@link Ratio} rounded to whole numbers and at the edges of its forms, with hand-worked values.
 */
class RatioWholeNumbersTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void a_whole_value_is_itself_in_every_mode() {
    // 6/3 = 2 and −6/3 = −2 exactly: no mode moves them, not even UNNECESSARY
    for (RoundingMode mode : RoundingMode.values()) {
      assertThat(Ratio.of(6, 3).toLong(mode)).as("%s", mode).isEqualTo(2);
      assertThat(Ratio.of(-6, 3).toLong(mode)).as("%s", mode).isEqualTo(-2);
    }
  }

  @Test
  void floor_ceiling_and_down_go_to_the_whole_number_below_above_or_toward_zero() {
    // 10/3 = 3.33…: floor 3, ceiling 4, down 3; −10/3 = −3.33…: floor −4, ceiling −3, down −3
    assertThat(Ratio.of(10, 3).toLong(RoundingMode.FLOOR)).isEqualTo(3);
    assertThat(Ratio.of(10, 3).toLong(RoundingMode.CEILING)).isEqualTo(4);
    assertThat(Ratio.of(10, 3).toLong(RoundingMode.DOWN)).isEqualTo(3);
    assertThat(Ratio.of(-10, 3).toLong(RoundingMode.FLOOR)).isEqualTo(-4);
    assertThat(Ratio.of(-10, 3).toLong(RoundingMode.CEILING)).isEqualTo(-3);
    assertThat(Ratio.of(-10, 3).toLong(RoundingMode.DOWN)).isEqualTo(-3);
  }

  @Test
  void half_even_goes_to_the_nearer_whole_number_and_from_a_half_to_the_even_one() {
    // 5/2 = 2.5 → 2 (even); 7/2 = 3.5 → 4 (even); −5/2 → −2; −7/2 → −4
    assertThat(Ratio.of(5, 2).toLong(RoundingMode.HALF_EVEN)).isEqualTo(2);
    assertThat(Ratio.of(7, 2).toLong(RoundingMode.HALF_EVEN)).isEqualTo(4);
    assertThat(Ratio.of(-5, 2).toLong(RoundingMode.HALF_EVEN)).isEqualTo(-2);
    assertThat(Ratio.of(-7, 2).toLong(RoundingMode.HALF_EVEN)).isEqualTo(-4);
    // 8/3 = 2.67 → 3; 7/3 = 2.33 → 2; −8/3 → −3; −7/3 → −2
    assertThat(Ratio.of(8, 3).toLong(RoundingMode.HALF_EVEN)).isEqualTo(3);
    assertThat(Ratio.of(7, 3).toLong(RoundingMode.HALF_EVEN)).isEqualTo(2);
    assertThat(Ratio.of(-8, 3).toLong(RoundingMode.HALF_EVEN)).isEqualTo(-3);
    assertThat(Ratio.of(-7, 3).toLong(RoundingMode.HALF_EVEN)).isEqualTo(-2);
  }

  @Test
  void the_other_modes_round_as_big_decimal_does() {
    // 5/2 = 2.5: up 3, half-up 3, half-down 2; −5/2: up −3, half-up −3, half-down −2
    assertThat(Ratio.of(5, 2).toLong(RoundingMode.UP)).isEqualTo(3);
    assertThat(Ratio.of(5, 2).toLong(RoundingMode.HALF_UP)).isEqualTo(3);
    assertThat(Ratio.of(5, 2).toLong(RoundingMode.HALF_DOWN)).isEqualTo(2);
    assertThat(Ratio.of(-5, 2).toLong(RoundingMode.UP)).isEqualTo(-3);
    assertThat(Ratio.of(-5, 2).toLong(RoundingMode.HALF_UP)).isEqualTo(-3);
    assertThat(Ratio.of(-5, 2).toLong(RoundingMode.HALF_DOWN)).isEqualTo(-2);
    // a fraction cannot be had without rounding
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Ratio.of(5, 2).toLong(RoundingMode.UNNECESSARY));
  }

  @Test
  void a_value_beyond_a_long_rounds_only_when_the_result_fits() {
    // (2^64 + 1) / 4 = 2^62 + 1/4 → 2^62 down, 2^62 + 1 up
    Ratio big = Ratio.of(BigInteger.TWO.pow(64).add(BigInteger.ONE), BigInteger.valueOf(4));
    assertThat(big.toLong(RoundingMode.DOWN)).isEqualTo(1L << 62);
    assertThat(big.toLong(RoundingMode.CEILING)).isEqualTo((1L << 62) + 1);
    // 2^63 itself does not fit
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(
            () -> Ratio.of(BigInteger.TWO.pow(63), BigInteger.ONE).toLong(RoundingMode.DOWN));
  }

  @Test
  void a_denominator_of_minus_2_to_the_63_moves_its_sign_to_the_numerator() {
    // 1 / −2^63 = −1 / 9223372036854775808, which needs a big denominator
    Ratio r = Ratio.of(1, Long.MIN_VALUE);
    assertThat(r.signum()).isEqualTo(-1);
    assertThat(r.toString()).isEqualTo("-1/9223372036854775808");
    assertThat(r.denominator()).isEqualTo(BigInteger.TWO.pow(63));
    // 6 / −2^63 = −3 / 2^62, back in longs
    assertThat(Ratio.of(6, Long.MIN_VALUE)).isEqualTo(Ratio.of(-3, 1L << 62));
  }

  @Test
  void decimals_with_many_places_are_taken_exactly() {
    // 0.000000000000000001 (18 places) = 1/10^18; 0.0000000000000000001 (19 places) = 1/10^19;
    // 5/10^19 = 1/(2 × 10^18)
    assertThat(Ratio.of(d("0.000000000000000001")).denominator()).isEqualTo(BigInteger.TEN.pow(18));
    assertThat(Ratio.of(d("0.0000000000000000001")).denominator())
        .isEqualTo(BigInteger.TEN.pow(19));
    assertThat(Ratio.of(d("0.0000000000000000005")).toString()).isEqualTo("1/2000000000000000000");
  }

  @Test
  void to_big_decimal_gives_any_number_of_places() {
    // 1/3 to 18 and 19 places, down: eighteen and nineteen threes
    assertThat(Ratio.of(1, 3).toBigDecimal(18, RoundingMode.DOWN))
        .isEqualTo(d("0.333333333333333333"));
    assertThat(Ratio.of(1, 3).toBigDecimal(19, RoundingMode.DOWN))
        .isEqualTo(d("0.3333333333333333333"));
    // 1250 to −2 places is 12.5 hundreds → 12 hundreds half-even, 13 half-up
    assertThat(Ratio.of(1250).toBigDecimal(-2, RoundingMode.HALF_EVEN)).isEqualTo(d("1.2E+3"));
    assertThat(Ratio.of(1250).toBigDecimal(-2, RoundingMode.HALF_UP)).isEqualTo(d("1.3E+3"));
  }

  @Test
  void a_ratio_equals_only_a_ratio_of_the_same_value() {
    assertThat(Ratio.ONE.equals(Ratio.of(3, 3))).isTrue();
    assertThat(Ratio.ONE.equals("1")).isFalse();
    assertThat(Ratio.ONE.equals(null)).isFalse();
    assertThat(Ratio.ONE.equals(BigDecimal.ONE)).isFalse();
  }

  @Test
  void the_smaller_or_larger_of_two_equal_values_is_the_first() {
    // 2/4 and 1/2 are equal: min and max keep the receiver
    Ratio half = Ratio.of(2, 4);
    Ratio other = Ratio.of(1, 2);
    assertThat(half.min(other)).isSameAs(half);
    assertThat(half.max(other)).isSameAs(half);
    // −1/2 < 1/3
    assertThat(Ratio.of(1, 3).min(Ratio.of(-1, 2))).isEqualTo(Ratio.of(-1, 2));
    assertThat(Ratio.of(-1, 2).max(Ratio.of(1, 3))).isEqualTo(Ratio.of(1, 3));
  }
}
