package io.github.assessmentkit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The values a history is made of: flag rules and their ids, trends, series, decisions, year
 * entries and the rules, each with the bounds it checks.
 */
class HistoryValuesTest {
  private static final FiscalYear Y2565 = FiscalYear.ofBuddhistEra(2565);
  private static final FiscalYear Y2566 = FiscalYear.ofBuddhistEra(2566);

  @Test
  void each_flag_rule_has_an_id_a_kind_and_a_label_and_is_found_by_its_id() {
    assertThat(FlagRule.values())
        .extracting(FlagRule::id)
        .containsExactly(
            "level-lost",
            "award-lost",
            "plaque-lost",
            "node-fell",
            "coverage-fell",
            "first-top-rung",
            "plaque-won",
            "plaque-regained",
            "improvement-streak");
    assertThat(FlagRule.values())
        .extracting(FlagRule::kind)
        .containsExactly(
            FlagKind.REGRESSION,
            FlagKind.REGRESSION,
            FlagKind.REGRESSION,
            FlagKind.REGRESSION,
            FlagKind.REGRESSION,
            FlagKind.RECOVERY,
            FlagKind.RECOVERY,
            FlagKind.RECOVERY,
            FlagKind.RECOVERY);
    assertThat(FlagRule.NODE_FELL.label().get(Language.EN)).isEqualTo("score fell");
    assertThat(FlagRule.PLAQUE_REGAINED.label().get(Language.TH)).isEqualTo("กลับมาผ่านเกณฑ์โล่");
    for (FlagRule r : FlagRule.values()) {
      assertThat(FlagRule.of(r.id())).contains(r);
      assertThat(r.label().isBilingual()).isTrue();
    }
    assertThat(FlagRule.of("NODE_FELL")).isEmpty();
  }

  @Test
  void a_flag_is_of_its_rules_kind() {
    Flag fell = new Flag(FlagRule.NODE_FELL, Y2565, "1", Text.en("fell"));
    Flag won = new Flag(FlagRule.PLAQUE_WON, Y2565, "gold", Text.en("won"));

    assertThat(fell.kind()).isEqualTo(FlagKind.REGRESSION);
    assertThat(won.kind()).isEqualTo(FlagKind.RECOVERY);
  }

