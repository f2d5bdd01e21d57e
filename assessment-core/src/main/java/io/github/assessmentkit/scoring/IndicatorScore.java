package io.github.assessmentkit.scoring;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
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
 */
public record IndicatorScore(
    String indicatorId,
    Text text,
    IndicatorStatus status,
    BigDecimal possible,
    @Nullable BigDecimal earned,
    @Nullable BigDecimal fraction,
    @Nullable RatingValue value,
    @Nullable Text label) {
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
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public IndicatorScore {
    Checks.notBlank(indicatorId, "indicatorId");
    Checks.notNull(text, "text");
    Checks.notNull(status, "status");
    Checks.nonNegative(possible, "possible");
  }
}
