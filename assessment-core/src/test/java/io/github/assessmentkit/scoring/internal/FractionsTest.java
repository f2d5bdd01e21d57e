package io.github.assessmentkit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.spi.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic the built-in strategies share ({@link Fractions}): the weighted fraction, the
 * lowest part, and whether any part weighs.
 */
class FractionsTest {
  @Test
  void the_weighted_fraction_adds_share_times_fraction() {
    // 1/4 × 1 + 3/4 × 1/3 = 1/4 + 1/4 = 1/2
    List<Part> parts =
        List.of(part("a", Ratio.of(1, 4), Ratio.ONE), part("b", Ratio.of(3, 4), Ratio.of(1, 3)));

    assertThat(Fractions.weighted(parts)).isEqualTo(Ratio.of(1, 2));
  }

  @Test
  void the_lowest_part_is_the_first_of_those_that_tie() {
    // b and c both earn 1/4, the lowest: b comes first
    List<Part> parts =
        List.of(
            part("a", Ratio.of(1, 3), Ratio.of(1, 2)),
            part("b", Ratio.of(1, 3), Ratio.of(1, 4)),
            part("c", Ratio.of(1, 3), Ratio.of(1, 4)));

    assertThat(Fractions.lowest(parts).id()).isEqualTo("b");
  }

  @Test
  void a_part_weighing_0_is_not_the_lowest_when_another_weighs() {
    // a weighs 0 and earns 0; b, the only one weighing, earns 1/2
    List<Part> parts =
        List.of(part("a", Ratio.ZERO, Ratio.ZERO), part("b", Ratio.ONE, Ratio.of(1, 2)));

    assertThat(Fractions.lowest(parts).id()).isEqualTo("b");
  }

  @Test
  void among_parts_that_all_weigh_0_the_lowest_is_the_lowest_of_all() {
    // none weighs: b's 1/4 is below a's 1/2
    List<Part> parts =
        List.of(part("a", Ratio.ZERO, Ratio.of(1, 2)), part("b", Ratio.ZERO, Ratio.of(1, 4)));

    assertThat(Fractions.lowest(parts).id()).isEqualTo("b");
  }

  @Test
  void some_part_weighs_when_one_has_a_share_above_0() {
    assertThat(
            Fractions.anyWeighs(
                List.of(part("a", Ratio.ZERO, Ratio.ONE), part("b", Ratio.ONE, Ratio.ONE))))
        .isTrue();
  }

  @Test
  void no_part_weighs_when_every_share_is_0() {
    assertThat(
            Fractions.anyWeighs(
                List.of(part("a", Ratio.ZERO, Ratio.ONE), part("b", Ratio.ZERO, Ratio.ONE))))
        .isFalse();
    assertThat(Fractions.anyWeighs(List.of())).isFalse();
  }

  private static Part part(String id, Ratio share, Ratio fraction) {
    return new Part(id, share, Ratio.ONE, fraction, Coverage.of(1, 1, 0), null, null);
  }
}
