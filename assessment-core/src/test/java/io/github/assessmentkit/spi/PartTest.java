package io.github.assessmentkit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.MissingValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.text.Language;
import org.junit.jupiter.api.Test;

/** {@link Part}: one part a strategy combines, with hand-worked points. */
class PartTest {
  private static Part part(Ratio fraction, Coverage coverage) {
    return new Part("1.1", Ratio.of(1, 2), Ratio.of(40), fraction, coverage, null, null);
  }

  @Test
  void a_part_earns_its_fraction_of_its_possible_points_exactly() {
    // 3/4 × 40 = 30; 1/3 × 40 = 40/3; 0 × 40 = 0
    assertThat(part(Ratio.of(3, 4), Coverage.of(1, 1, 0)).earned()).isEqualTo(Ratio.of(30));
    assertThat(part(Ratio.of(1, 3), Coverage.of(1, 1, 0)).earned()).isEqualTo(Ratio.of(40, 3));
    assertThat(part(Ratio.ZERO, Coverage.of(1, 0, 0)).earned()).isEqualTo(Ratio.ZERO);
  }

  @Test
  void a_part_is_rated_when_one_of_its_indicators_is() {
    // rated 1 of 2 → rated; 0 of 2 → not
    assertThat(part(Ratio.ZERO, Coverage.of(2, 1, 0)).isRated()).isTrue();
    assertThat(part(Ratio.ZERO, Coverage.of(2, 0, 0)).isRated()).isFalse();
  }

  @Test
  void a_part_is_fully_met_only_at_a_fraction_of_one() {
    // 2/2 = 1 → met; 99/100 → not
    assertThat(part(Ratio.of(2, 2), Coverage.of(1, 1, 1)).isFullyMet()).isTrue();
    assertThat(part(Ratio.of(99, 100), Coverage.of(1, 1, 0)).isFullyMet()).isFalse();
  }

  @Test
  void a_part_needs_an_id_and_its_numbers() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Part(" ", Ratio.ONE, Ratio.ONE, Ratio.ONE, Coverage.NONE, null, null))
        .withMessage("id cannot be blank")
        .satisfies(
            e -> assertThat(e.getMessage(Language.TH)).isEqualTo("id ต้องไม่เป็นข้อความว่าง"));
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new Part("1.1", null, Ratio.ONE, Ratio.ONE, Coverage.NONE, null, null))
        .withMessage("share cannot be null")
        .satisfies(e -> assertThat(e.getMessage(Language.TH)).isEqualTo("share ต้องไม่เป็น null"));
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new Part("1.1", Ratio.ONE, null, Ratio.ONE, Coverage.NONE, null, null))
        .withMessage("possible cannot be null");
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new Part("1.1", Ratio.ONE, Ratio.ONE, null, Coverage.NONE, null, null))
        .withMessage("fraction cannot be null");
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new Part("1.1", Ratio.ONE, Ratio.ONE, Ratio.ONE, null, null, null))
        .withMessage("coverage cannot be null");
  }
}
