package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.OnDemandList;

/**
 * Organisations' places in one criterion, kept as positions in the cohort; each {@link
 * CriterionStanding} is made when read, equal each time.
 */
final class CriterionStandings extends OnDemandList<CriterionStanding> {
  private final Cohort cohort;
  private final Column col;

  /** By organisation in the cohort: its rank in the criterion. */
  private final int[] rank;

  /** By place in this list: the organisation's index in the cohort. */
  private final int[] members;

  private final int size;

  CriterionStandings(Cohort cohort, Column col, int[] rank, int[] members, int size) {
    this.cohort = cohort;
    this.col = col;
    this.rank = rank;
    this.members = members;
    this.size = size;
  }

  @Override
  public CriterionStanding get(int k) {
    java.util.Objects.checkIndex(k, size);
    int i = members[k];
    return new CriterionStanding(
        rank[i], cohort.ids[i], cohort.province(i), cohort.type(i), col.percent(i));
  }

  @Override
  public int size() {
    return size;
  }
}
