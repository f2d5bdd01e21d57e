package io.github.assessmentkit.history;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.HistoryMessages;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The direction of one node's series over its latest unbroken run, by the rule of {@link
 * HistoryRules}.
 *
 * @param direction rising, falling, steady, or too short to say
 * @param slope the least-squares slope in points of percent a year, two decimal places, half-even;
 *     {@code null} when too short
 * @param years how many scored years the run holds
 * @param since the first fiscal year of the run, or {@code null} when nothing was scored
 * @param rises how many rises in a row end the run (0 when the last change is not a rise)
 */
public record Trend(
    TrendDirection direction,
    @Nullable BigDecimal slope,
    int years,
    @Nullable FiscalYear since,
    int rises) {
  /**
   * Creates the value, checking its components.
   *
   * @param direction the direction
   * @param slope the slope, or {@code null} when too short
   * @param years how many scored years
   * @param since the first year of the run, or {@code null}
   * @param rises how many rises in a row
   * @throws io.github.assessmentkit.MissingValueException if the direction is null
   * @throws InvalidValueException if a count is negative, or the slope is missing for a direction
   *     or given for too short a run
   */
  public Trend {
    Checks.notNull(direction, "direction");
    if (years < 0 || rises < 0 || rises > Math.max(years - 1, 0)) {
      throw new InvalidValueException(HistoryMessages.trendCounts(years, rises));
    }
    if ((slope == null) != (direction == TrendDirection.TOO_SHORT)) {
      throw new InvalidValueException(HistoryMessages.slopeAndDirection(direction.name()));
    }
  }
}
