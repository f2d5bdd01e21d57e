package io.github.assessmentkit.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.text.Text;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A consensus trail names the decision that stands on each indicator, and extends an earlier trail
 * when it repeats all of that trail's entries, however many it adds (none included).
 */
class ConsensusTrailTest {
  private static final Stamp FAC = Stamp.at("fac", Instant.parse("2026-01-05T03:00:00Z"));

  private static Panel panel() {
    Rubric rubric = PanelTest.mixed();
    return Panel.of(
        rubric,
        List.of(
            PanelTest.by(rubric, "x0", Rating.of("B", 30)),
            PanelTest.by(rubric, "x1", Rating.of("B", 40))));
  }

  @Test
  void the_latest_decision_on_an_indicator_stands() {
    // given B overridden to 35, then to 40
    ConsensusTrail trail =
        panel()
            .reconcile()
            .override("B", RatingValue.of(35), FAC, Text.en("one"))
            .override("B", RatingValue.of(40), FAC, Text.en("two"))
            .trail();

    // when / then entry 2 stands on B
    assertThat(trail.decisions()).containsOnlyKeys("B");
    assertThat(trail.decisions().get("B")).isEqualTo(trail.entries().get(1));
  }

  @Test
  void a_trail_extends_itself_and_its_continuations_but_not_what_came_before() {
    // given
    Reconciliation start = panel().reconcile();
    ConsensusTrail none = start.trail();
    ConsensusTrail one = start.override("B", RatingValue.of(35), FAC, Text.en("one")).trail();

    // when / then
    assertThat(none.isExtendedBy(none)).isTrue();
    assertThat(one.isExtendedBy(one)).isTrue();
    assertThat(none.isExtendedBy(one)).isTrue();
    assertThat(one.isExtendedBy(none)).isFalse();
  }
}
