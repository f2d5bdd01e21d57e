package io.github.assessmentkit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One cooperative's history across fiscal years: series, changes, directions, breaks at a version
 * change and the flags, every number worked out by hand (see {@link Years} for the formulas).
 */
class HistoryScenarioTest {
  private static final FiscalYear Y2563 = FiscalYear.ofBuddhistEra(2563);
  private static final FiscalYear Y2564 = FiscalYear.ofBuddhistEra(2564);
  private static final FiscalYear Y2565 = FiscalYear.ofBuddhistEra(2565);
  private static final FiscalYear Y2566 = FiscalYear.ofBuddhistEra(2566);

  private static final Plaque GOLD =
      Plaque.award("gold-plaque", Text.of("โล่ทอง", "Gold plaque"), "mini", "gold");

  private static final HistoryRules RULES = HistoryRules.defaults("mini-award");

  /*
   * a, b, c by year, then total = 0.4a + 0.2b + 0.4c, category 1 = (2a + b) / 3, category 2 = c:
   *   2563: 30, 30, 30 -> 12 + 6 + 12 = 30.00; cat 1 30.00; cat 2 30.00; fair; no award
   *   2564: 70, 50, 50 -> 28 + 10 + 20 = 58.00; cat 1 190/3 = 63.33; cat 2 50.00; good; gold
   *   2565: 50, 30, 30 -> 20 + 6 + 12 = 38.00; cat 1 130/3 = 43.33; cat 2 30.00; fair; no award
   *   2566: 70, 70, 50 -> 28 + 14 + 20 = 62.00; cat 1 70.00; cat 2 50.00; good; gold
   */
  private static List<Scorecard> wonLostRegained() {
    return List.of(
        Years.v1(2566, 70, 70, 50),
        Years.v1(2564, 70, 50, 50),
        Years.v1(2563, 30, 30, 30),
        Years.v1(2565, 50, 30, 30));
  }

  @Test
  void a_series_has_its_percents_changes_and_least_squares_slope() {
    History h =
        History.builder(RULES.withPlaques(List.of(GOLD)))
            .rubric(Years.V1)
            .scorecards(wonLostRegained())
            .build();

    assertThat(h.years()).extracting(YearEntry::year).containsExactly(Y2563, Y2564, Y2565, Y2566);
    NodeSeries total = h.node("mini-award").orElseThrow();
    assertThat(total.depth()).isZero();
    assertThat(total.points())
        .extracting(Point::percent, Point::change, Point::breakBefore)
        .containsExactly(
            tuple(new BigDecimal("30.00"), null, false),
            tuple(new BigDecimal("58.00"), new BigDecimal("28.00"), false),
            tuple(new BigDecimal("38.00"), new BigDecimal("-20.00"), false),
            tuple(new BigDecimal("62.00"), new BigDecimal("24.00"), false));
    // x = 0..3: n = 4, Σx = 6, Σx² = 14, Σy = 188, Σxy = 58 + 76 + 186 = 320;
    // slope = (4·320 − 6·188) / (4·14 − 6²) = 152 / 20 = 7.60, at least 1: rising;
    // the last change (+24) is a rise, the one before (−20) is not: 1 rise
    assertThat(total.trend())
        .isEqualTo(new Trend(TrendDirection.RISING, new BigDecimal("7.60"), 4, Y2563, 1));
    // category 1: Σy = 30 + 63.33 + 43.33 + 70 = 206.66, Σxy = 63.33 + 86.66 + 210 = 359.99;
    // slope = (4·359.99 − 6·206.66) / 20 = (1439.96 − 1239.96) / 20 = 10.00
    assertThat(h.node("1").orElseThrow().trend().slope()).isEqualByComparingTo("10.00");
    // category 2: 30, 50, 30, 50: Σy = 160, Σxy = 50 + 60 + 150 = 260; (1040 − 960) / 20 = 4.00
    assertThat(h.node("2").orElseThrow().trend().slope()).isEqualByComparingTo("4.00");
    // nodes in the newest tree's order, the total first
    assertThat(h.nodes())
        .extracting(NodeSeries::nodeId)
        .containsExactly("mini-award", "1", "1.1", "1.2", "2", "2.1");
  }