  @Test
  void a_trend_ends_in_at_most_one_rise_fewer_than_its_years() {
    // 3 years can end in 0, 1 or 2 rises, not 3; no years, no rises
    assertThat(new Trend(TrendDirection.RISING, BigDecimal.ONE, 3, Y2565, 2).rises()).isEqualTo(2);
    assertThat(new Trend(TrendDirection.TOO_SHORT, null, 0, null, 0).years()).isZero();
    assertThat(new Trend(TrendDirection.TOO_SHORT, null, 1, Y2565, 0).since()).isEqualTo(Y2565);
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Trend(TrendDirection.RISING, BigDecimal.ONE, 3, Y2565, 3))
        .withMessage("a trend of 3 years cannot end in 3 rises");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Trend(TrendDirection.TOO_SHORT, null, 0, null, 1))
        .withMessage("a trend of 0 years cannot end in 1 rises");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Trend(TrendDirection.TOO_SHORT, null, -1, null, 0))
        .withMessage("a trend of -1 years cannot end in 0 rises");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Trend(TrendDirection.TOO_SHORT, null, 2, Y2565, -1))
        .withMessage("a trend of 2 years cannot end in -1 rises");
  }

  @Test
  void a_trend_has_a_slope_exactly_when_it_has_a_direction() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Trend(TrendDirection.TOO_SHORT, BigDecimal.ONE, 2, Y2565, 0))
        .withMessage(
            "a slope is given exactly when the direction is not TOO_SHORT (here TOO_SHORT)");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Trend(TrendDirection.STEADY, null, 3, Y2565, 0))
        .withMessage("a slope is given exactly when the direction is not TOO_SHORT (here STEADY)");
    assertThat(new Trend(TrendDirection.STEADY, BigDecimal.ZERO, 3, Y2565, 0).slope()).isZero();
  }

  @Test
  void a_series_is_found_by_year_and_knows_whether_it_breaks() {
    Trend shortTrend = new Trend(TrendDirection.TOO_SHORT, null, 2, Y2565, 0);
    Point first = new Point(Y2565, "1", new BigDecimal("40.00"), null, false);
    Point unbroken =
        new Point(Y2566, "1", new BigDecimal("40.00"), BigDecimal.ZERO.setScale(2), false);
    Point broken = new Point(Y2566, "1.3", new BigDecimal("40.00"), null, true);

    NodeSeries kept = new NodeSeries("1", Text.en("One"), 0, List.of(first, unbroken), shortTrend);
    NodeSeries split =
        new NodeSeries("1.3", Text.en("Three"), 2, List.of(first, broken), shortTrend);

    assertThat(kept.at(Y2566)).contains(unbroken);
    assertThat(kept.at(FiscalYear.ofBuddhistEra(2564))).isEmpty();
    assertThat(kept.hasBreak()).isFalse();
    assertThat(split.hasBreak()).isTrue();
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new NodeSeries("1", Text.en("One"), -1, List.of(), shortTrend))
        .withMessage("depth cannot be negative: -1");
  }

  @Test
  void a_decision_point_has_a_number_of_zero_or_more() {
    assertThat(new DecisionPoint("mini", true, null, Text.en("none"), 0).number()).isZero();
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new DecisionPoint("mini", true, "gold", Text.en("Gold"), -1))
        .withMessage("number cannot be negative: -1");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new DecisionPoint("mini", true, " ", Text.en("Gold"), 1));
  }

  @Test
  void a_year_entry_finds_its_decisions_and_the_plaques_it_holds() {
    History h =
        History.builder(HistoryRules.defaults("mini-award"))
            .rubric(Years.V1)
            .scorecard(Years.v1(2565, 70, 70, 70))
            .build();
    YearEntry year = h.years().get(0);

    // 70 % everywhere: 70.00 points, above 50: gold, the first of 2 tiers (number 2 − 0 = 2);
    // above 40: good, the top of 2 rungs (number 2 too)
    assertThat(year.decision("mini").orElseThrow())
        .isEqualTo(
            new DecisionPoint(
                "mini", true, "gold", year.decision("mini").orElseThrow().label(), 2));
    assertThat(year.decision("overall").orElseThrow().number()).isEqualTo(2);
    assertThat(year.decision("overall").orElseThrow().resultId()).isEqualTo("good");
    assertThat(year.decision("other")).isEmpty();
    assertThat(year.holds("gold-plaque")).isFalse();
    YearEntry holding =
        new YearEntry(
            year.year(),
            year.rubric(),
            year.assessmentId(),
            year.coverage(),
            year.decisions(),
            List.of("gold-plaque"));
    assertThat(holding.holds("gold-plaque")).isTrue();
  }

  @Test
  void the_default_rules_are_the_librarys_unverified_choice() {
    HistoryRules d = HistoryRules.defaults("cqa");

    assertThat(d.rubricId()).isEqualTo("cqa");
    assertThat(d.nodeDrop()).isEqualByComparingTo("10");
    assertThat(d.coverageDrop()).isEqualByComparingTo("5");
    assertThat(d.minimumYears()).isEqualTo(3);
    assertThat(d.steadyWithin()).isEqualByComparingTo("1");
    assertThat(d.streak()).isEqualTo(3);
    assertThat(d.plaques()).isEmpty();
    assertThat(d.provenance().verified()).isFalse();
    assertThat(d.provenance().source().get(Language.EN)).isEqualTo("AssessmentKit defaults");
  }

  @Test
  void each_wither_changes_its_own_rule_only() {
    HistoryRules d = HistoryRules.defaults("cqa");
    Plaque gold = Plaque.award("gold", Text.en("Gold"), "mini", "gold");
    Provenance p = Provenance.verified(Text.en("board"), Text.en("resolution 3/2566"));

    HistoryRules changed =
        d.withNodeDrop(new BigDecimal("7"))
            .withCoverageDrop(new BigDecimal("2"))
            .withDirection(4, new BigDecimal("0.5"))
            .withStreak(2)
            .withPlaques(List.of(gold))
            .withProvenance(p);

    assertThat(changed)
        .isEqualTo(
            new HistoryRules(
                "cqa",
                new BigDecimal("7"),
                new BigDecimal("2"),
                4,
                new BigDecimal("0.5"),
                2,
                List.of(gold),
                p));
    assertThat(d.withDirection(3, BigDecimal.ZERO).steadyWithin()).isZero();
  }

  @Test
  void a_plaque_reads_an_award_tier_or_a_ladder_rung_and_is_declared_once() {
    Plaque award = Plaque.award("gold", Text.en("Gold"), "mini", "gold");
    Plaque level = Plaque.level("good", Text.en("Good"), "overall", "good");

    assertThat(award.award()).isTrue();
    assertThat(level.award()).isFalse();
    assertThat(level.decisionId()).isEqualTo("overall");
    assertThat(level.atLeast()).isEqualTo("good");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> HistoryRules.defaults("cqa").withPlaques(List.of(award, award)))
        .withMessage("plaque 'gold' is declared twice");
  }

  @Test
  void a_point_names_its_node_unless_the_node_was_not_there() {
    assertThat(new Point(Y2565, null, null, null, false).nodeId()).isNull();
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Point(Y2565, " ", null, null, false));
  }
}
