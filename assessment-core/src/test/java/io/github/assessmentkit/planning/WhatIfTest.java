package io.github.assessmentkit.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One step up each indicator, on the mini award rubric: 1.1 (40 points), 1.2 (20) in category 1
 * (60), 2.1 (40) in category 2; ladder "overall" good above 40; award "mini" gold above 50, silver
 * above 40 with category 1 at 40 % or more. Band steps are 5 % apart, so one step on 1.1 or 2.1
 * adds 40 × 5 % = 2 points and one on 1.2 adds 20 × 5 % = 1 point.
 */
class WhatIfTest {
  private final Rubric mini = MiniRubrics.award();

  private Assessment rated(Rating... ratings) {
    return Assessment.quick(mini, ratings);
  }

  @Test
  void each_step_adds_its_share_of_the_item_exactly_and_says_when_the_award_changes() {
    // given 1.1, 1.2, 2.1 at 50 %: 20 + 10 + 20 = 50.00, not above 50 so no gold; above 40 with
    // category 1 at 30 / 60 = 50 % >= 40: silver
    WhatIf whatIf =
        WhatIf.of(mini, rated(Rating.of("1.1", 50), Rating.of("1.2", 50), Rating.of("2.1", 50)));

    // when
    List<StepEffect> steps = whatIf.steps();

    // then each step lifts the total above 50: gold. 1.1: 50.00 -> 52.00; 1.2: -> 51.00; 2.1: ->
    // 52.00; the ladder stays at good
    assertThat(steps)
        .extracting(e -> e.step().shortForm())
        .containsExactly("1.1: 50 → 55", "1.2: 50 → 55", "2.1: 50 → 55");
    assertThat(steps)
        .extracting(StepEffect::exactGain)
        .containsExactly(Ratio.of(2), Ratio.of(1), Ratio.of(2));
    assertThat(steps.get(1).gain()).isEqualByComparingTo("1.00");
    assertThat(steps.get(0).explanation())
        .isEqualTo(
            Text.of(
                "ยก 1.1 จาก 50 เป็น 55 ได้เพิ่ม 2.00 คะแนน (คะแนนรวม 50.00 → 52.00)",
                "raising 1.1 from 50 to 55 adds 2.00 points (total 50.00 → 52.00)"));
    for (StepEffect e : steps) {
      assertThat(e.changes()).hasSize(1);
      OutcomeChange change = e.changes().get(0);
      assertThat(change.kind()).isEqualTo(OutcomeChange.Kind.AWARD);
      assertThat(change.fromId()).isEqualTo("silver");
      assertThat(change.toId()).isEqualTo("gold");
      assertThat(change.describe().get(Language.EN)).isEqualTo("Mini award: Silver → Gold");
    }
    assertThat(steps.get(0).step().fromLabel()).isEqualTo(Text.of("ช่วงคะแนนที่ 4", "Band 4"));
    // and the largest gain first, rubric order on a tie: 1.1 (2), 2.1 (2), 1.2 (1)
    assertThat(whatIf.stepsByGain())
        .extracting(e -> e.step().indicatorId())
        .containsExactly("1.1", "2.1", "1.2");
  }

  @Test
  void a_step_that_changes_nothing_decided_has_no_change() {
    // given 30 % everywhere: 12 + 6 + 12 = 30.00, fair, no award
    WhatIf whatIf =
        WhatIf.of(mini, rated(Rating.of("1.1", 30), Rating.of("1.2", 30), Rating.of("2.1", 30)));

    // then 1.1 30 -> 35 adds 2.00: 32.00, still fair and no award
    StepEffect first = whatIf.steps().get(0);
    assertThat(first.totalBefore()).isEqualByComparingTo("30.00");
    assertThat(first.totalAfter()).isEqualByComparingTo("32.00");
    assertThat(first.changesAnOutcome()).isFalse();
  }

