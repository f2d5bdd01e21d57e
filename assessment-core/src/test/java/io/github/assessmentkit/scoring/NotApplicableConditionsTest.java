package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Comparison;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ladder rungs and award conditions on a criterion that does not apply, on the mini award (1.1 =
 * 40, 1.2 = 20 under category 1 = 60; 2.1 = 40 under category 2 = 40; 100 points; not applicable
 * leaves the calculation and its points go to the siblings).
 *
 * <p>In every scenario below item 2.1 is rated not applicable, so category 2 has nothing that
 * applies and is excluded: category 1 takes all 100 points, shared 40:20 as 66.67 and 33.33. Items
 * 1.1 and 1.2 are rated 100 %, so category 1 earns 66.67 + 33.33 = 100.00 of 100.00 = 100.00 %, and
 * the total is 100.00.
 */
class NotApplicableConditionsTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private final Rubric rubric = MiniRubrics.award();

  private static Assessment resultsNotApplicable(Rubric rubric) {
    return assessmentOf(rubric)
        .rating(Rating.of("1.1", 100))
        .rating(Rating.of("1.2", 100))
        .rating(Rating.notApplicable("2.1", "no members yet to survey"))
        .build();
  }

  private Scorecard card() {
    return Scorer.standard().score(rubric, resultsNotApplicable(rubric));
  }

  private ConditionResult evaluate(Condition condition) {
    Scorecard card = card();
    return Decisions.evaluate(condition, card.root(), card.levels(), rubric.ladders());
  }

  /** Category 2 at 50 % or more, with the given rule for when it does not apply. */
  private static Condition results50(WhenNotApplicable rule) {
    return Condition.atLeast(Metric.percent("2"), 50).whenNotApplicable(rule);
  }

  private static String en(ConditionResult r) {
    return r.reason().get(Language.EN);
  }

  @Test
  void a_criterion_that_does_not_apply_reads_as_not_applicable_never_as_zero() {
    // given
    NodeScore root = card().root();

    // then category 2 and item 2.1 under it do not apply: no number, not 0.00
    assertThat(root.find("2").orElseThrow().applicable()).isFalse();
    assertThat(root.find("2.1").orElseThrow().applicable()).isFalse();
    assertThat(Decisions.read(Metric.percent("2"), root)).isNull();
    assertThat(Decisions.read(Metric.percent("2.1"), root)).isNull();
    assertThat(Decisions.read(Metric.points("2"), root)).isNull();
    // points of 1 + 2: category 1 applies, so the sum is of what applies: 100.00 + nothing
    assertThat(Decisions.read(Metric.points("1", "2"), root)).isEqualByComparingTo("100.00");
    // 66.67 + 33.33 = 100.00 of 100.00
    assertThat(Decisions.read(Metric.percent("1"), root)).isEqualByComparingTo("100.00");
    assertThat(Decisions.read(Metric.totalPercent(), root)).isEqualByComparingTo("100.00");
    // a criterion the tree does not hold still reads as zero, as before
    assertThat(Decisions.read(Metric.percent("9"), root)).isEqualByComparingTo("0");
  }

  @Test
  void by_default_a_condition_on_a_criterion_that_does_not_apply_fails_and_says_why() {
    // when: the comparison declares no rule, so the default applies
    ConditionResult result = evaluate(Condition.atLeast(Metric.percent("2"), 50));

    // then it fails as it did when the criterion read as 0.00, but the reason no longer shows 0.00
    assertThat(result.met()).isFalse();
    assertThat(result.undecided()).isFalse();
    assertThat(en(result)).isEqualTo("2 does not apply: the condition fails by the rubric's rule");
    assertThat(result.reason().get(Language.TH))
        .isEqualTo("2 ไม่เกี่ยวข้อง: เงื่อนไขไม่ผ่านตามกฎของเกณฑ์");
    assertThat(((Condition.Compare) Condition.atLeast(Metric.percent("2"), 50)).whenNotApplicable())
        .isEqualTo(WhenNotApplicable.FAILS);
  }

  @Test
  void a_condition_declared_to_hold_holds_on_a_criterion_that_does_not_apply() {
    // when
    ConditionResult result = evaluate(results50(WhenNotApplicable.HOLDS));

    // then
    assertThat(result.met()).isTrue();
    assertThat(result.undecided()).isFalse();
    assertThat(en(result)).isEqualTo("2 does not apply: the condition holds by the rubric's rule");
    assertThat(result.reason().get(Language.TH))
        .isEqualTo("2 ไม่เกี่ยวข้อง: เงื่อนไขผ่านตามกฎของเกณฑ์");
  }

  @Test
  void a_condition_declared_undecided_is_neither_met_nor_failed() {
    // when
    ConditionResult result = evaluate(results50(WhenNotApplicable.UNDECIDED));

    // then
    assertThat(result.met()).isFalse();
    assertThat(result.undecided()).isTrue();
    assertThat(en(result))
        .isEqualTo("2 does not apply: the decision is undecided by the rubric's rule");
    assertThat(result.reason().get(Language.TH))
        .isEqualTo("2 ไม่เกี่ยวข้อง: ยังตัดสินไม่ได้ตามกฎของเกณฑ์");
  }

  @Test
  void a_condition_on_a_criterion_that_applies_compares_as_before_whatever_its_rule() {
    // when: category 1 applies (100.00 %), so the rule is never used
    ConditionResult result =
        evaluate(
            Condition.atLeast(Metric.percent("1"), 50)
                .whenNotApplicable(WhenNotApplicable.UNDECIDED));

    // then
    assertThat(result.met()).isTrue();
    assertThat(en(result)).isEqualTo("percent of 1 = 100.00 ≥ 50");
  }

  @Test
  void all_of_fails_on_a_failing_part_else_is_undecided_on_an_undecided_part() {
    Condition holds = Condition.atLeast(Metric.percent("1"), 50); // 100.00 ≥ 50
    Condition fails = Condition.atLeast(Metric.percent("1"), 101); // 100.00 < 101
    Condition open = results50(WhenNotApplicable.UNDECIDED);

    // holds and undecided: nothing fails, one part is open, so the whole is undecided
    ConditionResult undecided = evaluate(Condition.allOf(holds, open));
    assertThat(undecided.met()).isFalse();
    assertThat(undecided.undecided()).isTrue();
    assertThat(en(undecided)).isEqualTo("no condition fails, but one is undecided");
    assertThat(undecided.parts())
        .extracting(ConditionResult::undecided)
        .containsExactly(false, true);

    // fails and undecided: a part fails, so the whole fails whatever the open part decides
    ConditionResult failed = evaluate(Condition.allOf(fails, open));
    assertThat(failed.met()).isFalse();
    assertThat(failed.undecided()).isFalse();
    assertThat(en(failed)).isEqualTo("a condition fails");
  }

  @Test
  void any_of_holds_on_a_holding_part_else_is_undecided_on_an_undecided_part() {
    Condition holds = Condition.atLeast(Metric.percent("1"), 50);
    Condition fails = Condition.atLeast(Metric.percent("1"), 101);
    Condition open = results50(WhenNotApplicable.UNDECIDED);

    // fails and undecided: nothing holds, one part is open, so the whole is undecided
    ConditionResult undecided = evaluate(Condition.anyOf(fails, open));
    assertThat(undecided.met()).isFalse();
    assertThat(undecided.undecided()).isTrue();
    assertThat(en(undecided)).isEqualTo("no condition holds, but one is undecided");

    // holds and undecided: a part holds, so the whole holds
    ConditionResult held = evaluate(Condition.anyOf(open, holds));
    assertThat(held.met()).isTrue();
    assertThat(held.undecided()).isFalse();

    // a name keeps the state of what it names
    ConditionResult named =
        evaluate(Condition.named(Text.en("Results theme"), Condition.anyOf(fails, open)));
    assertThat(named.undecided()).isTrue();
    assertThat(en(named)).isEqualTo("Results theme: no condition holds, but one is undecided");
  }

  private static Ladder resultsLadder(WhenNotApplicable rule) {
    return new Ladder(
        "results",
        Text.en("Results level"),
        Metric.percent("2"),
        List.of(
            Rung.atLeast("high", Text.en("high"), 50).whenNotApplicable(rule),
            Rung.bottom("low", Text.en("low"))),
        TEST);
  }

  @Test
  void a_rung_declared_to_hold_is_reached_when_the_ladder_metric_does_not_apply() {
    // when
    LevelDecision level = Decisions.place(resultsLadder(WhenNotApplicable.HOLDS), card().root());

    // then
    assertThat(level.rungId()).isEqualTo("high");
    assertThat(level.undecided()).isFalse();
    assertThat(level.value()).isNull();
    assertThat(level.reason().get(Language.EN))
        .isEqualTo("2 does not apply: high is reached by the rubric's rule");
  }

  @Test
  void a_rung_that_fails_passes_the_ladder_on_down_to_the_bottom_rung() {
    // when: the default rule
    LevelDecision level = Decisions.place(resultsLadder(WhenNotApplicable.FAILS), card().root());

    // then
    assertThat(level.rungId()).isEqualTo("low");
    assertThat(level.undecided()).isFalse();
    assertThat(level.value()).isNull();
    assertThat(level.reason().get(Language.EN))
        .isEqualTo("2 does not apply: below every higher rung by the rubric's rule");
    assertThat(Rung.atLeast("high", Text.en("high"), 50).whenNotApplicable())
        .isEqualTo(WhenNotApplicable.FAILS);
  }

  @Test
  void a_rung_declared_undecided_leaves_the_ladder_undecided_and_so_every_rung_reached_on_it() {
    // given
    Ladder ladder = resultsLadder(WhenNotApplicable.UNDECIDED);
    NodeScore root = card().root();

    // when
    LevelDecision level = Decisions.place(ladder, root);
    ConditionResult reached =
        Decisions.evaluate(
            new Condition.RungReached("results", "low"), root, List.of(level), List.of(ladder));

    // then no rung, no value, and the label and reason say so in both languages
    assertThat(level.undecided()).isTrue();
    assertThat(level.rungId()).isNull();
    assertThat(level.value()).isNull();
    assertThat(level.label().get(Language.EN)).isEqualTo("undecided");
    assertThat(level.label().get(Language.TH)).isEqualTo("ยังตัดสินไม่ได้");
    assertThat(level.reason().get(Language.EN))
        .isEqualTo("2 does not apply: the decision is undecided by the rubric's rule");
    // even the bottom rung is not reached on an undecided ladder: the condition is undecided
    assertThat(reached.undecided()).isTrue();
    assertThat(reached.met()).isFalse();
    assertThat(en(reached))
        .isEqualTo("Results level: undecided, so whether it reaches low is undecided");
  }

  /** Gold needs category 2 at 50 % (with the rule given); silver needs a total above 50. */
  private static Rubric withResultsAward(WhenNotApplicable rule) {
    return Rubric.from(MiniRubrics.award())
        .award(
            new AwardScheme(
                "results-award",
                Text.en("Results award"),
                List.of(
                    new AwardTier("gold", Text.en("Gold"), results50(rule)),
                    new AwardTier(
                        "silver", Text.en("Silver"), Condition.above(Metric.totalPoints(), 50))),
                TEST))
        .build();
  }

  private static AwardDecision resultsAward(WhenNotApplicable rule) {
    Rubric r = withResultsAward(rule);
    return Scorer.standard().score(r, resultsNotApplicable(r)).award("results-award").orElseThrow();
  }

  @Test
  void an_award_tier_follows_its_rule_and_an_undecided_tier_stops_the_lower_tiers() {
    // holds: gold is won on category 1 alone
    AwardDecision holds = resultsAward(WhenNotApplicable.HOLDS);
    assertThat(holds.tierId()).isEqualTo("gold");
    assertThat(holds.undecided()).isFalse();

    // fails: gold is refused, and silver is won on the total 100.00 > 50
    AwardDecision fails = resultsAward(WhenNotApplicable.FAILS);
    assertThat(fails.tierId()).isEqualTo("silver");
    assertThat(fails.undecided()).isFalse();
    assertThat(fails.checks())
        .extracting(c -> en(c.result()))
        .containsExactly(
            "2 does not apply: the condition fails by the rubric's rule",
            "total points = 100.00 > 50");

    // undecided: silver is not given while gold may be due; the outcome says so
    AwardDecision open = resultsAward(WhenNotApplicable.UNDECIDED);
    assertThat(open.awarded()).isFalse();
    assertThat(open.undecided()).isTrue();
    assertThat(open.tierId()).isNull();
    assertThat(open.outcome().get(Language.EN)).isEqualTo("undecided");
    assertThat(open.checks()).extracting(TierCheck::tierId).containsExactly("gold");
    assertThat(en(open.checks().get(0).result()))
        .isEqualTo("2 does not apply: the decision is undecided by the rubric's rule");
  }

  @Test
  void an_award_with_no_tier_met_and_none_undecided_is_not_undecided() {
    // given the mini award scored with everything not applicable but 1.1 at 0 %
    Scorecard card =
        Scorer.standard()
            .score(
                rubric,
                assessmentOf(rubric)
                    .rating(Rating.of("1.1", 0))
                    .rating(Rating.notApplicable("1.2", "none"))
                    .rating(Rating.notApplicable("2.1", "none"))
                    .build());

    // then 0.00 is not above 50 nor 40: no award, decided
    AwardDecision mini = card.award("mini").orElseThrow();
    assertThat(mini.awarded()).isFalse();
    assertThat(mini.undecided()).isFalse();
    assertThat(mini.outcome().get(Language.EN)).isEqualTo("no award");
  }

  @Test
  void a_total_reads_as_not_applicable_when_nothing_applies() {
    // given every item not applicable
    Scorecard card =
        Scorer.standard()
            .score(
                rubric,
                assessmentOf(rubric)
                    .rating(Rating.notApplicable("1.1", "none"))
                    .rating(Rating.notApplicable("1.2", "none"))
                    .rating(Rating.notApplicable("2.1", "none"))
                    .build());

    // then no total to read; the ladder's rung "good" (above 40) fails by default, so "fair"
    assertThat(Decisions.read(Metric.totalPoints(), card.root())).isNull();
    assertThat(Decisions.read(Metric.totalPercent(), card.root())).isNull();
    LevelDecision overall = card.level("overall").orElseThrow();
    assertThat(overall.rungId()).isEqualTo("fair");
    assertThat(overall.value()).isNull();
    assertThat(overall.reason().get(Language.EN))
        .isEqualTo("total points does not apply: below every higher rung by the rubric's rule");
  }

  @Test
  void a_result_cannot_be_both_met_and_undecided() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new ConditionResult(true, Text.en("r"), List.of(), null, true))
        .withMessageContaining("both met and undecided");
    assertThat(new ConditionResult(false, Text.en("r"), List.of()).undecided()).isFalse();
  }

  @Test
  void a_comparison_declares_its_rule_in_its_value() {
    Condition.Compare plain =
        new Condition.Compare(Metric.percent("2"), Comparison.AT_LEAST, BigDecimal.TEN);
    Condition.Compare holds = plain.whenNotApplicable(WhenNotApplicable.HOLDS);

    assertThat(plain.whenNotApplicable()).isEqualTo(WhenNotApplicable.FAILS);
    assertThat(holds).isNotEqualTo(plain);
    assertThat(holds.whenNotApplicable(WhenNotApplicable.FAILS)).isEqualTo(plain);
    assertThat(
            new Rung("r", Text.en("r"), BigDecimal.ONE, Comparison.AT_LEAST)
                .whenNotApplicable(WhenNotApplicable.UNDECIDED)
                .whenNotApplicable())
        .isEqualTo(WhenNotApplicable.UNDECIDED);
  }
}
