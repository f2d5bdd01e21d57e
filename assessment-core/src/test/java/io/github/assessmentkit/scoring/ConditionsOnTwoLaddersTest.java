package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A condition on the rung reached reads the ladder it names, when the rubric has two. The mini
 * award of {@link MiniRubrics} (1.1 = 40, 1.2 = 20, 2.1 = 40; ladder "overall": good above 40, else
 * fair) gets a second ladder, "share", on the total percent: half or more at 50 %, else under half.
 *
 * <p>Every item is rated 20 %: 8 + 4 + 8 = 20.00 points of 100, 20.00 %; overall is fair and share
 * is under half.
 */
class ConditionsOnTwoLaddersTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private static final Ladder SHARE =
      new Ladder(
          "share",
          Text.en("Share of points"),
          Metric.totalPercent(),
          List.of(
              Rung.atLeast("half", Text.en("half or more"), 50),
              Rung.bottom("under-half", Text.en("under half"))),
          TEST);

  private final Rubric rubric = Rubric.from(MiniRubrics.award()).ladder(SHARE).build();

  private final Scorecard card =
      Scorer.standard()
          .score(
              rubric,
              assessmentOf(rubric)
                  .rating(Rating.of("1.1", 20))
                  .rating(Rating.of("1.2", 20))
                  .rating(Rating.of("2.1", 20))
                  .build());

  private ConditionResult evaluate(Condition condition) {
    return ConditionResult.evaluate(condition, card, rubric);
  }

  @Test
  void the_scorecard_is_fair_overall_and_under_half_by_share() {
    assertThat(card.root().earned()).isEqualByComparingTo("20.00");
    assertThat(card.level("overall").orElseThrow().rungId()).isEqualTo("fair");
    assertThat(card.level("share").orElseThrow().rungId()).isEqualTo("under-half");
  }

  @Test
  void a_condition_on_the_second_ladder_reads_that_ladder_and_its_decision() {
    // when
    ConditionResult half = evaluate(new Condition.RungReached("share", "half"));
    ConditionResult underHalf = evaluate(new Condition.RungReached("share", "under-half"));

    // then under half (rung 2 of share) is below half (rung 1), and reaches itself
    assertThat(half.met()).isFalse();
    assertThat(half.reason().get(Language.EN))
        .isEqualTo("Share of points: under half does not reach half or more");
    assertThat(underHalf.met()).isTrue();
    assertThat(underHalf.reason().get(Language.EN))
        .isEqualTo("Share of points: under half reaches under half");
  }

  @Test
  void a_condition_on_the_first_ladder_reads_that_ladder_and_its_decision() {
    // when
    ConditionResult good = evaluate(new Condition.RungReached("overall", "good"));

    // then fair (rung 2 of overall) is below good (rung 1)
    assertThat(good.met()).isFalse();
    assertThat(good.reason().get(Language.EN)).isEqualTo("Overall: fair does not reach good");
  }

  @Test
  void a_condition_reads_the_ladder_decision_already_made_rather_than_placing_again() {
    // given share decided earlier at half or more, with 50.00 %, while this tree places under half
    LevelDecision madeEarlier =
        new LevelDecision(
            "share",
            SHARE.title(),
            "half",
            Text.en("half or more"),
            new BigDecimal("50.00"),
            Text.en("decided earlier"),
            false);

    // when
    ConditionResult half =
        Decisions.evaluate(
            new Condition.RungReached("share", "half"),
            card.root(),
            List.of(madeEarlier),
            rubric.ladders());

    // then the decision given is the one read
    assertThat(half.met()).isTrue();
    assertThat(half.reason().get(Language.EN))
        .isEqualTo("Share of points: half or more reaches half or more");
  }
}
