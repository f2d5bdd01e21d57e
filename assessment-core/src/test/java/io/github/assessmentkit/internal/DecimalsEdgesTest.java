package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@link Decimals}: writing values beyond eighteen digits or with a negative scale, and the shared
 * instances of whole cents.
 */
class DecimalsEdgesTest {
  private static String plain(BigDecimal value) {
    return Decimals.appendPlain(new StringBuilder(), value).toString();
  }

  @Test
  void a_negative_scale_is_written_out_in_full() {
    // 1E+3 is 1000, unscaled 1 and scale -3
    assertThat(plain(new BigDecimal("1E+3"))).isEqualTo("1000");
  }

  @Test
  void more_than_eighteen_decimal_places_are_written_in_full() {
    // 1E-19: unscaled 1, scale 19; 10^19 does not fit in a long
    assertThat(plain(new BigDecimal("1E-19"))).isEqualTo("0.0000000000000000001");
  }

  @Test
  void more_than_eighteen_digits_are_written_in_full() {
    // twenty digits, beyond a long (9223372036854775807 has nineteen)
    assertThat(plain(new BigDecimal("12345678901234567890"))).isEqualTo("12345678901234567890");
    assertThat(plain(new BigDecimal("1234567890.1234567890"))).isEqualTo("1234567890.1234567890");
  }

  @Test
  void stripped_values_are_written_without_trailing_zeros() {
    // 1000.00 stripped is 1E+3, written 1000; 2.50 is 2.5
    assertThat(Decimals.appendStripped(new StringBuilder(), new BigDecimal("1000.00")).toString())
        .isEqualTo("1000");
    assertThat(Decimals.appendStripped(new StringBuilder(), new BigDecimal("2.50")).toString())
        .isEqualTo("2.5");
  }

  @Test
  void whole_cents_from_zero_to_one_hundred_share_one_instance_each() {
    // 0.00, 0.05 and 100.00 (10000 cents), the ends and a point between
    for (long cents : new long[] {0, 5, 10_000}) {
      BigDecimal first = Decimals.cents(cents);
      assertThat(first).isEqualTo(BigDecimal.valueOf(cents, 2));
      assertThat(Decimals.cents(cents)).isSameAs(first);
    }
  }

  @Test
  void cents_outside_zero_to_one_hundred_are_made_anew() {
    // -0.01 and 100.01
    assertThat(Decimals.cents(-1)).isEqualTo(new BigDecimal("-0.01"));
    assertThat(Decimals.cents(10_001)).isEqualTo(new BigDecimal("100.01"));
  }
}
