package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An award decision lists the named conditions that held in the tier won, without a walk of the
 * condition tree. The scheme "themes" on the mini award (1.1 = 40, 1.2 = 20, 2.1 = 40 points) has
 * two tiers: "gold", total above 80 and one theme; "silver", one theme. The leadership theme needs
 * category 1 at 40 % and category 2 at 50 %; the results theme needs item 2.1 at 75 %.
 */
class NamedConditionsHeldTest {
  private static final Text LEADERSHIP = Text.of("ด้านการนำ", "Leadership theme");
  private static final Text RESULTS = Text.of("ด้านผลลัพธ์", "Results theme");
  private static final Text A = Text.en("A");
  private static final Text B = Text.en("B");
  private static final Text C = Text.en("C");
  private static final Text D = Text.en("D");

  private static Condition leadershipTheme() {
    return Condition.named(
        LEADERSHIP,
        Condition.allOf(
            Condition.atLeast(Metric.percent("1"), 40),
            Condition.atLeast(Metric.percent("2"), 50)));
  }

  private static Condition resultsTheme() {
    return Condition.named(RESULTS, Condition.atLeast(Metric.percent("2.1"), 75));
  }

  private final Rubric rubric =
      Rubric.from(MiniRubrics.award())
          .award(
              new AwardScheme(
                  "themes",
                  Text.en("Themes"),
                  List.of(
                      new AwardTier(
                          "gold",
                          Text.en("Gold"),
                          Condition.allOf(
                              Condition.above(Metric.totalPoints(), 80),
                              Condition.anyOf(leadershipTheme(), resultsTheme()))),
                      new AwardTier(
                          "silver",
                          Text.en("Silver"),
                          Condition.anyOf(leadershipTheme(), resultsTheme()))),
                  Provenance.unverified(Text.en("test"), Text.en("test"))))
          .build();

  private AwardDecision decide(Rating... ratings) {
    Scorecard card = Scorer.standard().score(rubric, Assessment.quick(rubric, ratings));
    return card.award("themes").orElseThrow();
  }

  private static ConditionResult result(boolean met, ConditionResult... parts) {
    return new ConditionResult(met, Text.en(met ? "holds" : "fails"), List.of(parts));
  }

  private static ConditionResult named(Text name, boolean met, ConditionResult... parts) {
    return new ConditionResult(met, Text.en(met ? "holds" : "fails"), List.of(parts), name);
  }

  @Test
  void the_tier_won_lists_the_themes_that_held_in_the_order_the_tier_lists_them() {
    // given 1.1 at 50 % (20.00), 1.2 at 50 % (10.00), 2.1 at 80 % (32.00): total 62.00;
    // category 1 = 30.00 of 60 = 50.00 % >= 40, category 2 = 80.00 % >= 50: leadership holds;
    // item 2.1 = 80.00 % >= 75: results holds; 62.00 is not above 80, so gold fails
    // when
    AwardDecision award = decide(Rating.of("1.1", 50), Rating.of("1.2", 50), Rating.of("2.1", 80));

    // then
    assertThat(award.tierId()).isEqualTo("silver");
    assertThat(award.namedConditionsHeld()).containsExactly(LEADERSHIP, RESULTS);
  }

  @Test
  void a_theme_that_failed_is_left_out() {
    // given 1.1 at 35 % (14.00), 1.2 at 55 % (11.00), 2.1 at 50 % (20.00): total 45.00;
    // category 1 = 25.00 of 60 = 41.67 % >= 40, category 2 = 50.00 % >= 50: leadership holds;
    // item 2.1 = 50.00 % < 75: results fails
    // when
    AwardDecision award = decide(Rating.of("1.1", 35), Rating.of("1.2", 55), Rating.of("2.1", 50));

    // then
    assertThat(award.tierId()).isEqualTo("silver");
    assertThat(award.namedConditionsHeld()).containsExactly(LEADERSHIP);
    // the gold tier was not won, though the leadership theme held inside it: its own check says so
    assertThat(award.checks().get(0).tierId()).isEqualTo("gold");
    assertThat(award.checks().get(0).result().met()).isFalse();
    assertThat(award.checks().get(0).namedConditionsHeld()).containsExactly(LEADERSHIP);
  }

  @Test
  void no_tier_won_lists_nothing() {
    // given 1.1 at 0 %, 1.2 at 0 %, 2.1 at 50 % (20.00): total 20.00; category 1 = 0.00 % < 40,
    // so leadership fails; item 2.1 = 50.00 % < 75, so results fails: neither tier is won
    // when
    AwardDecision award = decide(Rating.of("1.1", 0), Rating.of("1.2", 0), Rating.of("2.1", 50));

    // then
    assertThat(award.awarded()).isFalse();
    assertThat(award.namedConditionsHeld()).isEmpty();
  }

  @Test
  void a_tier_won_without_named_conditions_lists_nothing() {
    // given the mini award's own scheme: gold is "total above 50", with no name
    // 1.1 at 50 % (20.00), 1.2 at 50 % (10.00), 2.1 at 80 % (32.00): total 62.00, above 50
    Scorecard card =
        Scorer.standard()
            .score(
                rubric,
                Assessment.quick(
                    rubric, Rating.of("1.1", 50), Rating.of("1.2", 50), Rating.of("2.1", 80)));

    // when
    AwardDecision mini = card.award("mini").orElseThrow();

    // then
    assertThat(mini.tierId()).isEqualTo("gold");
    assertThat(mini.namedConditionsHeld()).isEmpty();
  }

  @Test
  void names_are_found_at_any_depth_depth_first_each_once() {
    // given all-of [A held, any-of [B failed, C held [D held]], A held again]
    TierCheck check =
        new TierCheck(
            "t",
            Text.en("T"),
            result(
                true,
                named(A, true),
                result(true, named(B, false), named(C, true, named(D, true))),
                named(A, true)));

    // when / then
    assertThat(check.namedConditionsHeld()).containsExactly(A, C, D);
  }

  @Test
  void a_named_condition_that_held_inside_one_that_failed_is_listed() {
    // given A failed because, of its two parts, B held and an unnamed one failed
    TierCheck check =
        new TierCheck("t", Text.en("T"), named(A, false, named(B, true), result(false)));

    // when / then
    assertThat(check.namedConditionsHeld()).containsExactly(B);
  }

  @Test
  void the_names_come_from_the_check_of_the_tier_won() {
    // given a decision whose gold check holds a theme but whose silver tier was won
    TierCheck gold = new TierCheck("gold", Text.en("Gold"), result(false, named(A, true)));
    TierCheck silver = new TierCheck("silver", Text.en("Silver"), result(true, named(B, true)));
    AwardDecision award =
        new AwardDecision(
            "s", Text.en("S"), "silver", Text.en("Silver"), List.of(gold, silver), true);

    // when / then
    assertThat(award.namedConditionsHeld()).containsExactly(B);
  }
}