  @Test
  void an_indicator_whose_first_step_would_not_be_valid_is_skipped_with_the_validators_reason() {
    // given 2.1 requires evidence above its lowest band (0 to 5 %) and is rated 5 without any:
    // valid now, but 10 % without evidence would not be
    Rubric strict =
        Rubric.from(mini)
            .replaceIndicator(mini.indicator("2.1").orElseThrow().requiringEvidence())
            .build();
    Assessment now =
        Assessment.quick(strict, Rating.of("1.1", 50), Rating.of("1.2", 50), Rating.of("2.1", 5));

    // when
    WhatIf whatIf = WhatIf.of(strict, now);

    // then 1.1 and 1.2 step, 2.1 is skipped saying why in both languages
    assertThat(whatIf.steps())
        .extracting(e -> e.step().shortForm())
        .containsExactly("1.1: 50 → 55", "1.2: 50 → 55");
    assertThat(whatIf.skipped()).hasSize(1);
    Skipped skipped = whatIf.skipped().get(0);
    assertThat(skipped.indicatorId()).isEqualTo("2.1");
    assertThat(skipped.reason().get(Language.EN))
        .startsWith("2.1 cannot be raised to 10: ")
        .contains("a rating of 10 above the lowest band must cite at least one piece of evidence");
    assertThat(skipped.reason().get(Language.TH)).startsWith("2.1 ยกเป็น 10 ไม่ได้: ");
  }

  @Test
  void indicators_without_a_step_are_listed_with_the_reason() {
    // given 1.1 unknown, 1.2 at the top, 2.1 rated
    WhatIf whatIf =
        WhatIf.of(
            mini, rated(Rating.unknown("1.1", null), Rating.of("1.2", 100), Rating.of("2.1", 0)));

    // then only 2.1 steps, 0 -> 5
    assertThat(whatIf.steps()).extracting(e -> e.step().shortForm()).containsExactly("2.1: 0 → 5");
    assertThat(whatIf.skipped())
        .containsExactly(
            new Skipped(
                "1.1",
                Text.of(
                    "1.1 ยังไม่ได้ให้คะแนน ต้องให้คะแนนก่อนจึงวางแผนยกระดับได้",
                    "1.1 is not rated: rate it before planning a step")),
            new Skipped(
                "1.2",
                Text.of(
                    "1.2 อยู่ที่ระดับสูงสุดของมาตรวัดแล้ว (100)",
                    "1.2 is at the top of its scale (100)")));
  }

  @Test
  void a_target_naming_what_the_rubric_lacks_is_refused() {
    // given
    WhatIf whatIf = WhatIf.of(mini, rated(Rating.of("1.1", 30)));

    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> whatIf.plan(Target.nextRung("bands")))
        .withMessage("no ladder bands");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> whatIf.plan(Target.rung("overall", "great")))
        .withMessage("ladder overall has no rung great");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> whatIf.plan(Target.awardTier("tqa", "gold")))
        .withMessage("no award scheme tqa");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> whatIf.plan(Target.awardTier("mini", "bronze")))
        .withMessage("award scheme mini has no tier bronze");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> WhatIf.builder(mini, rated()).stepCost("9.9", 2).build())
        .withMessage("no indicator 9.9");
  }

  @Test
  void plan_apply_to_gives_the_last_value_of_each_indicator_and_keeps_the_rest_of_the_rating() {
    // given
    Assessment a =
        rated(
            Rating.of("1.1", 30)
                .withRationale("two units only")
                .withFindings(List.of("s"), List.of()),
            Rating.of("1.2", 30),
            Rating.of("2.1", 30));
    Plan plan = WhatIf.of(mini, a).plan(Target.nextRung("overall"));

    // when
    Assessment changed = plan.applyTo(a);

    // then every rating a step touched carries its last value; 1.1 keeps its rationale and
    // strengths
    for (Step s : plan.steps()) {
      assertThat(changed.rating(s.indicatorId()).orElseThrow().state())
          .isEqualTo(
              new io.github.assessmentkit.assessment.RatingState.Rated(
                  plan.steps().stream()
                      .filter(t -> t.indicatorId().equals(s.indicatorId()))
                      .reduce((x, y) -> y)
                      .orElseThrow()
                      .to()));
    }
    assertThat(changed.rating("1.1").orElseThrow().rationale()).isEqualTo("two units only");
    assertThat(changed.rating("1.1").orElseThrow().strengths()).containsExactly("s");
  }
}
