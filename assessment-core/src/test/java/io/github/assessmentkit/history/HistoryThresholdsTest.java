package io.github.assessmentkit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The history's thresholds at their bounds: a direction at exactly the steady band, a fall of
 * exactly the flagged drop, a streak of exactly the declared length, plaques on a ladder rung or at
 * least an award tier; every number worked out by hand with the formulas of {@link Years} (total =
 * 0.4a + 0.2b + 0.4c, category 1 = (2a + b) / 3, category 2 = c).
 */
class HistoryThresholdsTest {
  private static final HistoryRules RULES = HistoryRules.defaults("mini-award");

  private static FiscalYear be(int year) {
    return FiscalYear.ofBuddhistEra(year);
  }

  private static History history(HistoryRules rules, Scorecard... cards) {
    return History.builder(rules).rubric(Years.V1).scorecards(List.of(cards)).build();
  }

  private static Trend totalTrend(HistoryRules rules, int b2565) {
    // 2563 and 2564 at 50, 50, 50: total 50.00; 2565 at 50, b, 50: total 40 + 0.2b
    return history(
            rules,
            Years.v1(2563, 50, 50, 50),
            Years.v1(2564, 50, 50, 50),
            Years.v1(2565, 50, b2565, 50))
        .node("mini-award")
        .orElseThrow()
        .trend();
  }

  @Test
  void a_slope_equal_to_the_steady_band_is_a_direction_and_one_inside_it_is_steady() {
    // x = 0, 1, 2: n = 3, Σx = 3, Σx² = 5, denominator 3·5 − 3² = 6
    // b = 60: y = 50, 50, 52; Σy = 152, Σxy = 50 + 104 = 154; (462 − 456) / 6 = 1.00: rising
    assertThat(totalTrend(RULES, 60))
        .isEqualTo(new Trend(TrendDirection.RISING, new BigDecimal("1.00"), 3, be(2563), 1));
    // b = 55: y = 50, 50, 51; Σy = 151, Σxy = 152; (456 − 453) / 6 = 0.50: steady
    assertThat(totalTrend(RULES, 55))
        .isEqualTo(new Trend(TrendDirection.STEADY, new BigDecimal("0.50"), 3, be(2563), 1));
    // b = 40: y = 50, 50, 48; Σy = 148, Σxy = 146; (438 − 444) / 6 = −1.00: falling
    assertThat(totalTrend(RULES, 40))
        .isEqualTo(new Trend(TrendDirection.FALLING, new BigDecimal("-1.00"), 3, be(2563), 0));
    // b = 45: y = 50, 50, 49; (441 − 447) / 6 = −0.50: steady
    assertThat(totalTrend(RULES, 45))
        .isEqualTo(new Trend(TrendDirection.STEADY, new BigDecimal("-0.50"), 3, be(2563), 0));
  }

  @Test
  void with_no_steady_band_any_slope_is_a_direction_and_a_flat_series_is_steady() {
    HistoryRules strict = RULES.withDirection(3, BigDecimal.ZERO);

    assertThat(totalTrend(strict, 55).direction()).isEqualTo(TrendDirection.RISING);
    assertThat(totalTrend(strict, 45).direction()).isEqualTo(TrendDirection.FALLING);
    // 50, 50, 50: slope 0.00
    assertThat(totalTrend(strict, 50))
        .isEqualTo(new Trend(TrendDirection.STEADY, new BigDecimal("0.00"), 3, be(2563), 0));
  }

  @Test
  void a_direction_needs_the_minimum_number_of_scored_years() {
    // four years wanted, three given: too short, though rising
    assertThat(totalTrend(RULES.withDirection(4, BigDecimal.ONE), 60))
        .isEqualTo(new Trend(TrendDirection.TOO_SHORT, null, 3, be(2563), 1));
  }

