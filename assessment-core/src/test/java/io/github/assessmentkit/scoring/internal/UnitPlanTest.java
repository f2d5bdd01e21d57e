package io.github.assessmentkit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A plan's whole-unit form ({@link UnitPlan}): the denominator each scale's fractions share, the
 * fraction of a value in those units, and when a plan has a whole-unit form at all.
 */
class UnitPlanTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  /** 2^-29 as an exact decimal: a partial credit whose denominator is 2^29. */
  private static final BigDecimal TWO_TO_MINUS_29 =
      BigDecimal.ONE.divide(BigDecimal.valueOf(2).pow(29));

  /** 2^-30 as an exact decimal: a credit whose denominator, 2^30, is 31 bits long. */
  private static final BigDecimal TWO_TO_MINUS_30 =
      BigDecimal.ONE.divide(BigDecimal.valueOf(2).pow(30));

  @Nested
  class The_denominator_of_a_scale {
    @Test
    void is_100_for_a_band_scale() {
      // a band scale's values are whole percents: n/100
      assertThat(UnitPlan.denominatorOf(MiniRubrics.bands())).isEqualTo(100L);
    }

    @Test
    void is_one_less_than_the_number_of_levels_for_a_level_scale() {
      // levels 0..4: level k earns k/4
      assertThat(UnitPlan.denominatorOf(MiniRubrics.levels())).isEqualTo(4L);
    }

    @Test
    void is_1_for_yes_or_no() {
      // yes earns 1/1, no 0/1
      assertThat(UnitPlan.denominatorOf(YesNoScale.STANDARD)).isEqualTo(1L);
    }

    @Test
    void is_the_partial_credit_s_denominator_for_yes_partial_or_no() {
      // 0.5 = 1/2; 0.25 = 1/4; 0.6 = 3/5
      assertThat(UnitPlan.denominatorOf(YesPartialNoScale.STANDARD)).isEqualTo(2L);
      assertThat(UnitPlan.denominatorOf(new YesPartialNoScale(new BigDecimal("0.25"))))
          .isEqualTo(4L);
      assertThat(UnitPlan.denominatorOf(new YesPartialNoScale(new BigDecimal("0.6"))))
          .isEqualTo(5L);
    }

    @Test
    void is_one_less_than_the_points_for_a_likert_scale() {
      // points 1..5 earn 0/4 .. 4/4; points 1..3 earn 0/2 .. 2/2
      assertThat(UnitPlan.denominatorOf(likert(5))).isEqualTo(4L);
      assertThat(UnitPlan.denominatorOf(likert(3))).isEqualTo(2L);
    }

    @Test
    void is_the_least_common_multiple_of_a_measure_s_credits_denominators() {
      // credits 0.25 = 1/4 and 0.6 = 3/5: lcm(4, 5) = 20; 0.5 and 1: lcm(2, 1) = 2
      assertThat(UnitPlan.denominatorOf(measure("0.25", "0.6"))).isEqualTo(20L);
      assertThat(UnitPlan.denominatorOf(measure("0.5", "1"))).isEqualTo(2L);
    }

    @Test
    void is_0_for_a_measure_whose_denominator_is_31_bits_or_more() {
      // 2^-30 has denominator 2^30, 31 bits long: too fine; 2^-29 (30 bits) is not
      assertThat(UnitPlan.denominatorOf(measure(TWO_TO_MINUS_30.toPlainString(), "1")))
          .isEqualTo(0L);
      assertThat(UnitPlan.denominatorOf(measure(TWO_TO_MINUS_29.toPlainString(), "1")))
          .isEqualTo(1L << 29);
    }

    @Test
    void is_the_range_in_steps_for_a_numeric_scale_with_a_step() {
      // 0..10 in steps of 0.5: step / range = 0.5 / 10 = 1/20
      NumericScale halves =
          NumericScale.of(Text.en("score"), 0, 10).withStep(new BigDecimal("0.5"));
      assertThat(UnitPlan.denominatorOf(halves)).isEqualTo(20L);
      // 0..2^29 in steps of 1: 1/2^29, 30 bits, still fine
      NumericScale fine = NumericScale.of(Text.en("score"), 0, 1L << 29).withStep(BigDecimal.ONE);
      assertThat(UnitPlan.denominatorOf(fine)).isEqualTo(1L << 29);
    }

    @Test
    void is_0_for_a_numeric_scale_without_a_step_or_too_many_steps() {
      // without a step any decimal is allowed; 0..2^30 in steps of 1 is 1/2^30, 31 bits
      assertThat(UnitPlan.denominatorOf(NumericScale.of(Text.en("score"), 0, 10))).isEqualTo(0L);
      NumericScale tooFine =
          NumericScale.of(Text.en("score"), 0, 1L << 30).withStep(BigDecimal.ONE);
      assertThat(UnitPlan.denominatorOf(tooFine)).isEqualTo(0L);
    }
  }

  @Nested
  class The_denominator_of_a_rubric_s_scales {
    @Test
    void is_the_least_common_multiple_of_theirs() {
      // bands 100, levels 0..4 4, likert 1..7 6: lcm(100, 4, 6) = 300
      assertThat(
              UnitPlan.fractionsOf(List.of(MiniRubrics.bands(), MiniRubrics.levels(), likert(7))))
          .isEqualTo(300L);
    }

    @Test
    void is_0_when_a_scale_has_none_wherever_it_comes() {
      // a numeric scale without a step has none; so has every rubric holding it, and two of them
      // are no different from one
      Scale free = NumericScale.of(Text.en("score"), 0, 10);
      Scale alsoFree = NumericScale.of(Text.en("other"), 0, 5);
      assertThat(UnitPlan.fractionsOf(List.of(free))).isEqualTo(0L);
      assertThat(UnitPlan.fractionsOf(List.of(free, alsoFree))).isEqualTo(0L);
      assertThat(UnitPlan.fractionsOf(List.of(free, MiniRubrics.bands()))).isEqualTo(0L);
      assertThat(UnitPlan.fractionsOf(List.of(MiniRubrics.bands(), free))).isEqualTo(0L);
    }

    @Test
    void is_0_when_it_would_be_over_2_to_the_40() {
      // 0..2^29 in steps of 1 has 2^29, 0..5^12 in steps of 1 has 5^12 = 244 140 625: each fits
      // in 30 bits, but their lcm 2^29 × 5^12 is about 2^57
      Scale twos = NumericScale.of(Text.en("twos"), 0, 1L << 29).withStep(BigDecimal.ONE);
      Scale fives = NumericScale.of(Text.en("fives"), 0, 244_140_625L).withStep(BigDecimal.ONE);
      assertThat(UnitPlan.fractionsOf(List.of(twos))).isEqualTo(1L << 29);
      assertThat(UnitPlan.fractionsOf(List.of(fives))).isEqualTo(244_140_625L);
      assertThat(UnitPlan.fractionsOf(List.of(twos, fives))).isEqualTo(0L);
    }

    @Test
    void is_1_for_no_scale() {
      assertThat(UnitPlan.fractionsOf(List.of())).isEqualTo(1L);
    }
  }

  @Nested
  class A_fraction_in_units {
    @Test
    void is_the_whole_number_of_units_it_makes() {
      // 1/2 of 4 units = 2; 3/4 of 100 = 75; 0 and 1 of 6: 0 and 6
      assertThat(UnitPlan.fractionUnits(Ratio.of(1, 2), 4)).isEqualTo(2L);
      assertThat(UnitPlan.fractionUnits(Ratio.of(3, 4), 100)).isEqualTo(75L);
      assertThat(UnitPlan.fractionUnits(Ratio.ZERO, 6)).isEqualTo(0L);
      assertThat(UnitPlan.fractionUnits(Ratio.ONE, 6)).isEqualTo(6L);
    }

    @Test
    void is_minus_1_when_it_is_not_a_whole_number() {
      // 1/3 of 4 units = 4/3
      assertThat(UnitPlan.fractionUnits(Ratio.of(1, 3), 4)).isEqualTo(-1L);
    }

    @Test
    void is_minus_1_when_there_is_no_denominator() {
      // 0 stands for none: even 0 and 1 have no units then
      assertThat(UnitPlan.fractionUnits(Ratio.of(1, 2), 0)).isEqualTo(-1L);
      assertThat(UnitPlan.fractionUnits(Ratio.ZERO, 0)).isEqualTo(-1L);
      assertThat(UnitPlan.fractionUnits(Ratio.ONE, 0)).isEqualTo(-1L);
    }
  }

  @Nested
  class A_plan_s_whole_unit_form {
    @Test
    void is_worked_out_for_a_small_rubric_of_sums() {
      // total 30; A (20) holds a1 (weight 1) and a2 (weight 3), yes/partial/no at 0.5; B (10)
      // holds b1 on levels 0..4. Points: a1 5, a2 15, b1 10, all whole: points = 1. Fractions:
      // lcm(2, 4) = 4. Unit 1/4 point: A 80, B 40, total 120 units. Cents: 3000 shared 2000 and
      // 1000; A's 500 and 1500
      Rubric rubric =
          Rubric.builder("small", "1")
              .title(Text.en("Small"))
              .provenance(TEST)
              .defaultStrategy(Strategies.POINTS_SUM)
              .criterion(
                  Criterion.builder("A", Text.en("A"))
                      .points(20)
                      .indicator(MiniRubrics.yesNo("a1"))
                      .indicator(MiniRubrics.yesNo("a2").withWeight(3))
                      .build())
              .criterion(
                  Criterion.builder("B", Text.en("B"))
                      .points(10)
                      .indicator(Indicator.of("b1", Text.en("b1"), MiniRubrics.levels()))
                      .build())
              .build();
      ScoringPlan plan = plan(rubric);

      UnitPlan units = plan.units;

      assertThat(units).isNotNull();
      assertThat(units.points).isEqualTo(1L);
      assertThat(units.fractions).isEqualTo(4L);
      assertThat(units.unit).isEqualTo(4L);
      assertThat(units.totalUnits).isEqualTo(120L);
      assertThat(units.totalCents).isEqualTo(3000L);
      int a = plan.positions.get("A");
      int b = plan.positions.get("B");
      assertThat(units.nodeUnits[a]).isEqualTo(80L);
      assertThat(units.nodeUnits[b]).isEqualTo(40L);
      assertThat(units.nodeCents[a]).isEqualTo(2000L);
      assertThat(units.nodeCents[b]).isEqualTo(1000L);
      assertThat(units.slotPoints[plan.slot("a1")]).isEqualTo(5L);
      assertThat(units.slotPoints[plan.slot("a2")]).isEqualTo(15L);
      assertThat(units.slotPoints[plan.slot("b1")]).isEqualTo(10L);
      assertThat(units.slotCents[plan.slot("a1")]).isEqualTo(500L);
      assertThat(units.slotCents[plan.slot("a2")]).isEqualTo(1500L);
      assertThat(units.slotCents[plan.slot("b1")]).isEqualTo(1000L);
      // A (first node) has two lines, B one: B's start after A's
      assertThat(units.lineCount).isEqualTo(3);
      assertThat(units.lineStart[a]).isEqualTo(0);
      assertThat(units.lineStart[b]).isEqualTo(2);
      // a points sum of one part (B) takes its label; of two (A), none
      assertThat(units.labelFrom[a]).isEqualTo(-1);
      assertThat(units.labelFrom[b]).isEqualTo(0);
    }

    @Test
    void is_none_when_a_scale_s_fractions_have_no_denominator() {
      // a numeric scale without a step: any decimal, so no unit of fraction fits every value
      Rubric rubric =
          oneCriterion(
              Indicator.of("x", Text.en("x"), NumericScale.of(Text.en("score"), 0, 10)),
              Indicator.of("y", Text.en("y"), YesNoScale.STANDARD));

      assertThat(plan(rubric).fractions).isEqualTo(0L);
      assertThat(plan(rubric).units).isNull();
    }

    @Test
    void is_none_when_a_strategy_is_not_a_sum() {
      // weakest-link takes the lowest part, not a sum
      Rubric rubric =
          rubric(
              100,
              Criterion.builder("C", Text.en("C"))
                  .strategy(Strategies.WEAKEST_LINK)
                  .indicator(MiniRubrics.yesNo("x"))
                  .indicator(MiniRubrics.yesNo("y"))
                  .build());

      assertThat(plan(rubric).units).isNull();
    }

    @Test
    void is_none_when_an_indicator_is_worth_0() {
      // y weighs 0: it is reported, worth 0 points, and the plan has no whole-unit form
      Rubric rubric = oneCriterion(MiniRubrics.yesNo("x"), MiniRubrics.yesNo("y").withWeight(0));

      assertThat(plan(rubric).units).isNull();
    }

    @Test
    void is_none_when_a_criterion_is_worth_0() {
      // criterion Z weighs 0, so its indicator z is worth 0 points too
      Rubric rubric =
          rubric(
              100,
              Criterion.builder("X", Text.en("X"))
                  .weight(1)
                  .indicator(MiniRubrics.yesNo("x"))
                  .build(),
              Criterion.builder("Z", Text.en("Z"))
                  .weight(0)
                  .indicator(MiniRubrics.yesNo("z"))
                  .build());

      assertThat(plan(rubric).units).isNull();
    }

    @Test
    void is_none_when_a_criterion_under_one_worth_0_holds_the_indicators() {
      // Z weighs 0 and holds only Z1, which holds z: Z1 and z get 0 of Z's 0 points
      Rubric rubric =
          rubric(
              100,
              Criterion.builder("X", Text.en("X"))
                  .weight(1)
                  .indicator(MiniRubrics.yesNo("x"))
                  .build(),
              Criterion.builder("Z", Text.en("Z"))
                  .weight(0)
                  .child("Z1", Text.en("Z1"), c -> c.indicator(MiniRubrics.yesNo("z")))
                  .build());

      assertThat(plan(rubric).units).isNull();
    }

    @Test
    void has_a_unit_of_up_to_2_to_the_40() {
      // total 100 on one criterion; x weighs 1 and y 8191 of 8192: x gets 100/8192 = 25/2048
      // and y 204775/2048 points, so points = 2^11; partial credit 2^-29, so fractions = 2^29;
      // unit = 2^40, the most allowed. The total in units times 10 000 is
      // 10^6 × 2^40, 20 + 40 = 60 bits (10^6 lies between 2^19 and 2^20): also the most allowed
      Rubric rubric = unitRubric(100, 8191);

      UnitPlan units = plan(rubric).units;

      assertThat(units).isNotNull();
      assertThat(units.points).isEqualTo(1L << 11);
      assertThat(units.fractions).isEqualTo(1L << 29);
      assertThat(units.unit).isEqualTo(1L << 40);
      assertThat(units.totalUnits).isEqualTo(100L << 40);
    }

    @Test
    void is_none_when_its_unit_would_be_over_2_to_the_40() {
      // total 2; x gets 2/8192 = 1/4096 points: points = 2^12, unit = 2^12 × 2^29 = 2^41, too
      // fine though the total, 2 × 10 000 × 2^41, is only 56 bits
      assertThat(plan(unitRubric(2, 8191)).units).isNull();
    }

    @Test
    void is_none_when_the_total_in_units_times_10_000_is_over_60_bits() {
      // total 108; x gets 108/8192 = 27/2048: points = 2^11, unit = 2^40 as above, but
      // 108 × 10 000 = 1 080 000 is above 2^20 = 1 048 576: 61 bits
      assertThat(plan(unitRubric(108, 8191)).units).isNull();
    }
  }

  /** A rubric of one criterion of two yes/partial/no indicators whose partial credit is 2^-29. */
  private static Rubric unitRubric(long total, long heavy) {
    YesPartialNoScale fine = new YesPartialNoScale(TWO_TO_MINUS_29);
    return rubric(
        total,
        Criterion.builder("C", Text.en("C"))
            .indicator(Indicator.of("x", Text.en("x"), fine))
            .indicator(Indicator.of("y", Text.en("y"), fine).withWeight(heavy))
            .build());
  }

  private static Rubric oneCriterion(Indicator... indicators) {
    var c = Criterion.builder("C", Text.en("C"));
    for (Indicator i : indicators) {
      c.indicator(i);
    }
    return rubric(100, c.build());
  }

  private static Rubric rubric(long total, Criterion... criteria) {
    var b =
        Rubric.builder("r", "1")
            .title(Text.en("r"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .totalPoints(total);
    for (Criterion c : criteria) {
      b.criterion(c);
    }
    return b.build();
  }

  private static ScoringPlan plan(Rubric rubric) {
    return ScoringPlan.of(rubric, Strategies.POINTS_SUM, StrategyRegistry.standard());
  }

  private static LikertScale likert(int points) {
    return new LikertScale(points, Text.en("low"), Text.en("high"));
  }

  private static MeasureScale measure(String... credits) {
    Threshold[] steps = new Threshold[credits.length];
    for (int k = 0; k < credits.length; k++) {
      steps[k] =
          new Threshold(BigDecimal.valueOf(k + 1), new BigDecimal(credits[k]), Text.en("t" + k));
    }
    return new MeasureScale(
        "ratio", Direction.HIGHER_IS_BETTER, null, List.of(steps), Text.en("below"));
  }
}
