package io.github.assessmentkit.assessment;

/** How far an assessment has gone. */
public enum AssessmentStatus {
  /** Still being filled in. */
  DRAFT,
  /** Handed in for review. */
  SUBMITTED,
  /** Reviewed by an assessing body. */
  REVIEWED,
  /** Closed; its result stands. */
  FINAL
}
