package io.github.assessmentkit.cohort;

/**
 * Which summaries a {@link Cohort} takes by the status of the assessment behind each. A round ranks
 * and awards results that stand, so the default is {@link #FINAL_ONLY}.
 *
 * <pre>{@code
 * Cohort.of(rubric, year, summaries);                          // final assessments only
 * Cohort.of(rubric, year, summaries, Admission.ANY_STATUS);    // a preview with drafts as well
 * }</pre>
 */
public enum Admission {
  /**
   * Takes the summaries of final assessments only; every other summary is left out and listed in
   * {@link Cohort#leftOut()}.
   */
  FINAL_ONLY,
  /** Takes every summary, whatever its status: a preview of a round not yet closed. */
  ANY_STATUS
}
