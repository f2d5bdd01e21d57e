package io.github.assessmentkit.rubric;

/**
 * How much a finding of validation weighs: an error stops scoring, a warning is reported and the
 * assessment is scored all the same. A rubric declares the severity of the rules it may soften (see
 * {@link Rubric#evidenceValidity()}); every other rule is an error.
 */
public enum Severity {
  /** Stops scoring: the assessment is not valid against the rubric. */
  ERROR,
  /** Reported in validation and on the scorecard; the assessment is scored all the same. */
  WARNING
}
