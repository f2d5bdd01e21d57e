package io.github.assessmentkit.rubric.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.testing.ScoringCases;
import org.junit.jupiter.api.Test;

/**
 * Properties of diffs over random rubrics: a rubric differs from itself in nothing, and the changes
 * between any two rubrics, applied to the first one's outline, give the second one's.
 */
class RubricDiffProperties {
  private static final int EXAMPLES = Examples.usual(300);

  @Test
  void a_rubric_differs_from_itself_in_nothing() {
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases())
        .checkAssert(
            c -> assertThat(RubricDiff.between(c.rubric(), c.rubric()).changes()).isEmpty());
  }

  @Test
  void the_changes_applied_to_the_first_outline_give_the_second() {
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases(), ScoringCases.cases())
        .checkAssert(
            (a, b) -> {
              RubricDiff diff = RubricDiff.between(a.rubric(), b.rubric());
              assertThat(diff.applyTo(RubricOutline.of(a.rubric())))
                  .isEqualTo(RubricOutline.of(b.rubric()));
              assertThat(diff.isEmpty())
                  .isEqualTo(RubricOutline.of(a.rubric()).equals(RubricOutline.of(b.rubric())));
            });
  }

  @Test
  void the_diff_is_the_same_whenever_it_is_worked_out() {
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases(), ScoringCases.cases())
        .checkAssert(
            (a, b) ->
                assertThat(RubricDiff.between(a.rubric(), b.rubric()))
                    .isEqualTo(RubricDiff.between(a.rubric(), b.rubric())));
  }
}
