package io.github.assessmentkit.rubric;

import static io.github.assessmentkit.testing.MiniRubrics.band;
import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Weights of 0 (assessed and reported, not counted) and criteria that hold indicators beside their
 * sub-criteria, with the checks made when a rubric is built.
 */
class WeightsAndMixedCriteriaTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private static RubricBuilder rubric() {
    return Rubric.builder("r", "1")
        .title(Text.en("Rubric"))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM);
  }

  private static void assertInvalid(ThrowingCallable build, String nodeId, String en, String th) {
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(build)
        .withMessage(en)
        .satisfies(
            e -> {
              assertThat(e.nodeId()).isEqualTo(nodeId);
              assertThat(e.getMessage(Language.TH)).isEqualTo(th);
            });
  }

  @Test
  void an_indicator_and_a_criterion_may_weigh_0_and_a_criterion_may_have_0_points() {
    // when 1 (10 points) shares between a (weight 1) and b (weight 0); 2 weighs 0 of the weights
    // under 3, 0 points of 4 hold an indicator of weight 0
    Rubric r =
        rubric()
            .criterion(
                Criterion.builder("1", Text.en("one"))
                    .points(10)
                    .indicator(yesNo("a"))
                    .indicator(yesNo("b").withWeight(0))
                    .build())
            .criterion(
                Criterion.builder("3", Text.en("three"))
                    .points(5)
                    .child("2", Text.en("two"), c -> c.weight(0).indicator(yesNo("c")))
                    .child("2b", Text.en("two b"), c -> c.weight(1).indicator(yesNo("d")))
                    .build())
            .criterion(
                Criterion.builder("4", Text.en("four"))
                    .points(0)
                    .indicator(yesNo("e").withWeight(0))
                    .build())
            .build();

    // then 10 + 5 + 0 = 15
    assertThat(r.totalPoints()).isEqualByComparingTo("15");
    assertThat(r.indicator("b").orElseThrow().weight()).isZero();
    assertThat(r.criterion("2").orElseThrow().weight()).isZero();
    assertThat(r.criterion("4").orElseThrow().points()).isZero();
  }

  @Test
  void the_indicators_of_a_criterion_with_points_may_not_all_weigh_0() {
    assertInvalid(
        () ->
            rubric()
                .criterion(
                    Criterion.builder("1", Text.en("one"))
                        .points(10)
                        .indicator(yesNo("a").withWeight(0))
                        .indicator(yesNo("b").withWeight(0))
                        .build())
                .build(),
        "1",
        "the parts of '1' all weigh 0, so its 10 points cannot be shared",
        "ทุกส่วนของ '1' มีน้ำหนัก 0 จึงแบ่งคะแนน 10 คะแนนของ '1' ไม่ได้");
  }

  @Test
  void the_children_of_a_criterion_with_points_may_not_all_weigh_0() {
    assertInvalid(
        () ->
            rubric()
                .criterion(
                    Criterion.builder("1", Text.en("one"))
                        .points(10)
                        .child("1.1", Text.en("a"), c -> c.weight(0).indicator(yesNo("a")))
                        .child("1.2", Text.en("b"), c -> c.weight(0).indicator(yesNo("b")))
                        .build())
                .build(),
        "1",
        "the parts of '1' all weigh 0, so its 10 points cannot be shared",
        "ทุกส่วนของ '1' มีน้ำหนัก 0 จึงแบ่งคะแนน 10 คะแนนของ '1' ไม่ได้");
  }

  @Test
  void a_weighted_criterion_with_a_share_may_not_have_parts_that_all_weigh_0() {
    // given 1.1 weighs 1 of 1 under 1's 10 points, so it has points to share
    assertInvalid(
        () ->
            rubric()
                .criterion(
                    Criterion.builder("1", Text.en("one"))
                        .points(10)
                        .child(
                            "1.1",
                            Text.en("a"),
                            c -> c.weight(1).indicator(yesNo("a").withWeight(0)))
                        .build())
                .build(),
        "1.1",
        "the parts of '1.1' all weigh 0, so its points cannot be shared",
        "ทุกส่วนของ '1.1' มีน้ำหนัก 0 จึงแบ่งคะแนนของ '1.1' ไม่ได้");
  }

  @Test
  void the_top_level_criteria_of_a_rubric_with_a_total_may_not_all_weigh_0() {
    assertInvalid(
        () ->
            rubric()
                .totalPoints(100)
                .criterion(
                    Criterion.builder("1", Text.en("one")).weight(0).indicator(yesNo("a")).build())
                .build(),
        "r",
        "the parts of 'r' all weigh 0, so its 100 points cannot be shared",
        "ทุกส่วนของ 'r' มีน้ำหนัก 0 จึงแบ่งคะแนน 100 คะแนนของ 'r' ไม่ได้");
  }

  @Test
  void a_criterion_with_nothing_to_share_may_have_parts_that_all_weigh_0() {
    // when 2 has 0 points, and 1.2 weighs 0 so has nothing to share either
    Rubric r =
        rubric()
            .criterion(
                Criterion.builder("1", Text.en("one"))
                    .points(10)
                    .child("1.1", Text.en("a"), c -> c.weight(1).indicator(yesNo("a")))
                    .child(
                        "1.2", Text.en("b"), c -> c.weight(0).indicator(yesNo("b").withWeight(0)))
                    .build())
            .criterion(
                Criterion.builder("2", Text.en("two"))
                    .points(0)
                    .indicator(yesNo("c").withWeight(0))
                    .build())
            .build();

    // then
    assertThat(r.totalPoints()).isEqualByComparingTo("10");
  }

  @Test
  void a_criterion_may_hold_indicators_beside_its_sub_criteria() {
    // when 1 (10 points) holds indicator a (weight 2) beside 1.1 (weight 3) and 1.2 (weight 5)
    Criterion mixed =
        Criterion.builder("1", Text.en("one"))
            .points(10)
            .indicator(yesNo("a").withWeight(2))
            .child("1.1", Text.en("b"), c -> c.weight(3).indicator(yesNo("b")))
            .child("1.2", Text.en("c"), c -> c.weight(5).indicator(yesNo("c")))
            .build();
    Rubric r = rubric().criterion(mixed).build();

    // then its indicator is indexed like any other, and it is not a leaf
    assertThat(mixed.isLeaf()).isFalse();
    assertThat(r.indicators()).extracting(Indicator::id).containsExactly("a", "b", "c");
    assertThat(r.allCriteria()).extracting(Criterion::id).containsExactly("1", "1.1", "1.2");
    assertThat(mixed.toBuilder().build()).isEqualTo(mixed);
  }

  @Test
  void beside_children_with_fixed_points_the_indicators_weights_count_as_points() {
    // when 1 (10 points) = indicator a (weight 2) + 1.1 (4 points) + 1.2 (4 points)
    Rubric r =
        rubric()
            .criterion(
                Criterion.builder("1", Text.en("one"))
                    .points(10)
                    .indicator(yesNo("a").withWeight(2))
                    .child("1.1", Text.en("b"), c -> c.points(4).indicator(yesNo("b")))
                    .child("1.2", Text.en("c"), c -> c.points(4).indicator(yesNo("c")))
                    .build())
            .build();

    // then
    assertThat(r.totalPoints()).isEqualByComparingTo("10");
    // and with the default weight 1, 1 + 4 + 4 = 9 is not 10
    assertInvalid(
        () ->
            rubric()
                .criterion(
                    Criterion.builder("1", Text.en("one"))
                        .points(10)
                        .indicator(yesNo("a"))
                        .child("1.1", Text.en("b"), c -> c.points(4).indicator(yesNo("b")))
                        .child("1.2", Text.en("c"), c -> c.points(4).indicator(yesNo("c")))
                        .build())
                .build(),
        "1",
        "the points of the children of '1' and the weights of its indicators add up to 9, not 10",
        "คะแนนของเกณฑ์ย่อยรวมกับน้ำหนักของตัวชี้วัดภายใต้ '1' ได้ 9 แต่ต้องเท่ากับ 10");
  }

  @Test
  void maturity_and_holistic_band_refuse_a_criterion_with_both_indicators_and_sub_criteria() {
    // given
    Criterion mixed =
        Criterion.builder("1", Text.en("one"))
            .points(10)
            .indicator(Indicator.of("a", Text.en("a"), MiniRubrics.levels()))
            .child("1.1", Text.en("b"), c -> c.weight(1).indicator(band("b")))
            .build();
    StrategyRegistry standard = StrategyRegistry.standard();

    // when / then
    assertThat(standard.get(Strategies.MATURITY).misfit(mixed))
        .contains(
            Text.of(
                "วิธีคิดคะแนน 'maturity' ใช้กับ '1' ซึ่งมีทั้งตัวชี้วัดและเกณฑ์ย่อยไม่ได้"
                    + " ต้องมีอย่างใดอย่างหนึ่ง",
                "strategy 'maturity' cannot score '1', which holds both indicators and"
                    + " sub-criteria; it needs one or the other"));
    assertThat(standard.get(Strategies.HOLISTIC_BAND).misfit(mixed))
        .contains(
            Text.of(
                "วิธีคิดคะแนน 'holistic-band' ใช้กับ '1' ซึ่งมีทั้งตัวชี้วัดและเกณฑ์ย่อยไม่ได้"
                    + " ต้องมีอย่างใดอย่างหนึ่ง",
                "strategy 'holistic-band' cannot score '1', which holds both indicators and"
                    + " sub-criteria; it needs one or the other"));
  }
}
