package io.github.assessmentkit.cohort;

import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.internal.Checks;
import java.util.Map;

/**
 * The results of a cohort, overall and by group.
 *
 * @param overall the whole cohort
 * @param byProvince each province, by name in name order; organisations without a province are in
 *     none of them
 * @param byType each organisation type present, in the enum's order (the cooperative types, then
 *     farmer groups)
 */
public record Distribution(
    GroupDistribution overall,
    Map<String, GroupDistribution> byProvince,
    Map<OrganisationType, GroupDistribution> byType) {
  /**
   * Creates the value, checking its components.
   *
   * @param overall the whole cohort
   * @param byProvince each province
   * @param byType each type
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   */
  public Distribution {
    Checks.notNull(overall, "overall");
    byProvince =
        java.util.Collections.unmodifiableMap(
            new java.util.LinkedHashMap<>(Checks.notNull(byProvince, "byProvince")));
    byType =
        java.util.Collections.unmodifiableMap(
            new java.util.LinkedHashMap<>(Checks.notNull(byType, "byType")));
  }
}
