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
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AllocationProperties {
  private static final int EXAMPLES = Examples.usual(500);
  private static final BigDecimal CENT = new BigDecimal("0.01");

  /** Points from 0.00 to 100,000.00. */
  private static Gen<BigDecimal> wholes() {
    return Generate.longRange(0, 10_000_000).map(cents -> BigDecimal.valueOf(cents, 2));
  }

  /** One to eight weights from 0 to 50.0, zero now and then. */
  private static Gen<List<BigDecimal>> weights() {
    Gen<BigDecimal> weight =
        Generate.frequency(
            org.quicktheories.api.Pair.of(1, Generate.constant(BigDecimal.ZERO)),
            org.quicktheories.api.Pair.of(
                5, Generate.range(1, 500).map(tenths -> BigDecimal.valueOf(tenths, 1))));
    return lists().of(weight).ofSizeBetween(1, 8);
  }

  @Test
  void shares_add_up_to_the_whole_and_each_is_within_a_cent_of_its_exact_share() {
    AtomicInteger runs = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(wholes(), weights())
        .checkAssert(
            (whole, weights) -> {
              runs.incrementAndGet();
              List<BigDecimal> shares = Allocation.split(whole, weights);
              assertThat(shares).hasSameSizeAs(weights);
              assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                  .isEqualByComparingTo(whole);
              BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
              for (int i = 0; i < shares.size(); i++) {
                BigDecimal share = shares.get(i);
                assertThat(share.scale()).isEqualTo(2);
                assertThat(share.signum()).isNotNegative();
                BigDecimal exact =
                    total.signum() == 0
                        ? whole.divide(
                            BigDecimal.valueOf(weights.size()), 20, RoundingMode.HALF_EVEN)
                        : whole.multiply(weights.get(i)).divide(total, 20, RoundingMode.HALF_EVEN);
                assertThat(share.subtract(exact).abs()).as("share %s", i).isLessThan(CENT);
              }
            });
    assertThat(runs.get()).isGreaterThanOrEqualTo(EXAMPLES * 9 / 10);
  }
}
