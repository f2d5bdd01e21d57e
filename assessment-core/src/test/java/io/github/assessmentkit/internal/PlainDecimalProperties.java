package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.testing.Examples;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PlainDecimalProperties {
  private static final int EXAMPLES = Examples.usual(2000);

  /** Decimals of up to 22 digits, positive or negative, with scales from -3 to 21. */
  private static Gen<BigDecimal> decimals() {
    Gen<BigInteger> unscaled =
        Generate.longRange(-999_999_999_999_999_999L, 999_999_999_999_999_999L)
            .zip(
                Generate.range(0, 4),
                (n, extra) -> BigInteger.valueOf(n).multiply(BigInteger.TEN.pow(extra)));
    Gen<BigInteger> small = Generate.longRange(-1_000, 1_000).map(BigInteger::valueOf);
    return Generate.frequency(
            org.quicktheories.api.Pair.of(1, unscaled), org.quicktheories.api.Pair.of(1, small))
        .zip(Generate.range(-3, 21), BigDecimal::new);
  }

  @Test
  void appends_what_to_plain_string_gives() {
    qt().withExamples(EXAMPLES)
        .forAll(decimals())
        .checkAssert(
            value ->
                assertThat(Decimals.appendPlain(new StringBuilder("x"), value).toString())
                    .isEqualTo("x" + value.toPlainString()));
  }

  @Test
  void appends_what_plain_gives() {
    qt().withExamples(EXAMPLES)
        .forAll(decimals())
        .checkAssert(
            value ->
                assertThat(Decimals.appendStripped(new StringBuilder(), value).toString())
                    .isEqualTo(Decimals.plain(value)));
  }

  @Test
  void writes_points_with_their_leading_and_trailing_zeros() {
    // 5 cents is 0.05, not .05 or 0.5; 1200 cents is 12.00; -7 cents is -0.07
    assertThat(Decimals.appendPlain(new StringBuilder(), new BigDecimal("0.05")).toString())
        .isEqualTo("0.05");
    assertThat(Decimals.appendPlain(new StringBuilder(), new BigDecimal("12.00")).toString())
        .isEqualTo("12.00");
    assertThat(Decimals.appendPlain(new StringBuilder(), new BigDecimal("-0.07")).toString())
        .isEqualTo("-0.07");
  }
}
