package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ladders placing a scored tree on one rung, read off a metric. */
class LadderTest {
  private static final Provenance UNVERIFIED =
      Provenance.unverified(Text.en("provincial practice"), Text.en("thresholds not published"));

  /**
   * The governance levels: ดีเด่น 90, ดีมาก 80, ดี 70, พอใช้ 60 (all "at least"), else
   * ต้องปรับปรุง.
   */
  private final Ladder governance =
      new Ladder(
          "governance-level",
          Text.of("ระดับธรรมาภิบาล", "Governance level"),
          Metric.totalPercent(),
          List.of(
              Rung.atLeast("outstanding", Text.of("ดีเด่น", "outstanding"), 90),
              Rung.atLeast("very-good", Text.of("ดีมาก", "very good"), 80),
              Rung.atLeast("good", Text.of("ดี", "good"), 70),
              Rung.atLeast("fair", Text.of("พอใช้", "fair"), 60),
              Rung.bottom("improve", Text.of("ต้องปรับปรุง", "needs improvement"))),
          UNVERIFIED);

  /** A scored tree: category 1 earns {@code one}, category 2 earns {@code two}, of 50 each. */
  private static NodeScore tree(String one, String two) {
    NodeScore c1 = node("1", new BigDecimal(one), List.of());
    NodeScore c2 = node("2", new BigDecimal(two), List.of());
    BigDecimal total = c1.earned().add(c2.earned());
    return new NodeScore(
        "r",
        Text.en("root"),
        CriterionKind.OTHER,
        true,
        total,
        new BigDecimal("100.00"),
        total.setScale(2),
        Coverage.NONE,
        null,
        Explanation.of("points-sum", Text.en("sum"), ""),
        List.of(c1, c2),
        List.of(),
        Ratio.of(100),
        Ratio.of(total).dividedBy(Ratio.of(100)));
  }

  private static NodeScore node(String id, BigDecimal earned, List<NodeScore> children) {
    BigDecimal possible = new BigDecimal("50.00");
    return new NodeScore(
        id,
        Text.en(id),
        CriterionKind.PROCESS,
        true,
        earned,
        possible,
        earned.multiply(BigDecimal.valueOf(2)).setScale(2),
        Coverage.NONE,
        null,
        Explanation.of("points-sum", Text.en("sum"), ""),
        children,
        List.of(),
        Ratio.of(possible),
        Ratio.of(earned).dividedBy(Ratio.of(possible)));
  }

  @Test
  void places_on_the_highest_rung_whose_bound_is_reached() {
    // when 42.00 + 41.34 = 83.34 %
    LevelDecision level = Decisions.place(governance, tree("42.00", "41.34"));

    // then
    assertThat(level.rungId()).isEqualTo("very-good");
    assertThat(level.label().get(Language.TH)).isEqualTo("ดีมาก");
    assertThat(level.value()).isEqualTo(new BigDecimal("83.34"));
    assertThat(level.reason().get(Language.EN)).isEqualTo("total percent = 83.34 ≥ 80");
    assertThat(level.reason().get(Language.TH)).isEqualTo("ร้อยละของคะแนนรวม = 83.34 ≥ 80");
    assertThat(level.verified()).isFalse();
  }

  @Test
  void at_least_includes_the_bound_and_above_does_not() {
    // given 40.00 + 40.00 = 80.00 %
    NodeScore eighty = tree("40.00", "40.00");
    Ladder strict =
        new Ladder(
            "strict",
            Text.en("Strict"),
            Metric.totalPercent(),
            List.of(Rung.above("high", Text.en("high"), 80), Rung.bottom("low", Text.en("low"))),
            UNVERIFIED);

    // when / then
    assertThat(Decisions.place(governance, eighty).rungId()).isEqualTo("very-good");
    assertThat(Decisions.place(strict, eighty).rungId()).isEqualTo("low");
  }

  @Test
  void the_bottom_rung_catches_everything_below_and_says_so() {
    // when 30.00 + 25.00 = 55.00 %
    LevelDecision level = Decisions.place(governance, tree("30.00", "25.00"));

    // then
    assertThat(level.rungId()).isEqualTo("improve");
    assertThat(level.reason().get(Language.EN))
        .isEqualTo("total percent = 55.00, below every higher rung");
  }

  @Test
  void reads_totals_and_criteria_off_the_tree() {
    // given
    NodeScore root = tree("42.00", "41.34");

    // when / then
    assertThat(Decisions.read(Metric.totalPoints(), root)).isEqualByComparingTo("83.34");
    assertThat(Decisions.read(Metric.points("1", "2"), root)).isEqualByComparingTo("83.34");
    // 41.34 of 50 = 82.68 %
    assertThat(Decisions.read(Metric.percent("2"), root)).isEqualByComparingTo("82.68");
    assertThat(Metric.points("1.1", "1.2").describe().get(Language.EN))
        .isEqualTo("points of 1.1 + 1.2");
  }

  @Test
  void a_ladder_is_checked_when_made() {
    // given
    Rung top = Rung.atLeast("top", Text.en("top"), 50);
    Rung bottom = Rung.bottom("bottom", Text.en("bottom"));
    Metric m = Metric.totalPoints();

    // when / then
    assertThatThrownBy(() -> new Ladder("l", Text.en("l"), m, List.of(bottom), UNVERIFIED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ladder l needs at least two rungs");
    assertThatThrownBy(
            () -> new Ladder("l", Text.en("l"), m, List.of(top, top, bottom), UNVERIFIED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ladder l lists rung top twice");
    assertThatThrownBy(() -> new Ladder("l", Text.en("l"), m, List.of(top, top), UNVERIFIED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ladder l lists rung top twice");
    assertThatThrownBy(
            () ->
                new Ladder(
                    "l",
                    Text.en("l"),
                    m,
                    List.of(top, Rung.atLeast("mid", Text.en("m"), 40)),
                    UNVERIFIED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ladder l: only the last rung has no bound (rung mid)");
    assertThatThrownBy(
            () ->
                new Ladder(
                    "l",
                    Text.en("l"),
                    m,
                    List.of(top, Rung.atLeast("higher", Text.en("h"), 60), bottom),
                    UNVERIFIED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ladder l: rung higher must have a lower bound than the one above");
    assertThatThrownBy(() -> Metric.points())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a points metric needs at least one criterion");
  }
}
