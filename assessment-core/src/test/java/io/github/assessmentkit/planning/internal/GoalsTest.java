package io.github.assessmentkit.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Comparison;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The goals of the mini award rubric: ladder "overall" (good above 40, else fair) and award "mini"
 * (gold above 50; silver above 40 with category 1 at 40 % or more).
 */
class GoalsTest {
  private final Ladder overall = Fixtures.MINI.ladder("overall").orElseThrow();
  private final AwardScheme scheme = Fixtures.MINI.awards().get(0);

  private static Scorecard at(int p11, int p12, int p21) {
    return Scorer.standard()
        .score(
            Fixtures.MINI,
            Assessment.quick(
                Fixtures.MINI,
                Rating.of("1.1", p11),
                Rating.of("1.2", p12),
                Rating.of("2.1", p21)));
  }

  private static Text reason(Condition c, Scorecard card) {
    return ConditionResult.evaluate(c, card, Fixtures.MINI).reason();
  }

  @Test
  void a_rung_goal_is_reached_on_that_rung_or_a_higher_one() {
    Goal good = Goals.rung(Fixtures.MINI, overall, 0, Optional.empty());
    Goal fair = Goals.rung(Fixtures.MINI, overall, 1, Optional.empty());
    Scorecard low = at(30, 30, 30); // 30.00: fair
    Scorecard high = at(80, 80, 80); // 80.00: good

    assertThat(good.name().get(Language.EN)).isEqualTo("Overall: good or higher");
    assertThat(good.reached(low)).isFalse();
    assertThat(good.reached(high)).isTrue();
    assertThat(fair.reached(low)).isTrue();
    assertThat(fair.reached(high)).isTrue();
    assertThat(good.blockedOutright()).isEmpty();
    // the rung's bound as a comparison; the bottom rung has none and is always met
    assertThat(good.relaxed())
        .isEqualTo(
            new Condition.Compare(
                Metric.totalPoints(),
                Comparison.GREATER_THAN,
                BigDecimal.valueOf(40),
                overall.rungs().get(0).whenNotApplicable()));
    assertThat(fair.relaxed()).isEqualTo(new Condition.CoverageAtLeast(BigDecimal.ZERO));
    // what fails: the bound, with its numbers
    assertThat(good.failing(low))
        .containsExactly(reason(Condition.above(Metric.totalPoints(), 40), low));
    assertThat(good.failing(high)).isEmpty();
    Goal blocked = Goals.rung(Fixtures.MINI, overall, 0, Optional.of(Text.en("no")));
    assertThat(blocked.blockedOutright()).contains(Text.en("no"));
  }

  @Test
  void a_tier_goal_is_reached_by_that_tier_or_a_higher_one() {
    Goal gold = Goals.tier(Fixtures.MINI, scheme, 0);
    Goal silver = Goals.tier(Fixtures.MINI, scheme, 1);
    Scorecard none = at(30, 30, 30); // 30.00: no award
    Scorecard silverCard = at(45, 45, 45); // 45.00, category 1 at 45 %: silver
    Scorecard goldCard = at(80, 80, 80); // 80.00: gold

    assertThat(gold.name().get(Language.EN)).isEqualTo("Mini award: Gold or higher");
    assertThat(silver.reached(none)).isFalse();
    assertThat(silver.reached(silverCard)).isTrue();
    assertThat(silver.reached(goldCard)).isTrue();
    assertThat(gold.reached(silverCard)).isFalse();
    assertThat(gold.reached(goldCard)).isTrue();
    assertThat(gold.blockedOutright()).isEmpty();
    // any tier from the highest down to the one aimed at
    assertThat(gold.relaxed())
        .isEqualTo(new Condition.AnyOf(java.util.List.of(scheme.tiers().get(0).condition())));
    assertThat(silver.relaxed())
        .isEqualTo(
            new Condition.AnyOf(
                java.util.List.of(
                    scheme.tiers().get(0).condition(), scheme.tiers().get(1).condition())));
    // what fails is the tier's own check: silver's two conditions at 30.00 (category 1 at 30 %)
    assertThat(silver.failing(none))
        .containsExactly(
            reason(Condition.above(Metric.totalPoints(), 40), none),
            reason(Condition.atLeast(Metric.percent("1"), 40), none));
    assertThat(gold.failing(silverCard))
        .containsExactly(reason(Condition.above(Metric.totalPoints(), 50), silverCard));
    assertThat(silver.failing(silverCard)).isEmpty();
    assertThat(gold.failing(goldCard)).isEmpty();
  }