  @Test
  void a_plaque_won_lost_and_regained_is_flagged_each_time_with_its_reason() {
    History h =
        History.builder(RULES.withPlaques(List.of(GOLD)))
            .rubric(Years.V1)
            .scorecards(wonLostRegained())
            .build();

    assertThat(h.years())
        .extracting(YearEntry::plaquesHeld)
        .containsExactly(List.of(), List.of("gold-plaque"), List.of(), List.of("gold-plaque"));
    // 2564: overall reaches its top rung "good" for the first time, the plaque is won;
    // 2565: overall falls to fair; the plaque is lost; the total (−20), category 1
    // (43.33 − 63.33 = −20) and category 2 (−20) each fall by 10 or more;
    // 2566: the plaque is regained. The award scheme "mini" is read by the plaque, so no
    // award-lost besides plaque-lost.
    assertThat(h.flags())
        .extracting(Flag::year, Flag::rule, Flag::about)
        .containsExactly(
            tuple(Y2564, FlagRule.FIRST_TOP_RUNG, "overall"),
            tuple(Y2564, FlagRule.PLAQUE_WON, "gold-plaque"),
            tuple(Y2565, FlagRule.LEVEL_LOST, "overall"),
            tuple(Y2565, FlagRule.PLAQUE_LOST, "gold-plaque"),
            tuple(Y2565, FlagRule.NODE_FELL, "mini-award"),
            tuple(Y2565, FlagRule.NODE_FELL, "1"),
            tuple(Y2565, FlagRule.NODE_FELL, "2"),
            tuple(Y2566, FlagRule.PLAQUE_REGAINED, "gold-plaque"));
    assertThat(h.regressions()).hasSize(5);
    assertThat(h.recoveries()).hasSize(3);
    Flag lost = h.flags().get(3);
    assertThat(lost.reason().get(Language.EN))
        .startsWith("Gold plaque, held in B.E. 2564, no longer holds: ");
    assertThat(lost.reason().get(Language.TH)).startsWith("โล่ทอง ซึ่งผ่านในปี 2564 ไม่ผ่านแล้ว: ");
    assertThat(h.flags().get(4).reason().get(Language.EN))
        .isEqualTo(
            "Test award fell from 58 % (B.E. 2564) to 38 % (-20 points; flagged at a fall of 10"
                + " or more)");
    assertThat(h.flags().get(7).reason().get(Language.EN))
        .isEqualTo("Gold plaque holds again (last held in B.E. 2564, not held in B.E. 2565)");
  }

  /*
   * 2563 and 2564 on version 1, 2565 and 2566 on version 2 (1.2 renamed 1.3, 2.1 split in two):
   *   2563: 40, 40, 40      -> 16 + 8 + 16 = 40.00; cat 1 40.00; cat 2 40.00
   *   2564: 50, 40, 50      -> 20 + 8 + 20 = 48.00; cat 1 140/3 = 46.67; cat 2 50.00
   *   2565: 50, 50, 40, 60  -> 20 + 10 + 8 + 12 = 50.00; cat 1 30/60 = 50.00; cat 2 20/40 = 50.00
   *   2566: 60, 60, 60, 60  -> 24 + 12 + 12 + 12 = 60.00; cat 1 60.00; cat 2 60.00
   */
  private static List<Scorecard> acrossVersions() {
    return List.of(
        Years.v1(2563, 40, 40, 40),
        Years.v1(2564, 50, 40, 50),
        Years.v2(2565, 50, 50, 40, 60),
        Years.v2(2566, 60, 60, 60, 60));
  }

