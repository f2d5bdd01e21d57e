package io.github.assessmentkit.rubric;

/**
 * What a criterion means when none of its parts counts: every part was excluded by the {@link
 * NotApplicablePolicy not-applicable} or {@link UnratedPolicy missing and unknown} policies. A
 * rubric declares one ({@link RubricBuilder#whenNothingCounts}); a criterion may declare its own
 * ({@link CriterionBuilder#whenNothingCounts}), which then holds for its whole subtree unless a
 * descendant declares another. This makes what an all-or-nothing or weakest-link rule means over
 * nothing applicable a declared choice, not an accident. Thread-safe: an enum.
 */
public enum WhenNothingCounts {
  /**
   * The criterion itself does not apply, and its parent's not-applicable policy decides what that
   * does. The default, and what rubrics written before this rule did.
   */
  NOT_APPLICABLE,
  /**
   * The criterion earns all its points: it is vacuously met, as XCCDF's "absolute" scoring model
   * says of a group with nothing to check.
   */
  MET,
  /** The criterion earns nothing and keeps its points in the maximum. */
  NOT_MET
}