  @Test
  void a_condition_goal_lists_each_failing_reason_once() {
    Condition above50 = Condition.above(Metric.totalPoints(), 50);
    Condition cat1 = Condition.atLeast(Metric.percent("1"), 40);
    Goal goal =
        Goals.condition(
            Fixtures.MINI,
            Text.en("plaque"),
            Condition.allOf(above50, Condition.anyOf(above50, cat1), cat1));
    Scorecard low = at(30, 30, 30);

    assertThat(goal.name()).isEqualTo(Text.en("plaque"));
    assertThat(goal.failing(low)).containsExactly(reason(above50, low), reason(cat1, low));
    assertThat(goal.reached(low)).isFalse();
    assertThat(goal.reached(at(80, 80, 80))).isTrue();
    assertThat(goal.failing(at(80, 80, 80))).isEmpty();
    assertThat(goal.blockedOutright()).isEmpty();
    assertThat(goal.relaxed())
        .isEqualTo(Condition.allOf(above50, Condition.anyOf(above50, cat1), cat1));
    // a part that holds inside an all-of that fails is not listed: only above 50
    Condition atLeast10 = Condition.atLeast(Metric.totalPoints(), 10);
    Goal partly = Goals.condition(Fixtures.MINI, Text.en("p"), Condition.allOf(atLeast10, above50));
    assertThat(partly.failing(low)).containsExactly(reason(above50, low));
    // a condition of a metric that does not apply, holding then, is reached
    Goal holds =
        Goals.condition(
            Fixtures.MINI,
            Text.en("n/a"),
            new Condition.Compare(
                Metric.indicatorPercent("9.9"),
                Comparison.AT_LEAST,
                BigDecimal.TEN,
                WhenNotApplicable.HOLDS));
    assertThat(holds.reached(low)).isTrue();
  }

  @Test
  void a_tier_below_an_undecided_one_fails_for_the_reason_the_higher_one_gives() {
    // scheme "results": top when category 2 is at least 50 %, undecided when it does not apply;
    // pass when the total is above 10. With 2.1 not applicable the top tier is undecided, the
    // checks stop there and no tier is awarded: pass is not reached, for the top tier's reason
    io.github.assessmentkit.rubric.Rubric withResults =
        io.github.assessmentkit.rubric.Rubric.from(Fixtures.MINI)
            .award(
                new AwardScheme(
                    "results",
                    Text.en("Results award"),
                    java.util.List.of(
                        new io.github.assessmentkit.rubric.AwardTier(
                            "top",
                            Text.en("Top"),
                            new Condition.Compare(
                                Metric.percent("2"),
                                Comparison.AT_LEAST,
                                BigDecimal.valueOf(50),
                                WhenNotApplicable.UNDECIDED)),
                        new io.github.assessmentkit.rubric.AwardTier(
                            "pass", Text.en("Pass"), Condition.above(Metric.totalPoints(), 10))),
                    io.github.assessmentkit.rubric.Provenance.unverified(
                        Text.en("test"), Text.en("test"))))
            .build();
    AwardScheme results = withResults.awards().get(1);
    Scorecard card =
        Scorer.standard()
            .score(
                withResults,
                Assessment.quick(
                    withResults,
                    Rating.of("1.1", 80),
                    Rating.of("1.2", 80),
                    Rating.notApplicable("2.1", "no results yet")));
    io.github.assessmentkit.scoring.AwardDecision d = card.award("results").orElseThrow();
    assertThat(d.tierId()).isNull();
    assertThat(d.checks()).hasSize(1);

    Goal pass = Goals.tier(withResults, results, 1);

    assertThat(pass.reached(card)).isFalse();
    assertThat(pass.failing(card)).containsExactly(d.checks().get(0).result().reason());
  }
}
