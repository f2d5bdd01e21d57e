package io.github.assessmentkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a ratio holds its value: in longs while it fits, not brought to lowest terms until it grows
 * past 2^31 (so that values sharing a denominator add without a common-denominator search, as
 * {@link Ratio#of(long, long)} says), and in big numbers only when it does not fit in longs. The
 * value is the same either way; these tests pin the way it is computed.
 */
class RatioHeldTermsTest {
  private static final long TWO_31 = 1L << 31;

  @Test
  void zero_and_one_are_the_shared_constants() {
    assertThat(Ratio.of(0)).isSameAs(Ratio.ZERO);
    assertThat(Ratio.of(1)).isSameAs(Ratio.ONE);
    assertThat(Ratio.of(7).heldTerms()).isEqualTo("7/1");
  }

  @Test
  void a_small_quotient_is_kept_as_given_with_the_sign_on_the_numerator() {
    assertThat(Ratio.of(2, 4).heldTerms()).isEqualTo("2/4");
    assertThat(Ratio.of(2, -4).heldTerms()).isEqualTo("-2/4");
    assertThat(Ratio.of(0, 5)).isSameAs(Ratio.ZERO);
  }

  @Test
  void a_denominator_of_the_lowest_long_is_held_in_big_numbers_with_the_sign_moved() {
    // 1 / -2^63 = -1 / 2^63, and 2^63 does not fit in a long
    assertThat(Ratio.of(1, Long.MIN_VALUE).heldTerms()).isEqualTo("big -1/9223372036854775808");
    // -2^63 / -1 = 2^63
    Ratio r = Ratio.of(Long.MIN_VALUE, -1);
    assertThat(r.heldTerms()).isEqualTo("big 9223372036854775808/1");
    assertThat(r.numerator()).isEqualTo(BigInteger.ONE.shiftLeft(63));
  }

  @Test
  void a_quotient_past_two_to_the_31_is_brought_to_lowest_terms() {
    // numerator exactly 2^31: kept; one more pair past it: reduced
    assertThat(Ratio.of(TWO_31, 2).heldTerms()).isEqualTo("2147483648/2");
    // (2^31 + 2) / 2 = 2^30 + 1 = 1073741825
    assertThat(Ratio.of(TWO_31 + 2, 2).heldTerms()).isEqualTo("1073741825/1");
    assertThat(Ratio.of(-TWO_31, 2).heldTerms()).isEqualTo("-2147483648/2");
    assertThat(Ratio.of(-TWO_31 - 2, 2).heldTerms()).isEqualTo("-1073741825/1");
    assertThat(Ratio.of(2, TWO_31).heldTerms()).isEqualTo("2/2147483648");
    // 2 / (2^31 + 2) = 1 / (2^30 + 1)
    assertThat(Ratio.of(2, TWO_31 + 2).heldTerms()).isEqualTo("1/1073741825");
  }

  @Test
  void adding_over_one_denominator_adds_the_numerators_only() {
    // 1/2 + 1/2 = 2/2, held as it came
    assertThat(Ratio.of(1, 2).plus(Ratio.of(1, 2)).heldTerms()).isEqualTo("2/2");
    // 1/6 - 1/6 = 0, the shared zero
    assertThat(Ratio.of(1, 6).minus(Ratio.of(1, 6))).isSameAs(Ratio.ZERO);
  }

  @Test
  void adding_zero_gives_the_other_value_as_it_is_held() {
    Ratio twoSixths = Ratio.of(2, 6);
    assertThat(Ratio.ZERO.plus(twoSixths)).isSameAs(twoSixths);
    assertThat(twoSixths.plus(Ratio.ZERO)).isSameAs(twoSixths);
  }

  @Test
  void adding_when_one_denominator_divides_the_other_keeps_the_larger() {
    // 1/6 + 1/3 = 1/6 + 2/6 = 3/6
    assertThat(Ratio.of(1, 6).plus(Ratio.of(1, 3)).heldTerms()).isEqualTo("3/6");
    // 1/3 + 1/6 = 2/6 + 1/6 = 3/6
    assertThat(Ratio.of(1, 3).plus(Ratio.of(1, 6)).heldTerms()).isEqualTo("3/6");
  }

  @Test
  void adding_over_unrelated_denominators_multiplies_them() {
    // 1/4 + 1/6 = (6 + 4) / 24 = 10/24
    assertThat(Ratio.of(1, 4).plus(Ratio.of(1, 6)).heldTerms()).isEqualTo("10/24");
  }

  @Test
  void a_sum_that_overflows_a_long_is_held_in_big_numbers() {
    // (2^62 + 2^62) / 1 = 2^63
    Ratio quarter = Ratio.of(1L << 62, 1);
    assertThat(quarter.plus(quarter).heldTerms()).isEqualTo("big 9223372036854775808/1");
    // (2^63 - 1) + (2^63 - 1) over unrelated denominators 2 and 3: 3(2^63-1) + 2(2^63-1) overflows
    Ratio sum = Ratio.of(Long.MAX_VALUE, 2).plus(Ratio.of(Long.MAX_VALUE, 3));
    // 5 (2^63 - 1) / 6 = 46116860184273879035 / 6
    assertThat(sum.heldTerms()).isEqualTo("big 46116860184273879035/6");
  }

  @Test
  void a_sum_reaching_the_lowest_long_is_held_in_big_numbers() {
    // (-2^63 + 1) + (-1) = -2^63, whose magnitude does not fit in a long
    Ratio sum = Ratio.of(Long.MIN_VALUE + 1, 1).plus(Ratio.of(-1, 1));
    assertThat(sum.heldTerms()).isEqualTo("big -9223372036854775808/1");
  }

  @Test
  void negating_keeps_the_terms() {
    assertThat(Ratio.of(2, 6).negate().heldTerms()).isEqualTo("-2/6");
    // -(-2^63) = 2^63 does not fit
    assertThat(Ratio.of(Long.MIN_VALUE + 1, 1).minus(Ratio.ONE).negate().heldTerms())
        .isEqualTo("big 9223372036854775808/1");
  }

  @Test
  void multiplying_multiplies_the_terms_and_by_one_gives_the_value_unchanged() {
    Ratio twoFourths = Ratio.of(2, 4);
    assertThat(twoFourths.times(Ratio.of(3, 3))).isSameAs(twoFourths);
    assertThat(Ratio.of(3, 3).times(twoFourths)).isSameAs(twoFourths);
    // 1/2 × 2/3 = 2/6
    assertThat(Ratio.of(1, 2).times(Ratio.of(2, 3)).heldTerms()).isEqualTo("2/6");
    // 1/4 × 2 = 2/4
    assertThat(Ratio.of(1, 4).times(2).heldTerms()).isEqualTo("2/4");
    // 2^62 × 4 = 2^64 does not fit
    assertThat(Ratio.of(1L << 62, 1).times(4).heldTerms()).isEqualTo("big 18446744073709551616/1");
    assertThat(Ratio.of(1L << 62, 1).times(Ratio.of(4, 1)).heldTerms())
        .isEqualTo("big 18446744073709551616/1");
  }

  @Test
  void dividing_crosses_the_terms_and_moves_the_sign_up() {
    // 2/3 ÷ 2 = 2/6
    assertThat(Ratio.of(2, 3).dividedBy(Ratio.of(2, 1)).heldTerms()).isEqualTo("2/6");
    // 2/3 ÷ -2 = -2/6
    assertThat(Ratio.of(2, 3).dividedBy(Ratio.of(-2, 1)).heldTerms()).isEqualTo("-2/6");
    // 1 ÷ -2^63: the denominator cannot be negated in a long
    assertThat(Ratio.ONE.dividedBy(Ratio.of(Long.MIN_VALUE, 1)).heldTerms())
        .isEqualTo("big -1/9223372036854775808");
    // -2^63 ÷ -1 = 2^63
    assertThat(Ratio.of(Long.MIN_VALUE, 1).dividedBy(Ratio.of(-1, 1)).heldTerms())
        .isEqualTo("big 9223372036854775808/1");
  }

  @Test
  void big_numbers_that_fit_in_longs_come_back_to_longs_in_lowest_terms() {
    // 2^62 has 63 bits: still big; 2^62 - 1 has 62 bits: back in longs
    assertThat(Ratio.of(BigInteger.ONE.shiftLeft(62), BigInteger.ONE).heldTerms())
        .isEqualTo("big 4611686018427387904/1");
    assertThat(Ratio.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(62)).heldTerms())
        .isEqualTo("big 1/4611686018427387904");
    assertThat(Ratio.of(BigInteger.valueOf(6), BigInteger.valueOf(-4)).heldTerms())
        .isEqualTo("-3/2");
    assertThat(Ratio.of(BigInteger.valueOf(Long.MAX_VALUE / 2), BigInteger.ONE).heldTerms())
        .isEqualTo("4611686018427387903/1");
  }

  @Test
  void one_is_one_however_it_is_held() {
    assertThat(Ratio.of(3, 3).isOne()).isTrue();
    assertThat(Ratio.of(3, 4).isOne()).isFalse();
    BigInteger big = BigInteger.ONE.shiftLeft(70);
    assertThat(Ratio.of(big, big).isOne()).isTrue();
    assertThat(Ratio.of(big.add(BigInteger.ONE), big).isOne()).isFalse();
  }

  @Test
  void a_sum_of_mixed_signs_or_with_no_bits_in_common_stays_in_longs() {
    // same denominator: 1 + 2 = 3 (1^3 = 2 and 2^3 = 1 share no bit), -1 + 3 = 2
    assertThat(Ratio.of(1, 6).plus(Ratio.of(2, 6)).heldTerms()).isEqualTo("3/6");
    assertThat(Ratio.of(-1, 6).plus(Ratio.of(3, 6)).heldTerms()).isEqualTo("2/6");
    // one denominator divides the other: -1/6 + 2/3 = -1/6 + 4/6 = 3/6
    assertThat(Ratio.of(-1, 6).plus(Ratio.of(2, 3)).heldTerms()).isEqualTo("3/6");
    // unrelated denominators: -1/4 + 3/6 = (-6 + 12) / 24 = 6/24
    assertThat(Ratio.of(-1, 4).plus(Ratio.of(3, 6)).heldTerms()).isEqualTo("6/24");
  }

  @Test
  void a_whole_value_rounds_to_itself_in_every_mode() {
    // -4/2 = -2 and 4/2 = 2 exactly: no mode moves them
    for (RoundingMode mode :
        List.of(
            RoundingMode.FLOOR, RoundingMode.CEILING, RoundingMode.DOWN, RoundingMode.HALF_EVEN)) {
      assertThat(Ratio.of(-4, 2).toLong(mode)).as("%s", mode).isEqualTo(-2);
      assertThat(Ratio.of(4, 2).toLong(mode)).as("%s", mode).isEqualTo(2);
    }
  }

  @Test
  void zero_written_with_any_scale_is_the_shared_zero() {
    assertThat(Ratio.of(new BigDecimal("0.00"))).isSameAs(Ratio.ZERO);
    assertThat(Ratio.of(new BigDecimal("0E+3"))).isSameAs(Ratio.ZERO);
    assertThat(Ratio.of(new BigDecimal("0E-30"))).isSameAs(Ratio.ZERO);
  }
}
