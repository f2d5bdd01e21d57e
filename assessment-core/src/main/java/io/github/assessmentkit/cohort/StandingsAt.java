package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.OnDemandList;

/**
 * Some of a ranking's standings, by their places in it; each {@link Standing} is made when read,
 * equal each time.
 */
final class StandingsAt extends OnDemandList<Standing> {
  private final RankedStandings ranking;
  private final int[] places;
  private final int from;
  private final int to;

  /**
   * Takes {@code places[from]} to {@code places[to - 1]}.
   *
   * @param ranking the ranking
   * @param places places in it, in order
   * @param from the first taken
   * @param to one past the last taken
   */
  StandingsAt(RankedStandings ranking, int[] places, int from, int to) {
    this.ranking = ranking;
    this.places = places;
    this.from = from;
    this.to = to;
  }

  @Override
  public Standing get(int k) {
    java.util.Objects.checkIndex(k, to - from);
    return ranking.get(places[from + k]);
  }

  @Override
  public int size() {
    return to - from;
  }
}
