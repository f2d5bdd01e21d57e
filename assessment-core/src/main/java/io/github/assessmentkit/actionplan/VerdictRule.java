package io.github.assessmentkit.actionplan;

import io.github.assessmentkit.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The declared rule by which an action is judged, on three standings read in the terms of its
 * target (a percent, a band number or a level rank): the baseline {@code b} when the plan was
 * written, the target {@code t} and the achieved standing {@code a} at the next assessment.
 *
 * <ol>
 *   <li>no achieved standing (the node is not applicable, not rated or absent): {@link
 *       Verdict#NOT_ASSESSED};
 *   <li>{@code a ≥ t}: {@link Verdict#MET};
 *   <li>{@code a > b} (moved towards the target but did not reach it): {@link Verdict#PARTLY_MET};
 *   <li>otherwise, or when the baseline is unknown: {@link Verdict#NOT_MET}.
 * </ol>
 *
 * <p>For fixed {@code b} and {@code t} the verdict never gets worse as {@code a} rises. The share
 * of the gap closed, {@code (a − b) ÷ (t − b)} as a percent, is reported beside it but does not
 * change it. Stateless; thread-safe.
 */
public final class VerdictRule {
  /** The rule's id, as reports cite it: {@value}. */
  public static final String ID = "action.moved-towards-target";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private VerdictRule() {}

  /**
   * Judges one action's standings.
   *
   * @param baseline where the node stood when the plan was written, or {@code null} when unknown
   * @param achieved where it stands now, or {@code null} when it is not assessed
   * @param target what the action aims for
   * @return the verdict
   */
  public static Verdict verdict(
      @Nullable BigDecimal baseline, @Nullable BigDecimal achieved, BigDecimal target) {
    Checks.notNull(target, "target");
    if (achieved == null) {
      return Verdict.NOT_ASSESSED;
    }
    if (achieved.compareTo(target) >= 0) {
      return Verdict.MET;
    }
    if (baseline != null && achieved.compareTo(baseline) > 0) {
      return Verdict.PARTLY_MET;
    }
    return Verdict.NOT_MET;
  }

  /**
   * The share of the gap from baseline to target closed, as a percent rounded half-even to two
   * places (it may be negative, or above 100 when the target was passed).
   *
   * @param baseline where the node stood
   * @param achieved where it stands now
   * @param target what the action aims for
   * @return the percent, or empty when there was no gap to close ({@code t ≤ b})
   */
  public static Optional<BigDecimal> gapClosed(
      BigDecimal baseline, BigDecimal achieved, BigDecimal target) {
    BigDecimal gap = target.subtract(baseline);
    if (gap.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        achieved.subtract(baseline).multiply(HUNDRED).divide(gap, 2, RoundingMode.HALF_EVEN));
  }
}
