package io.github.assessmentkit.rubric;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The structure a rubric must have to build: profile criteria unscored, scored leaves with
 * indicators, a declared total kept as written, an unweighted criterion weighing 1; with the checks
 * of the values a rubric is made of (criteria, rubric references, rating rules).
 */
class RubricStructureChecksTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private static RubricBuilder rubric() {
    return Rubric.builder("r", "1")
        .title(Text.en("Rubric"))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM);
  }

  private static Criterion profile(Consumer<CriterionBuilder> spec) {
    CriterionBuilder b = Criterion.builder("P", Text.en("profile")).kind(CriterionKind.PROFILE);
    spec.accept(b);
    return b.build();
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
  void a_profile_criterion_may_have_neither_points_nor_a_weight_nor_indicators() {
    // each of the three alone is refused, naming the profile "P"
    String en = "profile criterion 'P' is unscored and cannot have points, a weight or indicators";
    String th = "โครงร่างองค์กร 'P' ไม่มีคะแนน จึงกำหนดคะแนน น้ำหนัก หรือตัวชี้วัดไม่ได้";
    Criterion scored =
        Criterion.builder("1", Text.en("one")).points(10).indicator(yesNo("a")).build();
    for (Criterion p :
        List.of(
            profile(b -> b.points(5)),
            profile(b -> b.weight(2)),
            profile(b -> b.indicator(yesNo("z"))))) {
      assertInvalid(() -> rubric().criterion(scored).criterion(p).build(), "P", en, th);
    }
    // and a bare profile beside the scored criterion builds, adding nothing to the total 10
    assertThat(rubric().criterion(scored).criterion(profile(b -> {})).build().totalPoints())
        .isEqualByComparingTo("10");
  }

  @Test
  void a_criterion_whose_only_sub_criterion_is_a_profile_is_a_scored_leaf_and_needs_indicators() {
    // "1" has 10 points and one child, the unscored profile "P": it counts as a scored leaf, and a
    // scored leaf without indicators of its own is refused
    Criterion one =
        Criterion.builder("1", Text.en("one")).points(10).child(profile(b -> {})).build();
    assertInvalid(
        () -> rubric().criterion(one).build(),
        "1",
        "criterion '1' is a scored leaf without indicators",
        "เกณฑ์ '1' เป็นเกณฑ์ย่อยสุดที่มีคะแนนแต่ไม่มีตัวชี้วัด");
  }

  @Test
  void a_profile_child_gives_no_weight_to_share_points_among() {
    // "1" has 10 points, an indicator of weight 0 and the profile "P": the profile weighs nothing,
    // so the 10 points have no part to go to
    Criterion one =
        Criterion.builder("1", Text.en("one"))
            .points(10)
            .indicator(yesNo("a").withWeight(0))
            .child(profile(b -> {}))
            .build();
    assertInvalid(
        () -> rubric().criterion(one).build(),
        "1",
        "the parts of '1' all weigh 0, so its 10 points cannot be shared",
        "ทุกส่วนของ '1' มีน้ำหนัก 0 จึงแบ่งคะแนน 10 คะแนนของ '1' ไม่ได้");
  }

  @Test
  void a_declared_total_is_kept_as_written_when_the_points_add_up_to_it() {
    // declared 30; the criteria have 10.0 and 20.0 points, adding up to 30.0: equal, so it builds,
    // and the total reads "30" as declared, not "30.0" as summed
    Rubric r =
        rubric()
            .totalPoints(new BigDecimal("30"))
            .criterion(
                Criterion.builder("1", Text.en("one"))
                    .points(new BigDecimal("10.0"))
                    .indicator(yesNo("a"))
                    .build())
            .criterion(
                Criterion.builder("2", Text.en("two"))
                    .points(new BigDecimal("20.0"))
                    .indicator(yesNo("b"))
                    .build())
            .build();
    assertThat(r.totalPoints()).hasToString("30");
  }

  @Test
  void a_criterion_without_points_or_weight_weighs_1_under_a_total() {
    // total 100 shared by weight: "1" declares no weight (so weighs 1), "2" weighs 0; the parts do
    // not all weigh 0, so it builds; under "3" (weight 1) the child "3.1" declares no weight either
    Rubric r =
        rubric()
            .totalPoints(100)
            .criterion(Criterion.builder("1", Text.en("one")).indicator(yesNo("a")).build())
            .criterion(
                Criterion.builder("2", Text.en("two")).weight(0).indicator(yesNo("b")).build())
            .criterion(
                Criterion.builder("3", Text.en("three"))
                    .weight(1)
                    .indicator(yesNo("c").withWeight(0))
                    .child("3.1", Text.en("three one"), c -> c.indicator(yesNo("d")))
                    .build())
            .build();
    assertThat(r.totalPoints()).isEqualByComparingTo("100");
    assertThat(r.criteria()).hasSize(3);
  }

  @Test
  void a_criterion_value_may_not_have_both_points_and_a_weight() {
    // the record itself refuses it (the builder keeps one of the two)
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                new Criterion(
                    "1",
                    Text.en("one"),
                    CriterionKind.PROCESS,
                    BigDecimal.TEN,
                    BigDecimal.ONE,
                    null,
                    List.of(),
                    List.of(),
                    List.of(yesNo("a")),
                    ScoringPolicies.INHERIT,
                    io.github.assessmentkit.Extensions.NONE))
        .withMessage("criterion 1 has both points and a weight")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo(
                        "เกณฑ์ '1' กำหนดทั้งคะแนนเต็มและน้ำหนัก ต้องเลือกอย่างใดอย่างหนึ่ง"));
  }

  @Test
  void a_criterion_strategy_may_be_absent_but_not_blank() {
    // null means the rubric's default; "  " names nothing and is refused
    assertThat(Criterion.builder("1", Text.en("one")).indicator(yesNo("a")).build().strategy())
        .isNull();
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                Criterion.builder("1", Text.en("one")).strategy("  ").indicator(yesNo("a")).build())
        .withMessage("strategy cannot be blank")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH)).isEqualTo("strategy ต้องไม่เป็นข้อความว่าง"));
  }

  @Test
  void find_looks_past_a_first_child_that_lacks_the_id_into_the_next() {
    // "1" has children "1.1" (leaf) and "1.2" with child "1.2.1": finding "1.2.1" searches 1.1's
    // subtree in vain, then finds it under 1.2; an id nowhere in the tree finds nothing
    Criterion one =
        Criterion.builder("1", Text.en("one"))
            .points(10)
            .child("1.1", Text.en("a"), c -> c.points(5).indicator(yesNo("a")))
            .child(
                "1.2",
                Text.en("b"),
                c ->
                    c.points(5)
                        .child("1.2.1", Text.en("c"), d -> d.points(5).indicator(yesNo("b"))))
            .build();
    assertThat(one.find("1.2.1")).get().extracting(Criterion::id).isEqualTo("1.2.1");
    assertThat(one.find("1.1")).get().extracting(Criterion::id).isEqualTo("1.1");
    assertThat(one.find("9")).isEmpty();
    // "1" has children, so it is no leaf; "1.1" has none, so it is one
    assertThat(one.isLeaf()).isFalse();
    assertThat(one.find("1.1").orElseThrow().isLeaf()).isTrue();
  }

  @Test
  void a_rubric_reference_refuses_an_at_sign_in_its_version_too() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new RubricRef("cqa", "2025@1"))
        .withMessage("rubric id and version cannot contain '@'")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo("รหัสและรุ่นของเกณฑ์ชุดต้องไม่มีอักขระ '@'"));
    // one character either side of the '@' is enough: "a@b" is id "a", version "b"
    assertThat(RubricRef.parse("a@b")).isEqualTo(new RubricRef("a", "b"));
  }

  @Test
  void rating_rules_are_empty_only_when_no_rule_is_declared() {
    // each rule alone, even at 0 percent, makes the rules non-empty
    assertThat(RatingRules.NONE.isEmpty()).isTrue();
    assertThat(RatingRules.NONE.evidenceAbove(0).isEmpty()).isFalse();
    assertThat(RatingRules.NONE.strengthsAbove(0).isEmpty()).isFalse();
    assertThat(RatingRules.NONE.improvementsAbove(0).isEmpty()).isFalse();
  }

  @Test
  void a_gate_naming_a_criterion_the_rubric_lacks_does_not_build() {
    // the ladder "overall" of the mini award gets a gate capping it at "fair" unless criterion "9"
    // is at 50 % or more; there is no "9", so the rubric is refused, naming the gate "overall/fair"
    Ladder base = MiniRubrics.award().ladder("overall").orElseThrow();
    Ladder gated =
        base.withGates(
            new Gate(Text.en("nine"), Condition.atLeast(Metric.percent("9"), 50), "fair"));
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(MiniRubrics.award()).replaceLadder(gated).build())
        .satisfies(
            e -> {
              assertThat(e.nodeId()).isEqualTo("overall/fair");
              assertThat(e.getMessage())
                  .isEqualTo("'overall/fair' refers to criterion '9', which the rubric lacks");
              assertThat(e.getMessage(Language.TH))
                  .isEqualTo("'overall/fair' อ้างถึงเกณฑ์ '9' ซึ่งไม่มีในเกณฑ์ชุดนี้");
            });
  }
}
