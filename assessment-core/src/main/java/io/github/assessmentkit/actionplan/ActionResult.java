package io.github.assessmentkit.actionplan;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One action judged at the next assessment: its verdict by {@link VerdictRule} and the numbers
 * behind it. Standings are in the terms of the action's target (a percent, a band number or a level
 * rank); the node's percent and points are given as well.
 *
 * @param action the action judged
 * @param verdict the verdict
 * @param target the standing aimed for
 * @param achieved the standing reached, or {@code null} when not assessed
 * @param percent the node's percent now, or {@code null} when not assessed
 * @param earned the node's points now, or {@code null} when not assessed
 * @param pointsGained the node's points now less its points at the baseline, or {@code null} when
 *     either is unknown
 * @param gapClosed the share of the gap from baseline to target closed, as a percent, or {@code
 *     null} when unknown or there was no gap
 * @param measure the action's measure at the next assessment, or {@code null} when it has none
 * @param explanation the verdict with its numbers, in Thai and English
 */
public record ActionResult(
    Action action,
    Verdict verdict,
    BigDecimal target,
    @Nullable BigDecimal achieved,
    @Nullable BigDecimal percent,
    @Nullable BigDecimal earned,
    @Nullable BigDecimal pointsGained,
    @Nullable BigDecimal gapClosed,
    @Nullable MeasureReading measure,
    Text explanation) {
  /**
   * Creates the value, checking its components.
   *
   * @param action the action judged
   * @param verdict the verdict
   * @param target the standing aimed for
   * @param achieved the standing reached, or {@code null} when not assessed
   * @param percent the node's percent now, or {@code null} when not assessed
   * @param earned the node's points now, or {@code null} when not assessed
   * @param pointsGained the node's points now less its points at the baseline, or {@code null}
   * @param gapClosed the share of the gap closed, as a percent, or {@code null}
   * @param measure the action's measure at the next assessment, or {@code null}
   * @param explanation the verdict with its numbers
   * @throws NullPointerException if a required component is null
   */
  public ActionResult {
    Checks.notNull(action, "action");
    Checks.notNull(verdict, "verdict");
    Checks.notNull(target, "target");
    Checks.notNull(explanation, "explanation");
  }
}
