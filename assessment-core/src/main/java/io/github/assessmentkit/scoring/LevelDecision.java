package io.github.assessmentkit.scoring;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The rung a ladder placed a scorecard on, with the value read and the reason.
 *
 * <p>When the ladder's metric does not apply (the criterion it reads was excluded as not
 * applicable), {@code value} is {@code null} and the rungs' {@link
 * io.github.assessmentkit.rubric.WhenNotApplicable} rules decide; a rule that leaves the ladder
 * undecided gives a decision with no rung ({@code rungId} {@code null}, {@link #undecided()} true)
 * whose label and reason say so.
 *
 * @param ladderId the ladder
 * @param ladderTitle the ladder's name
 * @param rungId the rung reached, or {@code null} when undecided
 * @param label the rung's name, or "undecided"
 * @param value the metric's value, or {@code null} when the metric does not apply
 * @param reason why this rung, in words with numbers
 * @param verified whether the ladder's thresholds were verified against a source
 */
public record LevelDecision(
    String ladderId,
    Text ladderTitle,
    @Nullable String rungId,
    Text label,
    @Nullable BigDecimal value,
    Text reason,
    boolean verified) {
  /**
   * Creates the value, checking its components.
   *
   * @param ladderId the ladder
   * @param ladderTitle the ladder's name
   * @param rungId the rung reached, or {@code null} when undecided
   * @param label the rung's name, or "undecided"
   * @param value the metric's value, or {@code null} when the metric does not apply
   * @param reason why this rung, in words with numbers
   * @param verified whether the ladder's thresholds were verified against a source
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public LevelDecision {
    Checks.notBlank(ladderId, "ladderId");
    Checks.notNull(ladderTitle, "ladderTitle");
    if (rungId != null) {
      Checks.notBlank(rungId, "rungId");
    }
    Checks.notNull(label, "label");
    Checks.notNull(reason, "reason");
  }

  /** {@return whether no rung could be decided, as the metric does not apply} */
  public boolean undecided() {
    return rungId == null;
  }

  /**
   * Places a scored tree on a ladder: the first rung, from the top, whose bound the ladder's metric
   * meets.
   *
   * @param ladder the ladder
   * @param root the root of a scored tree, usually {@link Scorecard#root()}
   * @return the rung reached, with the reason
   */
  public static LevelDecision place(Ladder ladder, NodeScore root) {
    return Decisions.place(ladder, root);
  }
}
