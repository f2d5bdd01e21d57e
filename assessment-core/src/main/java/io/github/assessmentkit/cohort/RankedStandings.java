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
        separation =
            new Separation(
                above,
                keys.get(key),
                key,
                cols[key] == total
                    ? totalOf(prev)
                    : shown(cols[key].value(prev), keys.get(key).percent()),
                cols[key] == total
                    ? totalOf(i)
                    : orNull(cols[key].value(i), keys.get(key).percent()));
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

  private static Ratio shown(@Nullable Ratio value, boolean percent) {
    Ratio v = java.util.Objects.requireNonNull(value);
    return percent ? v.times(100) : v;
  }

  private static @Nullable Ratio orNull(@Nullable Ratio value, boolean percent) {
    return value == null ? null : shown(value, percent);
  }
}
