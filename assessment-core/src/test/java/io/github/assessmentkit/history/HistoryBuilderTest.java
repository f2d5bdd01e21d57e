package io.github.assessmentkit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a history builder accepts: each version once (the same rubric again is no change), one
 * correspondence per pair of versions of the history's rubric, scorecards and assessments one by
 * one or together.
 */
class HistoryBuilderTest {
  private static final HistoryRules RULES = HistoryRules.defaults("mini-award");

  @Test
  void a_version_added_again_is_accepted_only_if_it_is_the_same_rubric() {
    Rubric otherV1 = Rubric.from(Years.V1).title(Text.en("Another test award")).build();

    HistoryBuilder b = History.builder(RULES).rubric(Years.V1).rubric(Years.V1);

    assertThat(b.scorecard(Years.v1(2565, 50, 50, 50)).build().years()).hasSize(1);
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> History.builder(RULES).rubric(Years.V1).rubric(otherV1))
        .withMessage("another rubric of version mini-award@1 was already added");
  }

  @Test
  void a_correspondence_is_declared_once_per_pair_and_only_for_the_histories_rubric() {
    Correspondence c = Correspondence.of(Years.V1.ref(), Years.V2.ref(), Map.of("1", "1"));
    RubricRef cqa1 = new RubricRef("cqa", "1");
    RubricRef cqa2 = new RubricRef("cqa", "2");

    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> History.builder(RULES).correspondence(c).correspondence(c))
        .withMessage("a correspondence from mini-award@1 to mini-award@2 was already declared");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                History.builder(RULES)
                    .correspondence(Correspondence.of(Years.V1.ref(), cqa2, Map.of())))
        .withMessage("cqa@2 is not a version of mini-award");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                History.builder(RULES)
                    .correspondence(Correspondence.of(cqa1, Years.V2.ref(), Map.of())))
        .withMessage("cqa@1 is not a version of mini-award");
    // the reverse pair is another declaration
    assertThat(
            History.builder(RULES)
                .correspondence(c)
                .correspondence(
                    Correspondence.of(Years.V2.ref(), Years.V1.ref(), Map.of("1", "1"))))
        .isNotNull();
  }

  @Test
  void assessments_and_scorecards_given_together_are_read_like_one_by_one() {
    String[] ids = {"1.1", "1.2", "2.1"};
    History together =
        History.builder(RULES)
            .rubric(Years.V1)
            .assessments(
                List.of(
                    Years.assessment(Years.V1, 2563, ids, 30, 30, 30),
                    Years.assessment(Years.V1, 2564, ids, 70, 50, 50)))
            .scorecards(List.of(Years.v1(2565, 50, 30, 30)))
            .build();

    // 30.00, 58.00, 38.00 as worked out in HistoryScenarioTest
    assertThat(together.node("mini-award").orElseThrow().points())
        .extracting(Point::percent)
        .containsExactly(new BigDecimal("30.00"), new BigDecimal("58.00"), new BigDecimal("38.00"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                History.builder(RULES)
                    .assessment(Years.assessment(Years.V2, 2563, new String[] {}))
                    .build())
        .withMessage(
            "assessment 'a-2563' was scored against mini-award@2, which was not added to the"
                + " history");
  }
}
