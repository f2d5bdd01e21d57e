package io.github.assessmentkit.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
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

  @Test
  void a_trail_needs_an_assessment() {
    // given a trail of the panel, rebuilt without its assessments
    ConsensusTrail t = panel().reconcile().trail();

    // when / then
    assertThatThrownBy(
            () -> new ConsensusTrail(t.subjectId(), t.rubric(), t.period(), List.of(), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a panel needs at least one assessment");
  }

  @Test
  void an_entry_supersedes_an_earlier_entry_numbered_from_1() {
    // given entry 2 may supersede entry 1 only: not 0, not itself
    RatingState to = new RatingState.Rated(RatingValue.of(35));
    Instant at = FAC.at();

    // when / then
    assertThat(
            new TrailEntry(2, "B", DecisionKind.CONFIRM, "fac", at, null, to, null, 1).supersedes())
        .isEqualTo(1);
    assertThatThrownBy(
            () -> new TrailEntry(2, "B", DecisionKind.CONFIRM, "fac", at, null, to, null, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("trail entry 2");
    assertThatThrownBy(
            () -> new TrailEntry(2, "B", DecisionKind.CONFIRM, "fac", at, null, to, null, 2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("trail entry 2");
  }

  @Test
  void a_panel_and_a_reconciliation_show_their_assessments() {
    // given assessments a-x0 and a-x1, no decision yet
    Panel p = panel();

    // when / then
    assertThat(p.toString()).isEqualTo("Panel{assessments=[a-x0, a-x1], rule=MEDIAN_STEP}");
    assertThat(p.reconcile().toString()).isEqualTo("Reconciliation[[a-x0, a-x1], 0 entries]");
  }
}
