package io.github.assessmentkit.scoring;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;

/**
 * The rung a ladder placed a scorecard on, with the value read and the reason.
 *
 * @param ladderId the ladder
 * @param ladderTitle the ladder's name
 * @param rungId the rung reached
 * @param label the rung's name
 * @param value the metric's value
 * @param reason why this rung, in words with numbers
 * @param verified whether the ladder's thresholds were verified against a source
 */
public record LevelDecision(
    String ladderId,
    Text ladderTitle,
    String rungId,
    Text label,
    BigDecimal value,
    Text reason,
    boolean verified) {
  /**
   * Creates the value, checking its components.
   *
   * @param ladderId the ladder
   * @param ladderTitle the ladder's name
   * @param rungId the rung reached
   * @param label the rung's name
   * @param value the metric's value
   * @param reason why this rung, in words with numbers
   * @param verified whether the ladder's thresholds were verified against a source
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public LevelDecision {
    Checks.notBlank(ladderId, "ladderId");
    Checks.notNull(ladderTitle, "ladderTitle");
    Checks.notBlank(rungId, "rungId");
    Checks.notNull(label, "label");
    Checks.notNull(value, "value");
    Checks.notNull(reason, "reason");
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
