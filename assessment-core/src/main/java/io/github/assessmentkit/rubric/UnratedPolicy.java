package io.github.assessmentkit.rubric;

/**
 * What an indicator without a usable rating does to the score: one with no rating at all ({@link
 * ScoringPolicies#missing() missing}) or one rated unknown ({@link ScoringPolicies#unknown()
 * unknown}). A rubric declares one for each case ({@link RubricBuilder#whenMissing}, {@link
 * RubricBuilder#whenUnknown}); a criterion may declare its own ({@link
 * CriterionBuilder#whenMissing}, {@link CriterionBuilder#whenUnknown}), which then holds for its
 * whole subtree unless a descendant declares another.
 *
 * <p>Security-checklist scoring models use both: an "error" result counts as a failure ({@link
 * #COUNT_AS_ZERO}), a rule "not checked" is left out ({@link #EXCLUDE_AND_RENORMALISE}), so that a
 * mean is the mean of what was assessed. Thread-safe: an enum.
 */
public enum UnratedPolicy {
  /**
   * The indicator earns 0 and stays in the maximum: a failure. It is reported in the coverage and
   * in the warnings of the scorecard. The default.
   */
  COUNT_AS_ZERO,
  /**
   * The indicator leaves the calculation and its points go to its rated siblings by weight, so the
   * parent's maximum is unchanged; as {@link NotApplicablePolicy#EXCLUDE_AND_RENORMALISE} does for
   * a part that is not applicable.
   */
  EXCLUDE_AND_RENORMALISE,
  /**
   * The indicator leaves the calculation and its points leave the maximum too: the parent's
   * possible shrinks and nothing moves; as {@link NotApplicablePolicy#EXCLUDE_FROM_MAXIMUM} does
   * for a part that is not applicable.
   */
  EXCLUDE_FROM_MAXIMUM
}
