package io.github.assessmentkit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.text.Language;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link Coverage}: how much of a node could be judged, with hand-worked counts. */
class CoverageTest {

  @Test
  void counts_that_hold_together_are_kept_as_given() {
    // 0 <= met <= rated <= ratable: 0 <= 0 <= 0 <= 0, 1 <= 1 <= 1, 0 <= 2 <= 3
    assertThat(new Coverage(0, 0, 0)).isEqualTo(Coverage.NONE);
    assertThat(new Coverage(1, 1, 1).met()).isEqualTo(1);
    Coverage c = new Coverage(3, 2, 0);
    assertThat(c.ratable()).isEqualTo(3);
    assertThat(c.rated()).isEqualTo(2);
    assertThat(c.met()).isZero();
  }

  @Test
  void counts_out_of_order_are_refused_in_both_languages() {
    // met −1 < 0; met 2 > rated 1; rated 2 > ratable 1
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Coverage(1, 1, -1))
        .withMessage("coverage needs 0 <= met <= rated <= ratable, was -1, 1, 1")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo(
                        "ความครบถ้วนต้องเป็นไปตาม 0 <= met <= rated <= ratable แต่ได้รับ -1, 1, 1"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Coverage(3, 1, 2))
        .withMessage("coverage needs 0 <= met <= rated <= ratable, was 2, 1, 3");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Coverage(1, 2, 0))
        .withMessage("coverage needs 0 <= met <= rated <= ratable, was 0, 2, 1");
  }

  @Test
  void small_counts_share_one_instance_and_larger_ones_are_equal_values() {
    // every count from 0 to 15 is shared, at each edge: 0/0/0, 3/3/3 (met = rated = ratable),
    // 15/15/15, 3/0/0 and 3/2/2
    assertThat(Coverage.of(0, 0, 0)).isSameAs(Coverage.of(0, 0, 0)).isEqualTo(Coverage.NONE);
    assertThat(Coverage.of(3, 3, 3)).isSameAs(Coverage.of(3, 3, 3));
    assertThat(Coverage.of(15, 15, 15)).isSameAs(Coverage.of(15, 15, 15));
    assertThat(Coverage.of(3, 0, 0)).isSameAs(Coverage.of(3, 0, 0));
    assertThat(Coverage.of(3, 2, 2)).isSameAs(Coverage.of(3, 2, 2));
    assertThat(Coverage.of(3, 2, 1)).isEqualTo(new Coverage(3, 2, 1));
    // 16 and more are made each time, with the same value
    assertThat(Coverage.of(16, 16, 16)).isEqualTo(new Coverage(16, 16, 16));
    assertThat(Coverage.of(400, 300, 200)).isEqualTo(new Coverage(400, 300, 200));
  }

  @Test
  void counts_asked_for_the_first_time_are_made_and_then_shared() {
    // 14 ratable, 13 rated, 12 met: asked for by no other test
    Coverage first = Coverage.of(14, 13, 12);
    assertThat(first).isEqualTo(new Coverage(14, 13, 12));
    assertThat(Coverage.of(14, 13, 12)).isSameAs(first);
  }

  @Test
  void of_refuses_counts_out_of_order_with_the_same_message() {
    // counts far out of range are refused as counts, whatever their size
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Coverage.of(1, 300, 0))
        .withMessage("coverage needs 0 <= met <= rated <= ratable, was 0, 300, 1");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Coverage.of(15, 15, 5000))
        .withMessage("coverage needs 0 <= met <= rated <= ratable, was 5000, 15, 15");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Coverage.of(1, -300, 0))
        .withMessage("coverage needs 0 <= met <= rated <= ratable, was 0, -300, 1");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Coverage.of(1, 1, -500))
        .withMessage("coverage needs 0 <= met <= rated <= ratable, was -500, 1, 1");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Coverage.of(-1, -1, -1))
        .withMessage("coverage needs 0 <= met <= rated <= ratable, was -1, -1, -1");
  }

  @Test
  void coverages_add_count_by_count() {
    // (4, 3, 1) + (2, 2, 2) = (6, 5, 3)
    assertThat(Coverage.of(4, 3, 1).plus(Coverage.of(2, 2, 2))).isEqualTo(new Coverage(6, 5, 3));
  }

  @Test
  void percent_is_rated_over_ratable_to_two_places_and_100_when_nothing_is_ratable() {
    // 2 of 3 = 66.666… → 66.67; 1 of 8 = 12.5 → 12.50; 0 of 0 → 100.00; 0 of 5 → 0.00
    assertThat(Coverage.of(3, 2, 0).percent()).isEqualTo(new BigDecimal("66.67"));
    assertThat(Coverage.of(8, 1, 1).percent()).isEqualTo(new BigDecimal("12.50"));
    assertThat(Coverage.NONE.percent()).isEqualTo(new BigDecimal("100.00"));
    assertThat(Coverage.of(5, 0, 0).percent()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void it_is_complete_when_every_ratable_indicator_is_rated() {
    assertThat(Coverage.of(3, 3, 0).isComplete()).isTrue();
    assertThat(Coverage.of(3, 2, 2).isComplete()).isFalse();
    assertThat(Coverage.NONE.isComplete()).isTrue();
  }
}
