package io.github.assessmentkit.cohort;

import io.github.assessmentkit.assessment.OrganisationType;
import java.util.Map;

/**
 * A cohort ranked by a declared order: overall, within each province, and within each organisation
 * type. Each ranking gives its own ranks (a province's best is 1 in its province) and its own
 * separations (against the organisation listed above in that ranking).
 *
 * <p>Immutable and thread-safe.
 */
public final class Rankings {
  private final Cohort cohort;
  private final RankingOrder order;
  private final Ranking overall;
  private final Map<String, Ranking> byProvince;
  private final Map<OrganisationType, Ranking> byType;

  Rankings(
      Cohort cohort,
      RankingOrder order,
      Ranking overall,
      Map<String, Ranking> byProvince,
      Map<OrganisationType, Ranking> byType) {
    this.cohort = cohort;
    this.order = order;
    this.overall = overall;
    this.byProvince = byProvince;
    this.byType = byType;
  }

  /** {@return the declared order} */
  public RankingOrder order() {
    return order;
  }

  /** {@return the whole cohort ranked} */
  public Ranking overall() {
    return overall;
  }

  /**
   * {@return each province's organisations ranked, by province name; organisations without a
   * province are in none of them; unmodifiable}
   */
  public Map<String, Ranking> byProvince() {
    return byProvince;
  }

  /** {@return each organisation type's organisations ranked, in the enum's order; unmodifiable} */
  public Map<OrganisationType, Ranking> byType() {
    return byType;
  }

  /** {@return the overall ranking's standings, with their ranks and separations as numbers} */
  RankedStandings overallStandings() {
    return (RankedStandings) overall.standings();
  }

  boolean of(Cohort c) {
    return cohort == c;
  }
}
