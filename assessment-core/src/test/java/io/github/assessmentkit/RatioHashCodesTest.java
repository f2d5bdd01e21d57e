package io.github.assessmentkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Ratio#hashCode}: equal values hash alike (see {@link RatioTest}), and distinct values a
 * rubric commonly holds spread over distinct hash codes, so that maps keyed by ratios stay fast.
 */
class RatioHashCodesTest {

  @Test
  void the_positive_fractions_with_terms_up_to_20_have_distinct_hash_codes() {
    // given every a/b with 1 <= a, b <= 20, in lowest terms (1/2 and 2/4 are one value)
    Set<Ratio> values = new LinkedHashSet<>();
    for (int a = 1; a <= 20; a++) {
      for (int b = 1; b <= 20; b++) {
        values.add(Ratio.of(a, b));
      }
    }

    // when
    Set<Integer> hashes = new HashSet<>();
    for (Ratio r : values) {
      hashes.add(r.hashCode());
    }

    // then one hash code per value
    assertThat(hashes).hasSameSizeAs(values);
  }

  @Test
  void values_beyond_a_long_have_distinct_hash_codes_too() {
    // given (2^64 + k) / 3^45 for k = 1 … 40: 3^45 has 72 bits, and no 2^64 + k is a multiple of
    // 3 when k is not 2 mod 3 (2^64 = 1 mod 3); keeping those leaves 27 distinct values in lowest
    // terms, each held as big integers
    BigInteger den = BigInteger.valueOf(3).pow(45);
    Set<Ratio> values = new LinkedHashSet<>();
    for (int k = 1; k <= 40; k++) {
      if (k % 3 != 2) {
        values.add(Ratio.of(BigInteger.TWO.pow(64).add(BigInteger.valueOf(k)), den));
      }
    }
    assertThat(values).hasSize(27);

    // when
    Set<Integer> hashes = new HashSet<>();
    for (Ratio r : values) {
      hashes.add(r.hashCode());
    }

    // then
    assertThat(hashes).hasSameSizeAs(values);
  }
}
