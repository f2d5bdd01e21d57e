package io.github.assessmentkit.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.testing.MiniRubrics;
import org.junit.jupiter.api.Test;

/**
 * The two rubric-wide rules on the dimensions of band-scale items: off unless declared, kept when a
 * rubric is derived.
 */
class DimensionRulesSettingTest {
  private final Rubric award = MiniRubrics.award();

  @Test
  void a_rubric_declares_neither_rule_by_default() {
    assertThat(award.capsByWeakestDimension()).isFalse();
    assertThat(award.requiresEveryDimension()).isFalse();
  }

  @Test
  void a_rubric_may_declare_each_rule_and_a_derived_rubric_keeps_them() {
    // given
    Rubric capped = Rubric.from(award).capByWeakestDimension(true).build();
    Rubric both = Rubric.from(capped).requireEveryDimension(true).build();

    // when
    Rubric derived = Rubric.from(both).version("2").build();

    // then
    assertThat(capped.capsByWeakestDimension()).isTrue();
    assertThat(capped.requiresEveryDimension()).isFalse();
    assertThat(derived.capsByWeakestDimension()).isTrue();
    assertThat(derived.requiresEveryDimension()).isTrue();
    assertThat(capped).isNotEqualTo(award);
    assertThat(both).isNotEqualTo(capped);
    assertThat(Rubric.from(both).capByWeakestDimension(false).requireEveryDimension(false).build())
        .isEqualTo(award);
  }
}
