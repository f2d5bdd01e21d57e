package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static List<BigDecimal> weights(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void splits_in_proportion_when_the_shares_come_out_even() {
    // given 65 points weighted 3 : 1
    // when
    List<BigDecimal> shares = Allocation.split(new BigDecimal("65"), weights("3", "1"));

    // then 65 x 3/4 = 48.75; 65 x 1/4 = 16.25
    assertThat(shares).containsExactly(new BigDecimal("48.75"), new BigDecimal("16.25"));
  }

  @Test
  void gives_the_leftover_cent_to_the_earlier_part_on_a_tie() {
    // given 100 points in three equal parts
    // when
    List<BigDecimal> shares = Allocation.split(new BigDecimal("100"), weights("1", "1", "1"));

    // then each exact share is 33.333..; floors 33.33 x 3 = 99.99; the one cent left goes to the
    // first part (equal remainders)
    assertThat(shares)
        .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
  }

  @Test
  void gives_the_leftover_cent_to_the_largest_remainder() {
    // given 10 points weighted 1 : 2
    // when
    List<BigDecimal> shares = Allocation.split(new BigDecimal("10"), weights("1", "2"));

    // then exact shares 3.333.. (remainder 0.33 cent) and 6.666.. (remainder 0.67 cent): the
    // cent left over goes to the second part
    assertThat(shares).containsExactly(new BigDecimal("3.33"), new BigDecimal("6.67"));
  }

  @Test
  void shares_always_add_up_to_the_whole_with_two_decimal_places() {
    // given 1000 points over seven awkward weights
    List<BigDecimal> shares =
        Allocation.split(new BigDecimal("1000"), weights("7", "11", "13", "0.5", "3", "1", "2"));

    // then
    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo(new BigDecimal("1000.00"));
    assertThat(shares).allSatisfy(s -> assertThat(s.scale()).isEqualTo(2));
  }

  @Test
  void a_zero_weight_gets_nothing_while_another_part_has_weight() {
    // given 10 points weighted 0 : 2
    // when
    List<BigDecimal> shares = Allocation.split(new BigDecimal("10"), weights("0", "2"));

    // then
    assertThat(shares).containsExactly(new BigDecimal("0.00"), new BigDecimal("10.00"));
  }

  @Test
  void parts_that_all_weigh_zero_share_equally() {
    // given 10 points and only zero-point parts left (say, the others are not applicable)
    // when
    List<BigDecimal> shares = Allocation.split(new BigDecimal("10"), weights("0", "0"));

    // then 10 / 2 = 5.00 each; nothing is lost and nothing divides by zero
    assertThat(shares).containsExactly(new BigDecimal("5.00"), new BigDecimal("5.00"));
  }

  @Test
  void nothing_to_split_gives_zero_shares_and_no_parts_give_no_shares() {
    // when / then
    assertThat(Allocation.split(new BigDecimal("0.00"), weights("0", "0")))
        .containsExactly(new BigDecimal("0.00"), new BigDecimal("0.00"));
    assertThat(Allocation.split(new BigDecimal("10"), List.of())).isEmpty();
  }
}
