package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Metrics and conditions read off a scorecard that does not hold what they name (criterion 9,
 * indicator 9.9), and a rating condition on a numeric rating. On the mini award of {@link
 * MiniRubrics} (1.1 = 40, 1.2 = 20 under 1; 2.1 = 40 under 2), every item rated 50 %: 20 + 10 + 20
 * = 50.00 points.
 */
class ConditionsOnWhatTheScorecardLacksTest {
  private final Rubric rubric = MiniRubrics.award();

  private final Scorecard card =
      Scorer.standard()
          .score(
              rubric,
              assessmentOf(rubric)
                  .rating(Rating.of("1.1", 50))
                  .rating(Rating.of("1.2", 50))
                  .rating(Rating.of("2.1", 50))
                  .build());

  private ConditionResult evaluate(Condition condition) {
    return ConditionResult.evaluate(condition, card, rubric);
  }

  @Test
  void points_of_a_criterion_the_scorecard_lacks_read_as_zero_in_the_sum() {
    // category 1 earns 20 + 10 = 30.00; criterion 9 is not in the tree and adds 0
    assertThat(Decisions.read(Metric.points("1", "9"), card.root())).isEqualByComparingTo("30.00");
    assertThat(Decisions.read(Metric.points("9"), card.root())).isEqualByComparingTo("0.00");
  }

  @Test
  void the_percent_of_an_indicator_the_scorecard_lacks_has_no_value() {
    assertThat(Decisions.read(Metric.indicatorPercent("9.9"), card.root())).isNull();
    // while a rated one reads its rating: 50 % of its points
    assertThat(Decisions.read(Metric.indicatorPercent("1.1"), card.root()))
        .isEqualByComparingTo("50.00");
  }

  @Test
  void a_rating_condition_on_an_indicator_the_scorecard_lacks_is_decided_by_its_rule() {
    // when
    ConditionResult fails = evaluate(Condition.ratedWith("9.9", "yes"));
    ConditionResult holds =
        evaluate(Condition.ratedWith("9.9", "yes").whenNotApplicable(WhenNotApplicable.HOLDS));

    // then 9.9 reads as not rated, and the declared rule (fails by default) decides
    assertThat(fails.met()).isFalse();
    assertThat(fails.undecided()).isFalse();
    assertThat(fails.reason().get(Language.EN))
        .isEqualTo("indicator 9.9 is not rated: the condition fails by the rubric's rule");
    assertThat(holds.met()).isTrue();
    assertThat(holds.reason().get(Language.EN))
        .isEqualTo("indicator 9.9 is not rated: the condition holds by the rubric's rule");
  }

  @Test
  void a_rating_condition_on_a_numeric_rating_compares_numbers_whatever_their_scale() {
    // when: 1.1 is rated 50, which is the number 50.0 and not the code "yes"
    ConditionResult sameNumber = evaluate(Condition.ratedWith("1.1", "50.0"));
    ConditionResult otherNumber = evaluate(Condition.ratedWith("1.1", "55"));
    ConditionResult notANumber = evaluate(Condition.ratedWith("1.1", "yes"));

    // then
    assertThat(sameNumber.met()).isTrue();
    assertThat(sameNumber.reason().get(Language.EN))
        .isEqualTo("indicator 1.1 rated 50, as required (50.0)");
    assertThat(otherNumber.met()).isFalse();
    assertThat(otherNumber.reason().get(Language.EN))
        .isEqualTo("indicator 1.1 rated 50, not 55 as required");
    assertThat(notANumber.met()).isFalse();
    assertThat(notANumber.reason().get(Language.EN))
        .isEqualTo("indicator 1.1 rated 50, not yes as required");
  }
}
