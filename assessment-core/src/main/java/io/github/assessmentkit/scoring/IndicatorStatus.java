package io.github.assessmentkit.scoring;

/** What became of an indicator in a scorecard. */
public enum IndicatorStatus {
  /** Rated with a value on its scale. */
  RATED,
  /** Rated not applicable; the rubric's policy decided what that means. */
  NOT_APPLICABLE,
  /** Rated unknown: counts against coverage, earns nothing, reported. */
  UNKNOWN,
  /** Not rated at all: counts against coverage, earns nothing, reported. */
  MISSING
}
