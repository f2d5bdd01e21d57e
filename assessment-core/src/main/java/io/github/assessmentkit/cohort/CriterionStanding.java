package io.github.assessmentkit.cohort;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.internal.Checks;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's place in one criterion.
 *
 * @param rank its standard competition rank by the criterion's percent among the organisations to
 *     which the criterion applies (1, 2, 2, 4)
 * @param subjectId the organisation
 * @param province its province, or {@code null}
 * @param type its type
 * @param percent its exact percent in the criterion, 0 to 100
 */
public record CriterionStanding(
    int rank, String subjectId, @Nullable String province, OrganisationType type, Ratio percent) {
  /**
   * Creates the value, checking its components.
   *
   * @param rank its rank, 1 or more
   * @param subjectId the organisation
   * @param province its province, or {@code null}
   * @param type its type
   * @param percent its exact percent
   * @throws io.github.assessmentkit.MissingValueException if a required component is null
   */
  public CriterionStanding {
    Checks.positive(rank, "rank");
    // the id was checked when its summary was made; a result made when read does not read its
    // characters again (scattered in memory, that reading was most of the cost of reading a round)
    Checks.notNull(subjectId, "subjectId");
    Checks.notNull(type, "type");
    Checks.notNull(percent, "percent");
  }

  /** {@return the percent rounded half-even to two places, as a scorecard shows it} */
  public BigDecimal shownPercent() {
    return percent.round(2);
  }
}
