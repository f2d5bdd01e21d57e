package io.github.assessmentkit.scoring;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Rubric;
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

  /**
   * Gives the number of the rung reached, counted from the bottom of its ladder: 1 for the bottom
   * rung, the number of rungs for the top, so a band reads as it is named ({@code band-4} of the
   * CQA overall bands is 4). See {@link Ladder#rungNumber(String)}.
   *
   * <pre>{@code
   * LevelDecision band = card.level(CqaCriteria.OVERALL_BANDS).orElseThrow();
   * band.rungId();               // "band-4"
   * band.rungNumber(cqa);        // 4
   * }</pre>
   *
   * <p>The number is read from the rubric the scorecard was scored against rather than kept in the
   * decision, so a scorecard document stays as it is and still reads without its rubric.
   *
   * @param rubric the rubric holding this decision's ladder
   * @return the rung's number, from 1 for the bottom rung
   * @throws NullPointerException if {@code rubric} is null
   * @throws InvalidValueException if the rubric has no ladder with this decision's ladder id, or
   *     the ladder has no rung with this decision's rung id
   */
  public int rungNumber(Rubric rubric) {
    Checks.notNull(rubric, "rubric");
    Ladder ladder =
        rubric
            .ladder(ladderId)
            .orElseThrow(() -> new InvalidValueException(ScoringMessages.noSuchLadder(ladderId)));
    return ladder.rungNumber(rungId);
  }
}