  @Test
  void a_year_a_node_is_not_scored_is_left_out_of_its_trend_and_changes() {
    // item 1.2 rated 50, unrated, 60: its series has no percent in 2564, so no change in 2564
    // or 2565; the two scored years are too short for a direction and end in no rise
    History h =
        history(
            RULES,
            Years.v1(2563, 50, 50, 50),
            Years.v1(2564, 50, -1, 50),
            Years.v1(2565, 50, 60, 50));

    NodeSeries item = h.node("1.2").orElseThrow();
    assertThat(item.depth()).isEqualTo(2);
    assertThat(item.points())
        .extracting(Point::nodeId, Point::percent, Point::change)
        .containsExactly(
            tuple("1.2", new BigDecimal("50.00"), null),
            tuple("1.2", null, null),
            tuple("1.2", new BigDecimal("60.00"), null));
    assertThat(item.trend()).isEqualTo(new Trend(TrendDirection.TOO_SHORT, null, 2, be(2563), 0));
  }

  @Test
  void a_fall_of_exactly_the_drop_is_flagged_and_one_point_less_is_not() {
    // 2565: 50, 50, 50 → total 50.00, category 1 50.00, category 2 50.00; good, silver
    //   (total above 40, not above 50; category 1 at least 40)
    // 2566: 50, 0, 50 → total 20 + 0 + 20 = 40.00 (−10); category 1 100/3 = 33.33 (−16.67);
    //   category 2 50.00; fair (not above 40); no award
    History ten = history(RULES, Years.v1(2565, 50, 50, 50), Years.v1(2566, 50, 0, 50));
    // 2566: 50, 5, 50 → total 41.00 (−9); category 1 105/3 = 35.00 (−15); still good;
    //   no award (category 1 below 40)
    History nine = history(RULES, Years.v1(2565, 50, 50, 50), Years.v1(2566, 50, 5, 50));

    assertThat(ten.flags())
        .extracting(Flag::rule, Flag::about)
        .containsExactly(
            tuple(FlagRule.LEVEL_LOST, "overall"),
            tuple(FlagRule.AWARD_LOST, "mini"),
            tuple(FlagRule.NODE_FELL, "mini-award"),
            tuple(FlagRule.NODE_FELL, "1"));
    assertThat(ten.flags().get(2).reason().get(Language.EN))
        .isEqualTo(
            "Test award fell from 50 % (B.E. 2565) to 40 % (-10 points; flagged at a fall of 10"
                + " or more)");
    assertThat(ten.flags().get(0).reason().get(Language.EN))
        .isEqualTo("Overall fell from good (B.E. 2565) to fair");
    assertThat(nine.flags())
        .extracting(Flag::rule, Flag::about)
        .containsExactly(tuple(FlagRule.AWARD_LOST, "mini"), tuple(FlagRule.NODE_FELL, "1"));
    // silver was tier 1 of 2 (number 2 − 1 = 1); no tier is number 0
    assertThat(nine.years())
        .extracting(y -> y.decision("mini").orElseThrow().number())
        .containsExactly(1, 0);
  }

  @Test
  void a_coverage_fall_of_exactly_the_drop_is_flagged_and_a_larger_drop_is_not() {
    // 70, 70, 70 then 70, unrated, 70: coverage 3 of 3 = 100 % then 2 of 3 = 66.67 %: 33.33
    Scorecard full = Years.v1(2565, 70, 70, 70);
    Scorecard partial = Years.v1(2566, 70, -1, 70);

    History atDrop = history(RULES.withCoverageDrop(new BigDecimal("33.33")), full, partial);
    History belowDrop = history(RULES.withCoverageDrop(new BigDecimal("33.34")), full, partial);

    assertThat(atDrop.flags())
        .filteredOn(f -> f.rule() == FlagRule.COVERAGE_FELL)
        .extracting(Flag::year, Flag::about)
        .containsExactly(tuple(be(2566), "mini-award"));
    assertThat(belowDrop.flags()).noneMatch(f -> f.rule() == FlagRule.COVERAGE_FELL);
  }

