package io.github.assessmentkit.history;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One fiscal year of a node's series.
 *
 * @param year the fiscal year
 * @param nodeId the node's id in that year's rubric version, or {@code null} when that version has
 *     no node in this series
 * @param percent the node's percent, or {@code null} when absent, not applicable or nothing in it
 *     was scored
 * @param change the percent less the year before's, or {@code null} in the first year, after a
 *     break or when either percent is missing
 * @param breakBefore whether the rubric version changed from the year before and the node does not
 *     compare across the change
 */
public record Point(
    FiscalYear year,
    @Nullable String nodeId,
    @Nullable BigDecimal percent,
    @Nullable BigDecimal change,
    boolean breakBefore) {
  /**
   * Creates the value, checking its components.
   *
   * @param year the fiscal year
   * @param nodeId the node's id that year, or {@code null}
   * @param percent the percent, or {@code null}
   * @param change the change from the year before, or {@code null}
   * @param breakBefore whether the series breaks before this year
   * @throws io.github.assessmentkit.MissingValueException if the year is null
   * @throws io.github.assessmentkit.InvalidValueException if the node id is blank
   */
  public Point {
    Checks.notNull(year, "year");
    if (nodeId != null) {
      Checks.notBlank(nodeId, "nodeId");
    }
  }
}
