package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.text.Text;

/** What to do when organisations tied on the ranking's first key straddle the cap of plaques. */
public enum TieAtCap {
  /** Every organisation tied with the last one within the cap receives a plaque. */
  TAKE_ALL_TIED,
  /**
   * The ranking's tie-breaks decide, in order; organisations still tied on every key all receive a
   * plaque, as nothing tells them apart.
   */
  BREAK_BY_TIE_BREAK;

  /** {@return the rule's name in Thai and English} */
  public Text label() {
    return this == TAKE_ALL_TIED ? CohortMessages.takeAllTied() : CohortMessages.breakByTieBreak();
  }
}
