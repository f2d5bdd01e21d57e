package io.github.assessmentkit.rubric;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The scoring policies a rubric and its criteria declare: what not-applicable, missing and unknown
 * ratings do and what a criterion where nothing counts means, and how a subtree inherits them.
 */
class ScoringPoliciesTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private static RubricBuilder rubric() {
    return Rubric.builder("r", "1")
        .title(Text.en("Rubric"))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM);
  }

  /**
   * Category 1 (60 points) declares count-at 0.6 and "unknown leaves"; under it 1.1 declares
   * nothing and 1.2 declares "missing leaves the maximum" and "nothing counts = met"; 1.2.1 under
   * 1.2 declares count-as-met. Category 2 (40 points) declares nothing.
   */
  private static Rubric tree(RubricBuilder b) {
    return b.criterion(
            Criterion.builder("1", Text.en("one"))
                .points(60)
                .notApplicable(NotApplicablePolicy.countAt(new BigDecimal("0.6")))
                .whenUnknown(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
                .child("1.1", Text.en("one one"), c -> c.points(30).indicator(yesNo("a")))
                .child(
                    "1.2",
                    Text.en("one two"),
                    c ->
                        c.points(30)
                            .whenMissing(UnratedPolicy.EXCLUDE_FROM_MAXIMUM)
                            .whenNothingCounts(WhenNothingCounts.MET)
                            .child(
                                "1.2.1",
                                Text.en("one two one"),
                                k ->
                                    k.points(30)
                                        .notApplicable(NotApplicablePolicy.COUNT_AS_MET)
                                        .indicator(yesNo("b"))))
                .build())
        .criterion(Criterion.builder("2", Text.en("two")).points(40).indicator(yesNo("c")).build())
        .build();
  }

  @Test
  void the_three_plain_policies_are_constants_and_count_at_carries_its_fraction() {
    // when
    NotApplicablePolicy asIfThreeOfFive = NotApplicablePolicy.countAt(new BigDecimal("0.6"));

    // then
    assertThat(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE.kind())
        .isEqualTo(NotApplicablePolicy.Kind.EXCLUDE_AND_RENORMALISE);
    assertThat(NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM.kind())
        .isEqualTo(NotApplicablePolicy.Kind.EXCLUDE_FROM_MAXIMUM);
    assertThat(NotApplicablePolicy.COUNT_AS_MET.kind())
        .isEqualTo(NotApplicablePolicy.Kind.COUNT_AS_MET);
    assertThat(NotApplicablePolicy.COUNT_AS_MET.fraction()).isNull();
    assertThat(asIfThreeOfFive.kind()).isEqualTo(NotApplicablePolicy.Kind.COUNT_AT_FRACTION);
    assertThat(asIfThreeOfFive.fraction()).isEqualByComparingTo("0.6");
    assertThat(asIfThreeOfFive)
        .isEqualTo(
            new NotApplicablePolicy(
                NotApplicablePolicy.Kind.COUNT_AT_FRACTION, new BigDecimal("0.6")));
    assertThat(asIfThreeOfFive).hasToString("COUNT_AT_FRACTION 0.6");
    assertThat(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE).hasToString("EXCLUDE_AND_RENORMALISE");
    // and both ends of 0 to 1 are allowed
    assertThat(NotApplicablePolicy.countAt(BigDecimal.ZERO).fraction()).isZero();
    assertThat(NotApplicablePolicy.countAt(BigDecimal.ONE).fraction()).isEqualByComparingTo("1");
  }

  @Test
  void a_fraction_outside_0_to_1_is_refused_in_both_languages() {
    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> NotApplicablePolicy.countAt(new BigDecimal("1.2")))
        .withMessage("the fraction of a not-applicable policy must be from 0 to 1, was 1.2")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo(
                        "สัดส่วนของนโยบายกรณีไม่เกี่ยวข้องต้องอยู่ระหว่าง 0 ถึง 1 แต่ได้รับ 1.2"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> NotApplicablePolicy.countAt(new BigDecimal("-0.1")))
        .withMessage("the fraction of a not-applicable policy must be from 0 to 1, was -0.1");
    assertThatNullPointerException()
        .isThrownBy(() -> NotApplicablePolicy.countAt(null))
        .withMessage("fraction cannot be null");
  }

  @Test
  void a_fraction_goes_with_count_at_fraction_and_with_nothing_else() {
    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new NotApplicablePolicy(NotApplicablePolicy.Kind.COUNT_AT_FRACTION, null))
        .withMessage("a COUNT_AT_FRACTION not-applicable policy needs its fraction")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo(
                        "นโยบายกรณีไม่เกี่ยวข้องแบบนับตามสัดส่วน (COUNT_AT_FRACTION) ต้องระบุสัดส่วน"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                new NotApplicablePolicy(
                    NotApplicablePolicy.Kind.COUNT_AS_MET, new BigDecimal("0.5")))
        .withMessage(
            "a COUNT_AS_MET not-applicable policy takes no fraction, only COUNT_AT_FRACTION does;"
                + " was 0.5")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo(
                        "นโยบายกรณีไม่เกี่ยวข้องแบบ COUNT_AS_MET ไม่มีสัดส่วน มีเฉพาะแบบ"
                            + " COUNT_AT_FRACTION แต่ได้รับ 0.5"));
    assertThatNullPointerException()
        .isThrownBy(() -> new NotApplicablePolicy(null, null))
        .withMessage("kind cannot be null");
  }

  @Test
  void under_takes_each_undeclared_policy_from_the_parent() {
    // given
    ScoringPolicies own =
        new ScoringPolicies(null, UnratedPolicy.EXCLUDE_FROM_MAXIMUM, null, WhenNothingCounts.MET);

    // when
    ScoringPolicies resolved = own.under(ScoringPolicies.DEFAULTS);

    // then
    assertThat(resolved)
        .isEqualTo(
            new ScoringPolicies(
                NotApplicablePolicy.EXCLUDE_AND_RENORMALISE,
                UnratedPolicy.EXCLUDE_FROM_MAXIMUM,
                UnratedPolicy.COUNT_AS_ZERO,
                WhenNothingCounts.MET));
    assertThat(ScoringPolicies.INHERIT.under(resolved)).isSameAs(resolved);
    assertThat(ScoringPolicies.DEFAULTS.under(resolved)).isEqualTo(ScoringPolicies.DEFAULTS);
    assertThat(ScoringPolicies.INHERIT).isEqualTo(new ScoringPolicies(null, null, null, null));
    assertThatNullPointerException()
        .isThrownBy(() -> own.under(null))
        .withMessage("parent cannot be null");
  }

  @Test
  void a_rubric_that_declares_nothing_has_the_defaults_and_its_criteria_inherit_them() {
    // when
    Rubric r = tree(rubric());
    Rubric plain =
        rubric()
            .criterion(
                Criterion.builder("1", Text.en("one")).points(10).indicator(yesNo("a")).build())
            .build();

    // then
    assertThat(plain.policies()).isEqualTo(ScoringPolicies.DEFAULTS);
    assertThat(plain.notApplicablePolicy()).isEqualTo(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE);
    assertThat(plain.criteria().get(0).policies()).isSameAs(ScoringPolicies.INHERIT);
    assertThat(plain.policiesOf("1")).isEqualTo(ScoringPolicies.DEFAULTS);
    assertThat(r.policies()).isEqualTo(ScoringPolicies.DEFAULTS);
    assertThat(r.policiesOf("2")).isEqualTo(ScoringPolicies.DEFAULTS);
  }

  @Test
  void a_criterion_s_policies_hold_for_its_subtree_unless_a_descendant_declares_its_own() {
    // given the rubric declares "missing leaves and renormalises" for everything
    Rubric r = tree(rubric().whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE));
    NotApplicablePolicy sixTenths = NotApplicablePolicy.countAt(new BigDecimal("0.6"));

    // then 1 declares its not-applicable and unknown policies and takes the rest from the rubric
    assertThat(r.policiesOf("1"))
        .isEqualTo(
            new ScoringPolicies(
                sixTenths,
                UnratedPolicy.EXCLUDE_AND_RENORMALISE,
                UnratedPolicy.EXCLUDE_AND_RENORMALISE,
                WhenNothingCounts.NOT_APPLICABLE));
    // and 1.1 declares nothing, so has exactly what holds at 1
    assertThat(r.policiesOf("1.1")).isEqualTo(r.policiesOf("1"));
    // and 1.2 overrides missing and nothing-counts, keeping 1's not-applicable and unknown
    assertThat(r.policiesOf("1.2"))
        .isEqualTo(
            new ScoringPolicies(
                sixTenths,
                UnratedPolicy.EXCLUDE_FROM_MAXIMUM,
                UnratedPolicy.EXCLUDE_AND_RENORMALISE,
                WhenNothingCounts.MET));
    // and 1.2.1 overrides only the not-applicable policy
    assertThat(r.policiesOf("1.2.1"))
        .isEqualTo(
            new ScoringPolicies(
                NotApplicablePolicy.COUNT_AS_MET,
                UnratedPolicy.EXCLUDE_FROM_MAXIMUM,
                UnratedPolicy.EXCLUDE_AND_RENORMALISE,
                WhenNothingCounts.MET));
    // and 2, outside 1's subtree, has the rubric's
    assertThat(r.policiesOf("2")).isEqualTo(r.policies());
    // and what a criterion declares is kept as declared, nulls and all
    assertThat(r.criterion("1.2").orElseThrow().policies())
        .isEqualTo(
            new ScoringPolicies(
                null, UnratedPolicy.EXCLUDE_FROM_MAXIMUM, null, WhenNothingCounts.MET));
  }

  @Test
  void policies_of_an_unknown_criterion_are_refused_naming_it() {
    // given
    Rubric r = tree(rubric());

    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> r.policiesOf("9"))
        .withMessage("no criterion has the id '9'");
  }

  @Test
  void the_rubric_builder_sets_every_rubric_wide_policy_and_a_derived_rubric_keeps_them() {
    // given
    Rubric r =
        tree(
            rubric()
                .notApplicablePolicy(NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM)
                .whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
                .whenUnknown(UnratedPolicy.EXCLUDE_FROM_MAXIMUM)
                .whenNothingCounts(WhenNothingCounts.NOT_MET));

    // when
    Rubric derived = Rubric.from(r).version("2").build();

    // then
    ScoringPolicies expected =
        new ScoringPolicies(
            NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM,
            UnratedPolicy.EXCLUDE_AND_RENORMALISE,
            UnratedPolicy.EXCLUDE_FROM_MAXIMUM,
            WhenNothingCounts.NOT_MET);
    assertThat(r.policies()).isEqualTo(expected);
    assertThat(r.notApplicablePolicy()).isEqualTo(NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM);
    assertThat(derived.policies()).isEqualTo(expected);
    assertThat(derived.policiesOf("1.2.1")).isEqualTo(r.policiesOf("1.2.1"));
    assertThat(Rubric.from(r).build()).isEqualTo(r);
    // and a rubric that differs only in a policy is a different rubric
    assertThat(Rubric.from(r).whenUnknown(UnratedPolicy.COUNT_AS_ZERO).build()).isNotEqualTo(r);
    // and declaring a default is the same as declaring nothing
    assertThat(tree(rubric().whenMissing(UnratedPolicy.COUNT_AS_ZERO))).isEqualTo(tree(rubric()));
  }

  @Test
  void the_rubric_builder_refuses_a_missing_policy() {
    assertThatNullPointerException()
        .isThrownBy(() -> rubric().notApplicablePolicy(null))
        .withMessage("policy cannot be null");
    assertThatNullPointerException()
        .isThrownBy(() -> rubric().whenMissing(null))
        .withMessage("policy cannot be null");
    assertThatNullPointerException()
        .isThrownBy(() -> rubric().whenUnknown(null))
        .withMessage("policy cannot be null");
    assertThatNullPointerException()
        .isThrownBy(() -> rubric().whenNothingCounts(null))
        .withMessage("meaning cannot be null");
  }

  @Test
  void the_criterion_builder_declares_each_policy_and_derivation_keeps_or_clears_them() {
    // given
    Criterion declared =
        Criterion.builder("1", Text.en("one"))
            .points(10)
            .indicator(yesNo("a"))
            .notApplicable(NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM)
            .whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
            .whenUnknown(UnratedPolicy.COUNT_AS_ZERO)
            .whenNothingCounts(WhenNothingCounts.NOT_MET)
            .build();

    // when
    Criterion renamed = declared.with(b -> b.title(Text.en("renamed")));
    Criterion cleared =
        declared.with(
            b -> b.notApplicable(null).whenMissing(null).whenUnknown(null).whenNothingCounts(null));

    // then
    ScoringPolicies expected =
        new ScoringPolicies(
            NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM,
            UnratedPolicy.EXCLUDE_AND_RENORMALISE,
            UnratedPolicy.COUNT_AS_ZERO,
            WhenNothingCounts.NOT_MET);
    assertThat(declared.policies()).isEqualTo(expected);
    assertThat(renamed.policies()).isEqualTo(expected);
    assertThat(declared.toBuilder().build()).isEqualTo(declared);
    assertThat(cleared.policies()).isSameAs(ScoringPolicies.INHERIT);
    assertThat(cleared).isNotEqualTo(declared);
  }

  @Test
  void a_rubric_builder_modifies_a_criterion_s_policies_in_place() {
    // given
    Rubric r = tree(rubric());

    // when
    Rubric changed =
        Rubric.from(r).modify("1.1", b -> b.whenNothingCounts(WhenNothingCounts.NOT_MET)).build();

    // then
    assertThat(changed.policiesOf("1.1").nothingCounts()).isEqualTo(WhenNothingCounts.NOT_MET);
    assertThat(r.policiesOf("1.1").nothingCounts()).isEqualTo(WhenNothingCounts.NOT_APPLICABLE);
  }

  @Test
  void a_criterion_needs_its_policies_even_when_it_declares_none() {
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new Criterion(
                    "1",
                    Text.en("one"),
                    CriterionKind.OTHER,
                    BigDecimal.TEN,
                    null,
                    null,
                    java.util.List.of(),
                    java.util.List.of(),
                    java.util.List.of(yesNo("a")),
                    null,
                    io.github.assessmentkit.Extensions.NONE))
        .withMessage("policies cannot be null");
  }
}
