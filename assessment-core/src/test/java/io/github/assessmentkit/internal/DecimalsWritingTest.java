package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link Decimals}: shared cents and plain writing, at the edges of their fast paths. */
class DecimalsWritingTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static String appended(BigDecimal value) {
    return Decimals.appendPlain(new StringBuilder(), value).toString();
  }

  @Test
  void cents_from_0_to_100_are_shared_and_others_are_made_each_time() {
    // 0 → 0.00 and 10 000 → 100.00 are the shared edges; 98.76 is asked for here first
    assertThat(Decimals.cents(0)).isEqualTo(d("0.00")).isSameAs(Decimals.cents(0));
    assertThat(Decimals.cents(10_000)).isEqualTo(d("100.00")).isSameAs(Decimals.cents(10_000));
    BigDecimal first = Decimals.cents(9_876);
    assertThat(first).isEqualTo(d("98.76"));
    assertThat(Decimals.cents(9_876)).isSameAs(first);
    // beyond them: 10 001 → 100.01, −1 → −0.01
    assertThat(Decimals.cents(10_001)).isEqualTo(d("100.01"));
    assertThat(Decimals.cents(-1)).isEqualTo(d("-0.01"));
  }

  @Test
  void append_plain_writes_what_to_plain_string_writes() {
    // 1E+3 has a negative scale: 1000; 18 and 19 places; 18 and 19 digits; a negative
    for (String v :
        new String[] {
          "1E+3",
          "0.000000000000000001",
          "0.0000000000000000001",
          "123456789012345678",
          "1234567890123456789",
          "-0.05",
          "12.340",
          "7"
        }) {
      assertThat(appended(d(v))).as(v).isEqualTo(d(v).toPlainString());
    }
    assertThat(appended(d("1E+3"))).isEqualTo("1000");
    assertThat(appended(d("-0.05"))).isEqualTo("-0.05");
  }

  @Test
  void stripped_values_lose_trailing_zeros_and_keep_whole_tens() {
    // 1000.00 → 1000 (not 1E+3); 12.340 → 12.34; 0.0 → 0
    assertThat(Decimals.appendStripped(new StringBuilder(), d("1000.00")).toString())
        .isEqualTo("1000");
    assertThat(Decimals.appendStripped(new StringBuilder(), d("12.340")).toString())
        .isEqualTo("12.34");
    assertThat(Decimals.appendStripped(new StringBuilder(), d("0.0")).toString()).isEqualTo("0");
    assertThat(Decimals.plain(d("1.2E+3"))).isEqualTo("1200");
    assertThat(Decimals.plain(d("12.500"))).isEqualTo("12.5");
  }
}
