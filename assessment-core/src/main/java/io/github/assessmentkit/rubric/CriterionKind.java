package io.github.assessmentkit.rubric;

/** What a criterion asks about, which decides how it is read and, often, scored. */
public enum CriterionKind {
  /** How the organisation works (Baldrige/TQA categories 1 to 6, rated on ADLI). */
  PROCESS,
  /** What the organisation achieves (category 7, rated on LeTCI). */
  RESULTS,
  /** A list of requirements met or not, as in a governance assessment. */
  CHECKLIST,
  /** An unscored description the organisation gives of itself (the organisational profile). */
  PROFILE,
  /** Anything else. */
  OTHER;

  /** {@return whether criteria of this kind carry points} */
  public boolean isScored() {
    return this != PROFILE;
  }
}
