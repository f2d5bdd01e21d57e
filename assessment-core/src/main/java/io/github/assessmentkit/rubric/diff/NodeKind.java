package io.github.assessmentkit.rubric.diff;

/** What a change of the rubric's tree is about: a criterion or an indicator. */
public enum NodeKind {
  /** A criterion: a category, an item, or any node that holds indicators or criteria. */
  CRITERION,
  /** An indicator: what is rated. */
  INDICATOR
}
