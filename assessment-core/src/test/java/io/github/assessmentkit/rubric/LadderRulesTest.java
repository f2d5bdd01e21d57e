package io.github.assessmentkit.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a {@link Ladder} accepts when it is made (the scoring package's {@code LadderTest} covers
 * the messages of the simpler refusals): at least two rungs, each id once, bounds strictly
 * descending with only the last rung unbounded, and no rung condition or gate that reads a ladder,
 * however deeply it is nested.
 */
class LadderRulesTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("t"), Text.en("t"));
  private static final Text NAME = Text.en("grade");
  private static final Condition READS_A_LADDER = new Condition.RungReached("other", "gold");

  private static Ladder ladder(Rung... rungs) {
    return new Ladder("grade", NAME, Metric.totalPoints(), List.of(rungs), TEST);
  }

  private static Rung top(Condition... conditions) {
    return Rung.atLeast("pass", Text.en("pass"), 60).withConditions(conditions);
  }

  private static Rung fail() {
    return Rung.bottom("fail", Text.en("fail"));
  }

  private static String refusal(Runnable making) {
    InvalidValueException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidValueException.class, making::run);
    assertThat(e).as("refused").isNotNull();
    return e.getMessage();
  }

  @Test
  void two_rungs_are_enough() {
    // the smallest ladder: pass at 60 and the bottom rung
    assertThat(ladder(top(), fail()).rungs()).hasSize(2);
  }

  @Test
  void only_the_last_rung_goes_without_a_bound() {
    // an unbounded rung above the last
    assertThat(refusal(() -> ladder(fail(), Rung.bottom("none", Text.en("none")))))
        .contains("ladder grade: only the last rung has no bound (rung fail)");
    // a bounded rung at the bottom
    assertThat(refusal(() -> ladder(top(), Rung.atLeast("low", Text.en("low"), 10))))
        .contains("ladder grade: only the last rung has no bound (rung low)");
  }

  @Test
  void bounds_descend_strictly_from_the_top() {
    Rung good = Rung.atLeast("good", Text.en("good"), 60);
    Rung fair = Rung.atLeast("fair", Text.en("fair"), 59);

    // 60 then 59: one lower, accepted
    assertThat(ladder(top(), fair, fail()).rungs()).hasSize(3);
    // 60 then 60: not lower, refused naming the second rung
    assertThat(refusal(() -> ladder(top(), good, fail())))
        .contains("ladder grade: rung good must have a lower bound than the one above");
    // 59 then 60: higher, refused
    assertThat(refusal(() -> ladder(fair, top(), fail())))
        .contains("ladder grade: rung pass must have a lower bound than the one above");
  }

  @Test
  void conditions_that_read_metrics_ratings_and_coverage_are_accepted() {
    Condition plain =
        Condition.allOf(
            Condition.atLeast(Metric.totalPercent(), 50),
            Condition.anyOf(
                Condition.ratedWith("S1", "yes"),
                new Condition.CoverageAtLeast(BigDecimal.valueOf(80))),
            Condition.named(Text.en("theme"), Condition.ratedWith("S2", "yes")));

    Ladder ladder = ladder(top(plain), fail()).withGates(new Gate(Text.en("gate"), plain, "fail"));

    assertThat(ladder.rungs().get(0).conditions()).containsExactly(plain);
    assertThat(ladder.gates()).hasSize(1);
  }

  @Test
  void a_rung_condition_reading_a_ladder_is_refused_wherever_it_is_nested() {
    List<Condition> nestings =
        List.of(
            READS_A_LADDER,
            Condition.allOf(Condition.ratedWith("S1", "yes"), READS_A_LADDER),
            Condition.anyOf(
                new Condition.CoverageAtLeast(BigDecimal.ONE),
                Condition.named(Text.en("theme"), READS_A_LADDER)));

    for (Condition nested : nestings) {
      assertThat(refusal(() -> ladder(top(nested), fail())))
          .as("%s", nested)
          .contains("ladder grade: a condition of rung pass or a gate capping at it cannot read");
    }
  }

  @Test
  void a_gate_reading_a_ladder_inside_a_group_is_refused() {
    Ladder ladder = ladder(top(), fail());
    Condition inside = Condition.anyOf(Condition.atLeast(Metric.totalPoints(), 10), READS_A_LADDER);

    assertThat(refusal(() -> ladder.withGates(new Gate(Text.en("gate"), inside, "pass"))))
        .contains("ladder grade: a condition of rung pass or a gate capping at it cannot read");
  }

  @Test
  void withGates_replaces_the_gates_and_none_drops_them() {
    Gate first = new Gate(Text.en("first"), Condition.ratedWith("S1", "yes"), "fail");
    Gate second = new Gate(Text.en("second"), Condition.ratedWith("S2", "yes"), "pass");

    Ladder gated = ladder(top(), fail()).withGates(first).withGates(second);

    assertThat(gated.gates()).containsExactly(second);
    assertThat(gated.withGates().gates()).isEmpty();
  }

  @Test
  void positions_count_from_the_top_and_rung_numbers_from_the_bottom() {
    Ladder three = ladder(top(), Rung.atLeast("fair", Text.en("fair"), 40), fail());

    // positions 0, 1, 2 from the top; numbers 3 - position: 3, 2, 1
    assertThat(three.position("pass")).isZero();
    assertThat(three.position("fair")).isEqualTo(1);
    assertThat(three.position("fail")).isEqualTo(2);
    assertThat(three.position("gold")).isEqualTo(-1);
    assertThat(three.rungNumber("pass")).isEqualTo(3);
    assertThat(three.rungNumber("fair")).isEqualTo(2);
    assertThat(three.rungNumber("fail")).isEqualTo(1);
  }

  @Test
  void the_number_of_a_rung_the_ladder_lacks_is_refused_in_both_languages() {
    Ladder ladder = ladder(top(), fail());

    InvalidValueException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidValueException.class, () -> ladder.rungNumber("gold"));

    assertThat(e.getMessage()).contains("ladder grade has no rung gold");
    assertThat(e.text().get(Language.TH)).contains("gold").contains("grade");
  }
}
