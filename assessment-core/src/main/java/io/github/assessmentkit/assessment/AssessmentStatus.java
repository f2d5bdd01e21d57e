package io.github.assessmentkit.assessment;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;

/**
 * How far an assessment has gone. An assessment moves forward only:
 *
 * <pre>
 * DRAFT ──▶ SUBMITTED ──▶ REVIEWED ──▶ FINAL
 *   ▲           │                        ▲
 *   └───────────┤ (returned)             │
 *               └────────────────────────┘ (review skipped)
 * </pre>
 *
 * <ul>
 *   <li>a draft is submitted;
 *   <li>a submitted assessment is reviewed, made final without a separate review (a body that
 *       reviews and closes in one sitting), or returned to its organisation as a draft for
 *       correction — the one way back, since an assessing body sends incomplete self-assessments
 *       back before it starts reviewing;
 *   <li>a reviewed assessment is made final;
 *   <li>a final assessment does not move: it is only superseded by a new assessment that names it
 *       (see {@link Assessment#supersede(String)}).
 * </ul>
 *
 * <p>Staying where one is is not a move. Immutable and thread-safe.
 */
public enum AssessmentStatus {
  /** Still being filled in. */
  DRAFT(Text.of("ฉบับร่าง", "draft")),
  /** Handed in for review. */
  SUBMITTED(Text.of("ยื่นแล้ว", "submitted")),
  /** Reviewed by an assessing body. */
  REVIEWED(Text.of("ทบทวนแล้ว", "reviewed")),
  /** Closed; its result stands. */
  FINAL(Text.of("ฉบับสุดท้าย", "final"));

  private final Text label;

  AssessmentStatus(Text label) {
    this.label = label;
  }

  /** {@return the status's name in Thai and English, such as ฉบับร่าง / draft} */
  public Text label() {
    return label;
  }

  /**
   * Tells whether an assessment of this status may move to another.
   *
   * @param next the status to move to
   * @return true for draft → submitted, submitted → reviewed, submitted → final, submitted → draft
   *     and reviewed → final; false for every other pair, a status and itself included
   * @throws io.github.assessmentkit.MissingValueException if {@code next} is null
   */
  public boolean canMoveTo(AssessmentStatus next) {
    Checks.notNull(next, "next");
    return switch (this) {
      case DRAFT -> next == SUBMITTED;
      case SUBMITTED -> next == REVIEWED || next == FINAL || next == DRAFT;
      case REVIEWED -> next == FINAL;
      case FINAL -> false;
    };
  }

  /** {@return whether this is {@link #FINAL}: the result stands and the assessment is closed} */
  public boolean isFinal() {
    return this == FINAL;
  }
}
