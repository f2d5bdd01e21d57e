package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.assessmentkit.testing.Examples;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CentSplitProperties {
  private static final int EXAMPLES = Examples.usual(2000);

  /** Points from 0.00 to 1,000,000.00, with 0, 1 or 2 decimal places. */
  private static Gen<BigDecimal> wholes() {
    return Generate.longRange(0, 100_000_000)
        .zip(
            Generate.range(0, 2),
            (cents, scale) -> BigDecimal.valueOf(cents, 2).setScale(scale, RoundingMode.DOWN));
  }

  /**
   * One to twelve weights: often small and equal (so remainders tie), zero now and then, mostly up
   * to 100,000 with up to four decimal places, and now and then so fine or large that the whole
   * number split gives way to the decimal one.
   */
  private static Gen<List<BigDecimal>> weights() {
    Gen<BigDecimal> weight =
        Generate.frequency(
            Pair.of(1, Generate.constant(BigDecimal.ZERO)),
            Pair.of(
                3,
                Generate.pick(List.of(BigDecimal.ONE, new BigDecimal("3"), new BigDecimal("2.5")))),
            Pair.of(
                6,
                Generate.longRange(1, 100_000)
                    .zip(
                        Generate.range(0, 4),
                        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))),
            Pair.of(
                1,
                Generate.longRange(1, 1_000_000_000_000_000L)
                    .zip(
                        Generate.range(0, 8),
                        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))));
    return lists().of(weight).ofSizeBetween(1, 12);
  }

  @Test
  void shares_equal_the_twenty_place_decimal_shares() {
    AtomicInteger wholeNumbers = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(wholes(), weights())
        .checkAssert(
            (whole, weights) -> {
              if (CentSplit.split(whole, weights) != null) {
                wholeNumbers.incrementAndGet();
              }
              List<BigDecimal> shares = Allocation.split(whole, weights);
              assertThat(shares).isEqualTo(Allocation.splitDecimal(whole, weights));
              for (BigDecimal share : shares) {
                assertThat(share.scale()).isEqualTo(Decimals.POINTS_SCALE);
              }
            });
    // most examples take the whole-number way, so it is the one compared
    assertThat(wholeNumbers.get()).isGreaterThanOrEqualTo(EXAMPLES / 3);
  }

  @Test
  void equal_remainders_go_to_the_earlier_parts() {
    // 1.00 in three equal parts: 100 cents / 3 = 33 each, remainder 1/3 each, 1 cent left over,
    // which goes to the first part: 0.34, 0.33, 0.33
    List<BigDecimal> shares =
        Allocation.split(
            new BigDecimal("1.00"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
    assertThat(shares)
        .containsExactly(new BigDecimal("0.34"), new BigDecimal("0.33"), new BigDecimal("0.33"));
  }

  @Test
  void the_largest_remainder_gets_the_cent_before_an_earlier_part() {
    // 0.10 by weights 1, 2: exact 10/3 = 3.33 and 20/3 = 6.67 cents; floors 3 and 6, 1 cent left,
    // remainders 1/3 and 2/3, so the second part gets it: 0.03, 0.07
    List<BigDecimal> shares =
        Allocation.split(new BigDecimal("0.10"), List.of(BigDecimal.ONE, new BigDecimal("2")));
    assertThat(shares).containsExactly(new BigDecimal("0.03"), new BigDecimal("0.07"));
  }

  @Test
  void numbers_too_large_for_a_long_are_split_in_decimals() {
    // the weights brought to 20 decimal places have more than 18 digits: no whole-number split;
    // 10.00 by weights 1 and 3 (one of them written with 20 places) is 2.50 and 7.50 either way
    BigDecimal fine = new BigDecimal("3.00000000000000000000");
    assertThat(CentSplit.split(new BigDecimal("10.00"), List.of(BigDecimal.ONE, fine))).isNull();
    assertThat(Allocation.split(new BigDecimal("10.00"), List.of(BigDecimal.ONE, fine)))
        .containsExactly(new BigDecimal("2.50"), new BigDecimal("7.50"));
  }

  @Test
  void zero_weights_share_equally() {
    // every weight zero: as if each were 1, so 0.05 in two parts is 3 and 2 cents (tie: first)
    List<BigDecimal> shares =
        Allocation.split(new BigDecimal("0.05"), List.of(BigDecimal.ZERO, BigDecimal.ZERO));
    assertThat(shares).containsExactly(new BigDecimal("0.03"), new BigDecimal("0.02"));
  }
}