  @Test
  void a_streak_is_flagged_the_year_it_reaches_the_declared_length_and_not_again() {
    // a = c = 50, b = 10, 20, 30, 40, 50: total 40 + 0.2b = 42, 44, 46, 48, 50;
    // category 1 (100 + b) / 3 = 36.67, 40, 43.33, 46.67, 50; category 2 flat at 50.
    // Three rises in a row in 2565 for the total and category 1; four in 2566 is no new streak.
    // Overall is good every year, so never a first time; silver from 2563 on, none before.
    History h =
        history(
            RULES,
            Years.v1(2562, 50, 10, 50),
            Years.v1(2563, 50, 20, 50),
            Years.v1(2564, 50, 30, 50),
            Years.v1(2565, 50, 40, 50),
            Years.v1(2566, 50, 50, 50));

    assertThat(h.flags())
        .extracting(Flag::year, Flag::rule, Flag::about)
        .containsExactly(
            tuple(be(2565), FlagRule.IMPROVEMENT_STREAK, "mini-award"),
            tuple(be(2565), FlagRule.IMPROVEMENT_STREAK, "1"));
    assertThat(h.flags().get(0).reason().get(Language.EN))
        .isEqualTo("Test award rose 3 years running, from 42 % (B.E. 2562) to 48 %");
    // x = 0..4, y = 42..50 in steps of 2: slope 2.00; four rises
    assertThat(h.node("mini-award").orElseThrow().trend())
        .isEqualTo(new Trend(TrendDirection.RISING, new BigDecimal("2.00"), 5, be(2562), 4));
    assertThat(h.node("2").orElseThrow().trend())
        .isEqualTo(new Trend(TrendDirection.STEADY, new BigDecimal("0.00"), 5, be(2562), 0));
    assertThat(h.recoveries()).hasSize(2);
    assertThat(h.regressions()).isEmpty();
  }

  @Test
  void a_plaque_on_a_ladder_rung_is_lost_with_the_level_reached_and_regained() {
    Plaque good =
        Plaque.level("good-plaque", Text.of("โล่ระดับดี", "Good plaque"), "overall", "good");
    // 70 % (good), 30 % (fair), 70 % (good); the award "mini" is read by no plaque: gold, none,
    // gold is an award lost in 2564
    History h =
        history(
            RULES.withPlaques(List.of(good)),
            Years.v1(2563, 70, 70, 70),
            Years.v1(2564, 30, 30, 30),
            Years.v1(2565, 70, 70, 70));

    assertThat(h.years())
        .extracting(YearEntry::plaquesHeld)
        .containsExactly(List.of("good-plaque"), List.of(), List.of("good-plaque"));
    assertThat(h.flags())
        .extracting(Flag::year, Flag::rule, Flag::about)
        .containsExactly(
            tuple(be(2564), FlagRule.LEVEL_LOST, "overall"),
            tuple(be(2564), FlagRule.AWARD_LOST, "mini"),
            tuple(be(2564), FlagRule.PLAQUE_LOST, "good-plaque"),
            tuple(be(2564), FlagRule.NODE_FELL, "mini-award"),
            tuple(be(2564), FlagRule.NODE_FELL, "1"),
            tuple(be(2564), FlagRule.NODE_FELL, "2"),
            tuple(be(2565), FlagRule.PLAQUE_REGAINED, "good-plaque"));
    assertThat(h.flags().get(2).reason().get(Language.EN))
        .isEqualTo("Good plaque, held in B.E. 2563, no longer holds: fair");
    assertThat(h.flags().get(6).reason().get(Language.EN))
        .isEqualTo("Good plaque holds again (last held in B.E. 2563, not held in B.E. 2564)");
  }

  @Test
  void a_plaque_at_least_a_tier_holds_at_that_tier_and_above() {
    Plaque silver = Plaque.award("silver-plaque", Text.en("Silver plaque"), "mini", "silver");
    // 2563: 30 % → no award; 2564: 50 % → silver (not above 50); 2565: 70 % → gold
    History h =
        history(
            RULES.withPlaques(List.of(silver)),
            Years.v1(2563, 30, 30, 30),
            Years.v1(2564, 50, 50, 50),
            Years.v1(2565, 70, 70, 70));

    assertThat(h.years())
        .extracting(YearEntry::plaquesHeld)
        .containsExactly(List.of(), List.of("silver-plaque"), List.of("silver-plaque"));
    assertThat(h.flags())
        .filteredOn(f -> f.about().equals("silver-plaque"))
        .extracting(Flag::year, Flag::rule)
        .containsExactly(tuple(be(2564), FlagRule.PLAQUE_WON));
    assertThat(h.flags().stream().filter(f -> f.rule() == FlagRule.PLAQUE_WON).findFirst())
        .get()
        .extracting(f -> f.reason().get(Language.EN))
        .isEqualTo("Silver plaque holds for the first time in this history");
  }

