package io.github.assessmentkit.cohort;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One organisation's place in a ranking.
 *
 * @param rank its standard competition rank (1, 2, 2, 4): one more than the number of organisations
 *     strictly ahead of it on the declared keys
 * @param subjectId the organisation
 * @param province its province, or {@code null}
 * @param type its type
 * @param total its exact total points earned
 * @param above the organisation listed just above it, or {@code null} when it is listed first
 * @param separation what put it below the organisation listed above it, or {@code null} when it is
 *     listed first or tied with that organisation on every key
 */
public record Standing(
    int rank,
    String subjectId,
    @Nullable String province,
    OrganisationType type,
    Ratio total,
    @Nullable String above,
    @Nullable Separation separation) {
  /**
   * Creates the value, checking its components.
   *
   * @param rank its rank, 1 or more
   * @param subjectId the organisation
   * @param province its province, or {@code null}
   * @param type its type
   * @param total its exact total
   * @param above the organisation listed just above it, or {@code null}
   * @param separation what put it below the one above, or {@code null}
   * @throws io.github.assessmentkit.MissingValueException if a required component is null
   * @throws InvalidValueException if the rank is below 1
   */
  public Standing {
    Checks.positive(rank, "rank");
    // the id was checked when its summary was made; a result made when read does not read its
    // characters again (scattered in memory, that reading was most of the cost of reading a round)
    Checks.notNull(subjectId, "subjectId");
    Checks.notNull(type, "type");
    Checks.notNull(total, "total");
  }

  /** {@return the total, rounded half-even to two places as a scorecard shows it} */
  public BigDecimal totalPoints() {
    return total.round(2);
  }

  /** {@return whether it is tied on every key with the organisation listed above it} */
  public boolean tiedWithAbove() {
    return above != null && separation == null;
  }

  /**
   * {@return why it stands where it does: "first", "tied with … on every key", or the key that put
   * it below the organisation above, with both values}
   */
  public Text explanation() {
    if (separation != null) {
      return separation.explanation();
    }
    return above == null ? CohortMessages.first() : CohortMessages.tied(above);
  }
}
