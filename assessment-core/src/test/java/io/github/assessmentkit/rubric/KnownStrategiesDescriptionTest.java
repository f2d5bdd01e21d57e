package io.github.assessmentkit.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a {@link KnownStrategies} knows, and how it names itself in a builder's diagnostics. */
class KnownStrategiesDescriptionTest {
  @Test
  void any_knows_every_id_lists_none_and_says_so() {
    KnownStrategies any = KnownStrategies.any();

    assertThat(any.knows("made-up")).isTrue();
    assertThat(any.ids()).isEmpty();
    assertThat(any).hasToString("any strategy");
  }

  @Test
  void a_list_knows_only_its_ids_keeps_their_order_and_shows_them() {
    KnownStrategies listed = KnownStrategies.of(List.of("weighted-mean", "points-sum"));

    assertThat(listed.knows("points-sum")).isTrue();
    assertThat(listed.knows("maturity")).isFalse();
    assertThat(listed.ids()).containsExactly("weighted-mean", "points-sum");
    assertThat(listed).hasToString("[weighted-mean, points-sum]");
  }
}
