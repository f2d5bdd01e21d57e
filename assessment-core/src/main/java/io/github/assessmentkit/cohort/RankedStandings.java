package io.github.assessmentkit.cohort;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.OnDemandList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ranking's standings, kept as positions in the cohort with their ranks and the key that
 * separated each from the one above; each {@link Standing} is made when read, equal each time.
 */
final class RankedStandings extends OnDemandList<Standing> {
  /** By place: the organisation's index in the cohort. */
  final int[] members;

  /** By place: the rank. */
  final int[] ranks;

  /** By place: the index of the key that separated it from the one above, -1 when none did. */
  final int[] separatedBy;

  private final Cohort cohort;
  private final List<RankingKey> keys;
  private final Column[] cols;
  private final Column total;

  RankedStandings(
      int[] members,
      int[] ranks,
      int[] separatedBy,
      Cohort cohort,
      List<RankingKey> keys,
      Column[] cols,
      Column total) {
    this.members = members;
    this.ranks = ranks;
    this.separatedBy = separatedBy;
    this.cohort = cohort;
    this.keys = keys;
    this.cols = cols;
    this.total = total;
  }

  @Override
  public Standing get(int k) {
    java.util.Objects.checkIndex(k, members.length);
    int i = members[k];
    @Nullable String above = null;
    @Nullable Separation separation = null;
    if (k > 0) {
      int prev = members[k - 1];
      above = cohort.ids[prev];
      int key = separatedBy[k];
      if (key >= 0) {
        separation = new Separation(above, keys.get(key), key, shown(key, prev), orNull(key, i));
      }
    }
    return new Standing(
        ranks[k], cohort.ids[i], cohort.province(i), cohort.type(i), totalOf(i), above, separation);
  }

  @Override
  public int size() {
    return members.length;
  }

  private Ratio totalOf(int i) {
    Ratio t = total.value(i);
    return t == null ? Ratio.ZERO : t;
  }

  /** {@return an organisation's value in a key as shown: points, or a percent from 0 to 100} */
  private Ratio shown(int key, int i) {
    Column col = cols[key];
    if (col == total) {
      return totalOf(i);
    }
    if (keys.get(key).percent()) {
      // the column's percents are made once per value
      return col.percent(i);
    }
    return java.util.Objects.requireNonNull(col.value(i));
  }

  private @Nullable Ratio orNull(int key, int i) {
    return cols[key] != total && !cols[key].applies(i) ? null : shown(key, i);
  }
}