  @Test
  void a_plaque_reading_what_a_version_lacks_is_refused_naming_it() {
    Scorecard card = Years.v1(2565, 50, 50, 50);
    List<Plaque> wrong =
        List.of(
            Plaque.award("p", Text.en("P"), "grand", "gold"),
            Plaque.award("p", Text.en("P"), "mini", "bronze"),
            Plaque.level("p", Text.en("P"), "steps", "good"),
            Plaque.level("p", Text.en("P"), "overall", "great"));
    List<String> named =
        List.of("award scheme 'grand'", "tier 'bronze'", "ladder 'steps'", "rung 'great'");

    for (int i = 0; i < wrong.size(); i++) {
      HistoryRules rules = RULES.withPlaques(List.of(wrong.get(i)));
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(() -> history(rules, card))
          .withMessage("plaque 'p' reads " + named.get(i) + ", which mini-award@1 does not have");
    }
  }

  @Test
  void scorecards_of_another_organisation_are_refused_naming_both() {
    Subject other =
        new Subject("coop-8", Text.en("Other cooperative"), OrganisationType.SAVINGS, "Loei");
    Assessment a =
        Assessment.builder("b-2566", other, Years.V1.ref(), be(2566))
            .rating(Rating.of("1.1", 50))
            .build();
    Scorecard theirs = Scorer.standard().score(Years.V1, a);

    // the newest scorecard names the organisation: the older one is the odd one out
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> history(RULES, Years.v1(2565, 50, 50, 50), theirs))
        .withMessage("assessment 'a-2565' is of organisation 'coop-7', not 'coop-8'");
  }

  @Test
  void one_year_is_a_history_without_changes_flags_or_direction() {
    History h = history(RULES, Years.v1(2566, 50, 50, 50));

    assertThat(h.subject()).isEqualTo(Years.COOP);
    assertThat(h.rubricId()).isEqualTo("mini-award");
    assertThat(h.rules()).isEqualTo(RULES);
    assertThat(h.flags()).isEmpty();
    assertThat(h.node("mini-award").orElseThrow().points())
        .extracting(Point::percent, Point::change, Point::breakBefore)
        .containsExactly(tuple(new BigDecimal("50.00"), null, false));
    assertThat(h.node("mini-award").orElseThrow().trend())
        .isEqualTo(new Trend(TrendDirection.TOO_SHORT, null, 1, be(2566), 0));
    assertThat(h.node("9.9")).isEmpty();
  }

  @Test
  void
      a_plaque_at_least_gold_is_not_held_in_a_silver_year_and_one_at_least_silver_is_lost_with_what_failed() {
    Plaque gold = Plaque.award("gold-plaque", Text.en("Gold plaque"), "mini", "gold");
    Plaque silver = Plaque.award("silver-plaque", Text.en("Silver plaque"), "mini", "silver");
    // 2563: 50, 50, 50 → total 50.00, not above 50: silver (above 40, category 1 at 50 %)
    // 2564: 50, 5, 50 → total 41.00, category 1 35.00 %, below 40: no award
    History h =
        history(
            RULES.withPlaques(List.of(gold, silver)),
            Years.v1(2563, 50, 50, 50),
            Years.v1(2564, 50, 5, 50));

    assertThat(h.years())
        .extracting(YearEntry::plaquesHeld)
        .containsExactly(List.of("silver-plaque"), List.of());
    // the scheme is read by a plaque: no award-lost besides the plaque lost
    assertThat(h.flags())
        .extracting(Flag::rule, Flag::about)
        .containsExactly(
            tuple(FlagRule.PLAQUE_LOST, "silver-plaque"), tuple(FlagRule.NODE_FELL, "1"));
    // of silver's two conditions only "category 1 at least 40" failed, and only it is named
    String reason = h.flags().get(0).reason().get(Language.EN);
    assertThat(reason).startsWith("Silver plaque, held in B.E. 2563, no longer holds: ");
    assertThat(reason).contains("35").doesNotContain("; ");
  }

  @Test
  void a_scorecard_of_another_rubric_is_refused_naming_it() {
    io.github.assessmentkit.rubric.Rubric checklist =
        io.github.assessmentkit.testing.MiniRubrics.checklist();
    Scorecard other =
        Scorer.standard()
            .score(
                checklist,
                io.github.assessmentkit.testing.MiniRubrics.assessmentOf(checklist).build());

    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> history(RULES, other))
        .withMessage(
            "assessment 'a-1' was scored against mini-checklist@1, not a version of mini-award");
  }

  @Test
  void a_node_new_in_the_third_version_has_its_only_break_where_it_appears() {
    // version 3 of version 2 replaces item 2.1b with 2.1c (20 points each)
    io.github.assessmentkit.rubric.Rubric v3 =
        io.github.assessmentkit.rubric.Rubric.from(Years.V2)
            .version("3")
            .remove("2.1b")
            .add(
                "2",
                io.github.assessmentkit.rubric.Criterion.builder("2.1c", Text.en("Item 2.1c"))
                    .points(20)
                    .indicator(io.github.assessmentkit.testing.MiniRubrics.band("2.1c"))
                    .build())
            .build();
    Scorecard third =
        Scorer.standard()
            .score(
                v3,
                Years.assessment(
                    v3, 2565, new String[] {"1.1", "1.3", "2.1a", "2.1c"}, 50, 50, 50, 50));

    History h =
        History.builder(RULES)
            .rubric(Years.V1)
            .rubric(Years.V2)
            .rubric(v3)
            .scorecard(Years.v1(2563, 50, 50, 50))
            .scorecard(Years.v2(2564, 50, 50, 50, 50))
            .scorecard(third)
            .build();

    // 2.1c is only in 2565: a break there, none in 2564 where it was not yet
    assertThat(h.node("2.1c").orElseThrow().points())
        .extracting(Point::nodeId, Point::breakBefore)
        .containsExactly(tuple(null, false), tuple(null, false), tuple("2.1c", true));
    // 2.1b is only in 2564: a break there and one at the next version
    assertThat(h.node("2.1b").orElseThrow().points())
        .extracting(Point::nodeId, Point::breakBefore)
        .containsExactly(tuple(null, false), tuple("2.1b", true), tuple(null, true));
  }

  @Test
  void an_undecided_level_or_award_is_no_loss_and_numbers_zero() {
    // version "u" adds ladder "reach" on category 2 (above 40: high, else low; undecided when
    // category 2 does not apply) and award "results" (top at category 2 of 50 % or more,
    // undecided when it does not apply)
    io.github.assessmentkit.rubric.Rubric u =
        io.github.assessmentkit.rubric.Rubric.from(Years.V1)
            .version("u")
            .ladder(
                new io.github.assessmentkit.rubric.Ladder(
                    "reach",
                    Text.en("Reach"),
                    io.github.assessmentkit.rubric.Metric.percent("2"),
                    List.of(
                        new io.github.assessmentkit.rubric.Rung(
                            "high",
                            Text.en("high"),
                            BigDecimal.valueOf(40),
                            io.github.assessmentkit.rubric.Comparison.GREATER_THAN,
                            io.github.assessmentkit.rubric.WhenNotApplicable.UNDECIDED),
                        io.github.assessmentkit.rubric.Rung.bottom("low", Text.en("low"))),
                    Years.V1.provenance()))
            .award(
                new io.github.assessmentkit.rubric.AwardScheme(
                    "results",
                    Text.en("Results award"),
                    List.of(
                        new io.github.assessmentkit.rubric.AwardTier(
                            "top",
                            Text.en("Top"),
                            io.github.assessmentkit.rubric.Condition.atLeast(
                                    io.github.assessmentkit.rubric.Metric.percent("2"), 50)
                                .whenNotApplicable(
                                    io.github.assessmentkit.rubric.WhenNotApplicable.UNDECIDED))),
                    Years.V1.provenance()))
            .build();
    // 2565: 70 % everywhere: reach high (70 > 40), results top; 2566: 2.1 not applicable:
    // both undecided; 1.1 and 1.2 at 70 % keep the total's other parts
    Scorecard decided =
        Scorer.standard()
            .score(u, Years.assessment(u, 2565, new String[] {"1.1", "1.2", "2.1"}, 70, 70, 70));
    Scorecard undecided =
        Scorer.standard()
            .score(
                u,
                Assessment.builder("a-2566", Years.COOP, u.ref(), be(2566))
                    .rating(Rating.of("1.1", 70))
                    .rating(Rating.of("1.2", 70))
                    .rating(Rating.notApplicable("2.1", "no members' results yet"))
                    .build());

    History h = History.builder(RULES).rubric(u).scorecard(decided).scorecard(undecided).build();

    assertThat(h.years().get(0).decision("reach").orElseThrow().number()).isEqualTo(2);
    assertThat(h.years().get(0).decision("results").orElseThrow().number()).isEqualTo(1);
    DecisionPoint reach = h.years().get(1).decision("reach").orElseThrow();
    assertThat(reach.resultId()).isNull();
    assertThat(reach.number()).isZero();
    assertThat(h.years().get(1).decision("results").orElseThrow().number()).isZero();
    assertThat(h.flags()).noneMatch(f -> f.about().equals("reach") || f.about().equals("results"));
  }

  /** The 2566 scorecard at 30 % everywhere with other award decisions put in. */
  private static Scorecard withAwards(List<io.github.assessmentkit.scoring.AwardDecision> awards) {
    Scorecard c = Years.v1(2566, 30, 30, 30);
    return new Scorecard(
        c.rubric(),
        c.assessmentId(),
        c.subject(),
        c.period(),
        c.strategy(),
        c.root(),
        c.levels(),
        awards,
        c.warnings(),
        c.result(),
        c.status());
  }

  @Test
  void a_plaque_whose_scheme_went_undecided_by_the_scorecard_is_lost_with_what_it_says() {
    Plaque gold = Plaque.award("gold-plaque", Text.en("Gold plaque"), "mini", "gold");
    HistoryRules rules = RULES.withPlaques(List.of(gold));
    Scorecard goldYear = Years.v1(2565, 70, 70, 70);
    // a decision of a scheme the version does not have, and none for "mini"
    io.github.assessmentkit.scoring.AwardDecision ghost =
        new io.github.assessmentkit.scoring.AwardDecision(
            "ghost", Text.en("Ghost"), "x", Text.en("X"), List.of(), true);
    // a decision for "mini" without the check of any tier
    io.github.assessmentkit.scoring.AwardDecision unchecked =
        new io.github.assessmentkit.scoring.AwardDecision(
            "mini", Text.en("Mini award"), null, Text.en("no award"), List.of(), true);

    Scorecard lowYear = Years.v1(2566, 30, 30, 30);
    History lost = history(rules, goldYear, lowYear);
    History noMini = history(rules, goldYear, withAwards(List.of(ghost)));
    History noCheck = history(rules, goldYear, withAwards(List.of(unchecked)));

    // gold's one condition has no parts: the reason is the check's own, total 30 not above 50
    Text goldCheck =
        lowYear.award("mini").orElseThrow().checks().stream()
            .filter(c -> c.tierId().equals("gold"))
            .findFirst()
            .orElseThrow()
            .result()
            .reason();
    assertThat(goldCheck.get(Language.EN)).contains("30");
    assertThat(lost.flags())
        .filteredOn(f -> f.rule() == FlagRule.PLAQUE_LOST)
        .extracting(f -> f.reason().get(Language.EN))
        .containsExactly(
            "Gold plaque, held in B.E. 2565, no longer holds: " + goldCheck.get(Language.EN));
    // the unknown scheme's tier is at no place: number 0; the plaque has nothing to say
    assertThat(noMini.years().get(1).decision("ghost").orElseThrow().number()).isZero();
    assertThat(noMini.flags())
        .filteredOn(f -> f.rule() == FlagRule.PLAQUE_LOST)
        .extracting(f -> f.reason().get(Language.EN))
        .containsExactly("Gold plaque, held in B.E. 2565, no longer holds: ");
    // without a check of gold, the decision's own outcome is the reason
    assertThat(noCheck.flags())
        .filteredOn(f -> f.rule() == FlagRule.PLAQUE_LOST)
        .extracting(f -> f.reason().get(Language.EN))
        .containsExactly("Gold plaque, held in B.E. 2565, no longer holds: no award");
  }

  @Test
  void years_below_the_top_rung_with_none_reached_before_raise_no_flag() {
    // 30 % then 35 % everywhere: totals 30.00 and 35.00, fair both years (not above 40), no
    // award either year; one rise is no streak
    History h = history(RULES, Years.v1(2565, 30, 30, 30), Years.v1(2566, 35, 35, 35));

    assertThat(h.flags()).isEmpty();
  }
}
