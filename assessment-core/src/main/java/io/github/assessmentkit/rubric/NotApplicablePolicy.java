package io.github.assessmentkit.rubric;

/**
 * What a rating of "not applicable" does to the score. A rubric declares one, and every strategy
 * applies it the same way. Either way, the rubric's declared maximum stays the maximum.
 */
public enum NotApplicablePolicy {
  /**
   * The part leaves the calculation and its points go to its applicable siblings in proportion to
   * their weights, so the parent's maximum is unchanged. A node whose parts are all not applicable
   * is itself not applicable.
   */
  EXCLUDE_AND_RENORMALISE,
  /** The part counts as fully met. */
  COUNT_AS_MET
}