  @Test
  void a_version_change_without_a_correspondence_breaks_every_series() {
    History h =
        History.builder(RULES)
            .rubric(Years.V1)
            .rubric(Years.V2)
            .scorecards(acrossVersions())
            .build();

    NodeSeries total = h.node("mini-award").orElseThrow();
    // the total continues under its id, but marked as a break: no change in 2565
    assertThat(total.points())
        .extracting(Point::change, Point::breakBefore)
        .containsExactly(
            tuple(null, false),
            tuple(new BigDecimal("8.00"), false),
            tuple(null, true),
            tuple(new BigDecimal("10.00"), false));
    // two scored years since the break: too short for a direction
    assertThat(total.trend()).isEqualTo(new Trend(TrendDirection.TOO_SHORT, null, 2, Y2565, 1));
    // the renamed item is two series, 1.3 from 2565 and 1.2 until 2564
    assertThat(h.nodes())
        .extracting(NodeSeries::nodeId)
        .containsExactly("mini-award", "1", "1.1", "1.3", "2", "2.1a", "2.1b", "1.2", "2.1");
    assertThat(h.node("1.2").orElseThrow().points())
        .extracting(Point::nodeId, Point::breakBefore)
        .containsExactly(
            tuple("1.2", false), tuple("1.2", false), tuple(null, true), tuple(null, false));
    assertThat(h.flags())
        .extracting(Flag::year, Flag::rule, Flag::about)
        .containsExactly(tuple(Y2564, FlagRule.FIRST_TOP_RUNG, "overall"));
  }

