package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Allocation#split} of amounts and weights that whole cents in a long cannot hold. */
class AllocationBeyondCentsTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void a_whole_with_a_fraction_of_a_cent_is_split_in_whole_cents() {
    // 10.005 over 1 : 1 → 500.25 cents each → 500 and 500, and the half cent is not handed out
    assertThat(Allocation.split(d("10.005"), List.of(d("1"), d("1"))))
        .containsExactly(d("5.00"), d("5.00"));
  }

  @Test
  void weights_of_more_than_eighteen_digits_split_like_small_ones() {
    // 1E+20 : 3E+20 is 1 : 3 → 10.00 splits into 2.50 and 7.50
    assertThat(Allocation.split(d("10.00"), List.of(d("1E+20"), d("3E+20"))))
        .containsExactly(d("2.50"), d("7.50"));
  }

  @Test
  void a_whole_beyond_a_long_of_cents_is_split_exactly() {
    // 10^17 points = 10^19 cents, more than a long holds: halves of 5 × 10^16
    assertThat(Allocation.split(d("100000000000000000"), List.of(d("1"), d("1"))))
        .containsExactly(d("50000000000000000.00"), d("50000000000000000.00"));
  }
}
