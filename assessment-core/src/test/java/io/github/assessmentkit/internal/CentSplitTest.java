package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CentSplit}: which wholes and weights it splits in whole numbers (its shares then equal the
 * twenty-place decimal split) and which it leaves to the decimal split (null), at the edges of a
 * {@code long} of eighteen digits.
 */
class CentSplitTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static List<BigDecimal> weights(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  /** Splits in whole numbers, checking the shares against the decimal definition. */
  private static List<BigDecimal> split(String whole, List<BigDecimal> weights) {
    List<BigDecimal> shares = CentSplit.split(d(whole), weights);
    assertThat(shares).isNotNull().isEqualTo(Allocation.splitDecimal(d(whole), weights));
    return shares;
  }

  @Test
  void a_whole_of_zero_is_split_into_zero_shares() {
    // 0 cents over 1 : 1 → 0 and 0
    assertThat(split("0", weights("1", "1"))).containsExactly(d("0.00"), d("0.00"));
  }

  @Test
  void a_whole_with_two_decimal_places_is_split() {
    // 1.00 = 100 cents over 1 : 1 : 1 → 33 each, 1 cent left to the first (equal remainders)
    assertThat(split("1.00", weights("1", "1", "1")))
        .containsExactly(d("0.34"), d("0.33"), d("0.33"));
  }

  @Test
  void a_whole_with_a_fraction_of_a_cent_or_a_negative_whole_is_left_to_decimals() {
    assertThat(CentSplit.split(d("1.005"), weights("1", "1"))).isNull();
    assertThat(CentSplit.split(d("-1.00"), weights("1", "1"))).isNull();
  }

  @Test
  void a_whole_of_sixteen_whole_digits_fits_and_seventeen_do_not() {
    // 9999999999999999 has 16 digits, in cents 18: fits a long; its one share is itself
    assertThat(split("9999999999999999", weights("1"))).containsExactly(d("9999999999999999.00"));
    // 99999999999999.99 has 14 whole digits and 2 places, 16 digits in cents: fits
    assertThat(split("99999999999999.99", weights("1", "1")))
        // 9999999999999999 cents / 2 = 4999999999999999 r 1 each; the cent left goes to the first
        .containsExactly(d("50000000000000.00"), d("49999999999999.99"));
    // 10000000000000000 has 17 digits, 19 in cents
    assertThat(CentSplit.split(d("10000000000000000"), weights("1"))).isNull();
  }

  @Test
  void a_negative_weight_is_left_to_decimals() {
    assertThat(CentSplit.split(d("1.00"), weights("1", "-1"))).isNull();
  }

  @Test
  void a_weight_of_eighteen_digits_fits_and_nineteen_do_not() {
    // 0.01 = 1 cent over 10^17 : 1 → floors 0 and 0, remainders 10^17 and 1: the first gets it
    assertThat(split("0.01", weights("100000000000000000", "1")))
        .containsExactly(d("0.01"), d("0.00"));
    // 10^18 has nineteen digits
    assertThat(CentSplit.split(d("0.01"), weights("1000000000000000000", "1"))).isNull();
  }

  @Test
  void fine_weights_are_brought_to_their_common_scale() {
    // 0.000000001 : 0.000000002 at scale 9 is 1 : 2 → 100 cents are 33 r 1 and 66 r 2; the cent
    // left goes to the larger remainder: 0.33 and 0.67
    assertThat(split("1.00", weights("0.000000001", "0.000000002")))
        .containsExactly(d("0.33"), d("0.67"));
  }

  @Test
  void a_large_weight_beside_a_fine_one_is_left_to_decimals() {
    // 10^15 has 16 digits; brought to the scale of 0.001 it has 19
    assertThat(CentSplit.split(d("0.01"), weights("1000000000000000", "0.001"))).isNull();
  }

  @Test
  void a_zero_weight_before_others_takes_nothing() {
    // 1.00 over 0 : 1 → 0.00 and 1.00
    assertThat(split("1.00", weights("0", "1"))).containsExactly(d("0.00"), d("1.00"));
  }

  @Test
  void weights_whose_sum_leaves_a_long_are_left_to_decimals() {
    // eleven weights of 9 × 10^17 (eighteen digits each) add up to 9.9 × 10^18 > 2^63 - 1
    List<BigDecimal> weights = Collections.nCopies(11, d("900000000000000000"));
    assertThat(CentSplit.split(d("0.01"), weights)).isNull();
  }

  @Test
  void zero_weights_share_equally() {
    // every weight zero: as if each were 1, so 0.05 in two parts is 3 and 2 cents (tie: first)
    assertThat(split("0.05", weights("0", "0"))).containsExactly(d("0.03"), d("0.02"));
    // 10^14 cents in two: 5 × 10^13 cents each
    assertThat(split("1000000000000.00", weights("0", "0")))
        .containsExactly(d("500000000000.00"), d("500000000000.00"));
  }
}
