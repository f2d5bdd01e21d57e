package io.github.assessmentkit.scoring;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One indicator's line in a scorecard.
 *
 * @param indicatorId the indicator
 * @param text its question
 * @param status rated, not applicable, unknown or missing
 * @param possible the points it was allotted (zero when excluded as not applicable)
 * @param earned the points it earned, or {@code null} when unrated
 * @param fraction the fraction of its points its rating earns, or {@code null} when unrated
 * @param value the rated value, or {@code null}
 * @param label the band or level of the value, or {@code null}
 * @param exactPossible the points it was allotted, exactly
 * @param dimensions the ratings of the dimensions of a band-scale rating (A, D, L, I …), in the
 *     order given, with their rationales; empty when none were given
 * @param cappedBy the code of the dimension whose band capped the rating (the rubric caps items by
 *     their weakest dimension), or {@code null} when the rating was not capped
 */
public record IndicatorScore(
    String indicatorId,
    Text text,
    IndicatorStatus status,
    BigDecimal possible,
    @Nullable BigDecimal earned,
    @Nullable Ratio fraction,
    @Nullable RatingValue value,
    @Nullable Text label,
    Ratio exactPossible,
    List<DimensionRating> dimensions,
    @Nullable String cappedBy) {
  /**
   * Creates the value, checking its components.
   *
   * @param indicatorId the indicator
   * @param text its question
   * @param status rated, not applicable, unknown or missing
   * @param possible the points it was allotted (zero when excluded as not applicable)
   * @param earned the points it earned, or {@code null} when unrated
   * @param fraction the fraction of its points its rating earns, or {@code null} when unrated
   * @param value the rated value, or {@code null}
   * @param label the band or level of the value, or {@code null}
   * @param exactPossible the points it was allotted, exactly
   * @param dimensions the ratings of the dimensions of a band-scale rating, or empty
   * @param cappedBy the dimension whose band capped the rating, or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public IndicatorScore {
    Checks.notBlank(indicatorId, "indicatorId");
    Checks.notNull(text, "text");
    Checks.notNull(status, "status");
    Checks.nonNegative(possible, "possible");
    Checks.notNull(exactPossible, "exactPossible");
    dimensions = Checks.copy(dimensions, "dimensions");
  }

  /** {@return the points it earned, exactly: fraction × exact possible, or 0 when unrated} */
  public Ratio exactEarned() {
    return fraction == null ? Ratio.ZERO : fraction.times(exactPossible);
  }

  /**
   * {@return how its points follow from its rating, exactly, then as shown: the value, the exact
   * fraction of its points that value earns, its exact possible and earned points, and the shown
   * earned points where they differ, for example {@code "4 → 0.75 × 10 = 7.5"} or {@code "partial →
   * 0.5 × 100/3 = 50/3 ≈ 16.66"}; {@code "70 → ≤ D → 0.45 × 40 = 18"} when its weakest dimension,
   * D, capped it; {@code "—"} when it is unrated}
   */
  public String explanation() {
    if (fraction == null || earned == null) {
      return Calculations.UNRATED;
    }
    StringBuilder out = new StringBuilder(32);
    if (value != null) {
      out.append(value).append(" → ");
    }
    if (cappedBy != null) {
      out.append("≤ ").append(cappedBy).append(" → ");
    }
    Ratio exact = exactEarned();
    out.append(Decimals.plain(fraction)).append(" × ").append(Decimals.plain(exactPossible));
    out.append(" = ").append(Decimals.plain(exact));
    if (exact.compareTo(Ratio.of(earned)) != 0) {
      Decimals.appendPlain(out.append(" ≈ "), earned);
    }
    return out.toString();
  }
}
