package io.github.assessmentkit.examples.spring;

/** What storing an assessment did. */
enum StoreOutcome {
  /** No assessment had its id: it was added. */
  CREATED,
  /** One that was not final had its id: it was replaced. */
  REPLACED,
  /** A final one had its id: it was kept as it was, and nothing was stored. */
  REFUSED_FINAL,
  /**
   * One had its id whose status the model does not let move to the new one (a draft straight to
   * final, say): it was kept as it was, and nothing was stored.
   */
  REFUSED_MOVE
}
