package io.github.assessmentkit.assessment;

/** Who made an assessment. */
public enum AssessmentKind {
  /** The organisation rated itself (ประเมินตนเอง). */
  SELF,
  /** Examiners from outside rated it. */
  EXTERNAL,
  /** Several assessors agreed one rating per indicator. */
  CONSENSUS
}