  @Test
  void a_migration_mapping_says_which_nodes_compare_across_the_version_change() {
    MigrationMapping mapping =
        MigrationMapping.between(Years.V1.ref(), Years.V2.ref())
            .rename("1.2", "1.3")
            .split("2.1", "2.1a", "2.1b")
            .build();

    History h =
        History.builder(RULES)
            .rubric(Years.V1)
            .rubric(Years.V2)
            .correspondence(mapping.correspondence(Years.V1, Years.V2))
            .scorecards(acrossVersions())
            .build();

    // renamed and kept nodes compare; the split item does not
    assertThat(mapping.correspondence(Years.V1, Years.V2).nodes())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of(
                "mini-award", "mini-award", "1", "1", "1.1", "1.1", "1.2", "1.3", "2", "2"));
    assertThat(h.nodes())
        .extracting(NodeSeries::nodeId)
        .containsExactly("mini-award", "1", "1.1", "1.3", "2", "2.1a", "2.1b", "2.1");
    // total 40, 48, 50, 60: +8, +2, +10 with no break. Σy = 198, Σxy = 48 + 100 + 180 = 328;
    // slope = (4·328 − 6·198) / 20 = (1312 − 1188) / 20 = 6.20; three rises in a row
    NodeSeries total = h.node("mini-award").orElseThrow();
    assertThat(total.hasBreak()).isFalse();
    assertThat(total.trend())
        .isEqualTo(new Trend(TrendDirection.RISING, new BigDecimal("6.20"), 4, Y2563, 3));
    // item 1.3 carries 1.2's series: 40, 40, 50, 60
    assertThat(h.node("1.3").orElseThrow().points())
        .extracting(Point::nodeId, Point::percent)
        .containsExactly(
            tuple("1.2", new BigDecimal("40.00")),
            tuple("1.2", new BigDecimal("40.00")),
            tuple("1.3", new BigDecimal("50.00")),
            tuple("1.3", new BigDecimal("60.00")));
    // the halves of 2.1 start at the change with a break; 2.1 ends there
    assertThat(h.node("2.1a").orElseThrow().points())
        .extracting(Point::breakBefore)
        .containsExactly(false, false, true, false);
    assertThat(h.node("2.1").orElseThrow().trend().direction()).isEqualTo(TrendDirection.TOO_SHORT);
    // category 1: 40, 46.67, 50, 60 rises three times too: both streaks flagged in 2566
    assertThat(h.flags())
        .extracting(Flag::year, Flag::rule, Flag::about)
        .containsExactly(
            tuple(Y2564, FlagRule.FIRST_TOP_RUNG, "overall"),
            tuple(Y2566, FlagRule.IMPROVEMENT_STREAK, "mini-award"),
            tuple(Y2566, FlagRule.IMPROVEMENT_STREAK, "1"));
    assertThat(h.flags().get(1).reason().get(Language.EN))
        .isEqualTo("Test award rose 3 years running, from 40 % (B.E. 2563) to 60 %");
  }

  @Test
  void an_award_lost_and_coverage_falling_are_flagged() {
    // 2565: 70, 70, 70 -> 70.00, gold, coverage 3 of 3 = 100.00 %;
    // 2566: 50, unrated, 50 -> 20 + 0 + 20 = 40.00, no award (not above 40), fair,
    // coverage 2 of 3 = 66.67 %: a fall of 33.33, at least 5
    History h =
        History.builder(RULES)
            .rubric(Years.V1)
            .scorecard(Years.v1(2565, 70, 70, 70))
            .scorecard(Years.v1(2566, 50, -1, 50))
            .build();

    assertThat(h.flags())
        .extracting(Flag::rule, Flag::about)
        .containsExactly(
            tuple(FlagRule.LEVEL_LOST, "overall"),
            tuple(FlagRule.AWARD_LOST, "mini"),
            tuple(FlagRule.NODE_FELL, "mini-award"),
            tuple(FlagRule.NODE_FELL, "1"),
            tuple(FlagRule.NODE_FELL, "2"),
            tuple(FlagRule.COVERAGE_FELL, "mini-award"));
    assertThat(h.flags().get(5).reason().get(Language.EN))
        .isEqualTo(
            "coverage (indicators rated of those ratable) fell from 100 % (B.E. 2565) to 66.67"
                + " % (flagged at a fall of 5 or more)");
    assertThat(h.years().get(1).decision("mini").orElseThrow().number()).isZero();
    assertThat(h.years().get(0).decision("mini").orElseThrow().number()).isEqualTo(2);
  }

  @Test
  void assessments_are_scored_against_their_version() {
    History h =
        History.builder(RULES)
            .rubric(Years.V1)
            .assessment(
                Years.assessment(Years.V1, 2563, new String[] {"1.1", "1.2", "2.1"}, 30, 30, 30))
            .scorecard(Years.v1(2564, 70, 50, 50))
            .build();

    // 30.00 then 58.00, as above
    assertThat(h.node("mini-award").orElseThrow().points())
        .extracting(Point::percent)
        .containsExactly(new BigDecimal("30.00"), new BigDecimal("58.00"));
  }

  @Test
  void two_scorecards_of_one_year_are_refused_naming_both() {
    HistoryBuilder b =
        History.builder(RULES)
            .rubric(Years.V1)
            .scorecard(Years.v1(2565, 70, 70, 70))
            .scorecard(Years.v1(2565, 50, 50, 50));

    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(b::build)
        .withMessage(
            "two scorecards of fiscal year 2565 (B.E.): 'a-2565' and 'a-2565'; give one per year");
  }

  @Test
  void a_scorecard_of_a_version_not_added_is_refused() {
    HistoryBuilder b =
        History.builder(RULES).rubric(Years.V1).scorecard(Years.v2(2565, 5, 5, 5, 5));

    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(b::build)
        .withMessage(
            "assessment 'a-2565' was scored against mini-award@2, which was not added to the"
                + " history");
  }

  @Test
  void rules_for_another_rubric_refuse_its_versions() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> History.builder(HistoryRules.defaults("cqa")).rubric(Years.V1))
        .withMessage("mini-award@1 is not a version of cqa");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> History.builder(RULES).build())
        .withMessage("a history needs at least one scorecard");
  }

  @Test
  void a_direction_needs_the_declared_number_of_years() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> RULES.withDirection(2, BigDecimal.ONE))
        .withMessage("minimumYears must be 3 or more, not 2");
  }
}
