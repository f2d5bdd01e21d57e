package io.github.assessmentkit.migration;

/**
 * How the ratings of several older indicators merged into one become its rating. Values are ordered
 * by the fraction of the points they earn on the new indicator's scale.
 */
public enum MergeRule {
  /** The lowest of the values: the merged practice is only as strong as its weakest part. */
  LOWEST,
  /** The middle value; with an even count, the lower of the two middles. */
  LOWER_MIDDLE,
  /** The highest of the values. */
  HIGHEST
}
