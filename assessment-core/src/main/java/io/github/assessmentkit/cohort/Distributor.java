package io.github.assessmentkit.cohort;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts outcomes and spreads percents. When a criterion's values are small multiples of a common
 * denominator, one pass counts each group's values and the quartiles are read off the counts; else
 * one order of its column, split by group in one pass, so each group's values come out sorted, and
 * the quartiles are read off by position. O(n log n) per criterion at worst.
 */
final class Distributor {
  private static final Ratio HUNDRED = Ratio.of(100);

  /** The most counts kept for one criterion's groups, beyond eight per organisation. */
  private static final long HISTOGRAM_LIMIT = 1 << 20;

  private Distributor() {}

  static Distribution distribute(Cohort cohort) {
    int n = cohort.size();
    int provinces = cohort.provinces.size();
    int types = OrganisationType.values().length;
    int groups = 1 + provinces + types;
    // the groups of each organisation: overall, its province (if any), its type
    int[] size = new int[groups];
    size[0] = n;
    for (int i = 0; i < n; i++) {
      if (cohort.provinceOf[i] >= 0) {
        size[1 + cohort.provinceOf[i]]++;
      }
      size[1 + provinces + cohort.typeOf[i]]++;
    }
    List<List<Spread>> spreads = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      spreads.add(new ArrayList<>());
    }
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) {
      identity[i] = i;
    }
    int[] start = new int[groups + 1];
    int[] fill = new int[groups];
    int[] members = new int[3 * n];
    List<String> nodeIds = cohort.nodeIds();
    int[] spread = cohort.spreadNodes();
    cohort.prepare(spread, true);
    for (int node : spread) {
      Column col = cohort.column(node, true);
      if (col.scaled != null && (col.maxScaled + 1) * groups <= HISTOGRAM_LIMIT + 8L * n) {
        histograms(cohort, col, nodeIds.get(node), groups, spreads);
        continue;
      }
      int[] up = col.ascending(identity);
      java.util.Arrays.fill(start, 0);
      for (int i : up) {
        if (col.applies(i)) {
          start[1]++;
          if (cohort.provinceOf[i] >= 0) {
            start[2 + cohort.provinceOf[i]]++;
          }
          start[2 + provinces + cohort.typeOf[i]]++;
        }
      }
      for (int g = 0; g < groups; g++) {
        start[g + 1] += start[g];
      }
      System.arraycopy(start, 0, fill, 0, groups);
      for (int i : up) {
        if (col.applies(i)) {
          members[fill[0]++] = i;
          if (cohort.provinceOf[i] >= 0) {
            members[fill[1 + cohort.provinceOf[i]]++] = i;
          }
          members[fill[1 + provinces + cohort.typeOf[i]]++] = i;
        }
      }
      for (int g = 0; g < groups; g++) {
        if (start[g + 1] > start[g]) {
          spreads.get(g).add(spread(nodeIds.get(node), col, members, start[g], start[g + 1]));
        }
      }
    }
    int[][][] levelCounts = new int[groups][][];
    int[][][] awardCounts = new int[groups][][];
    Rubric rubric = cohort.rubric();
    for (int g = 0; g < groups; g++) {
      levelCounts[g] = new int[rubric.ladders().size()][];
      for (int l = 0; l < levelCounts[g].length; l++) {
        levelCounts[g][l] = new int[rubric.ladders().get(l).rungs().size() + 1];
      }
      awardCounts[g] = new int[rubric.awards().size()][];
      for (int a = 0; a < awardCounts[g].length; a++) {
        awardCounts[g][a] = new int[rubric.awards().get(a).tiers().size() + 2];
      }
    }
    for (int i = 0; i < n; i++) {
      int p = cohort.provinceOf[i];
      int t = 1 + provinces + cohort.typeOf[i];
      for (int l = 0; l < cohort.levelPositions.length; l++) {
        int[][] perGroup = levelCounts[0];
        int pos = cohort.levelPositions[l][i];
        int slot = pos < 0 ? perGroup[l].length - 1 : pos;
        levelCounts[0][l][slot]++;
        levelCounts[t][l][slot]++;
        if (p >= 0) {
          levelCounts[1 + p][l][slot]++;
        }
      }
      for (int a = 0; a < cohort.awardPositions.length; a++) {
        int pos = cohort.awardPositions[a][i];
        int slot = pos < 0 ? awardCounts[0][a].length - 1 : pos;
        awardCounts[0][a][slot]++;
        awardCounts[t][a][slot]++;
        if (p >= 0) {
          awardCounts[1 + p][a][slot]++;
        }
      }
    }
    GroupDistribution overall =
        group(
            CohortMessages.overall(),
            size[0],
            rubric,
            levelCounts[0],
            awardCounts[0],
            spreads.get(0));
    Map<String, GroupDistribution> byProvince = new LinkedHashMap<>();
    for (int p = 0; p < provinces; p++) {
      String name = cohort.provinces.get(p);
      byProvince.put(
          name,
          group(
              CohortMessages.inProvince(name),
              size[1 + p],
              rubric,
              levelCounts[1 + p],
              awardCounts[1 + p],
              spreads.get(1 + p)));
    }
    Map<OrganisationType, GroupDistribution> byType = new EnumMap<>(OrganisationType.class);
    for (OrganisationType type : OrganisationType.values()) {
      int g = 1 + provinces + type.ordinal();
      if (size[g] > 0) {
        byType.put(
            type,
            group(type.label(), size[g], rubric, levelCounts[g], awardCounts[g], spreads.get(g)));
      }
    }
    return new Distribution(overall, byProvince, byType);
  }

  private static GroupDistribution group(
      Text scope, int size, Rubric rubric, int[][] levels, int[][] awards, List<Spread> spreads) {
    List<DecisionCounts> levelList = new ArrayList<>();
    for (int l = 0; l < levels.length; l++) {
      Ladder ladder = rubric.ladders().get(l);
      List<OutcomeCount> counts = new ArrayList<>();
      for (int r = 0; r < ladder.rungs().size(); r++) {
        counts.add(
            new OutcomeCount(
                ladder.rungs().get(r).id(), ladder.rungs().get(r).label(), false, levels[l][r]));
      }
      counts.add(
          new OutcomeCount(
              null, ScoringMessages.undecided(), true, levels[l][levels[l].length - 1]));
      levelList.add(new DecisionCounts(ladder.id(), ladder.title(), counts));
    }
    List<DecisionCounts> awardList = new ArrayList<>();
    for (int a = 0; a < awards.length; a++) {
      AwardScheme scheme = rubric.awards().get(a);
      List<OutcomeCount> counts = new ArrayList<>();
      int tiers = scheme.tiers().size();
      for (int t = 0; t < tiers; t++) {
        counts.add(
            new OutcomeCount(
                scheme.tiers().get(t).id(), scheme.tiers().get(t).name(), false, awards[a][t]));
      }
      Text none = scheme.noneReached() == null ? ScoringMessages.noAward() : scheme.noneReached();
      counts.add(new OutcomeCount(null, none, false, awards[a][tiers]));
      counts.add(new OutcomeCount(null, ScoringMessages.undecided(), true, awards[a][tiers + 1]));
      awardList.add(new DecisionCounts(scheme.id(), scheme.title(), counts));
    }
    return new GroupDistribution(scope, size, levelList, awardList, spreads);
  }

  private static Spread spread(String id, Column col, int[] members, int from, int to) {
    int m = to - from;
    Ratio mean;
    long[] scaled = col.scaled;
    if (scaled != null) {
      long sum = 0;
      for (int k = from; k < to; k++) {
        sum += scaled[members[k]];
      }
      mean = Ratio.of(sum, m).dividedBy(Ratio.of(col.common)).times(HUNDRED);
    } else {
      Ratio sum = Ratio.ZERO;
      for (int k = from; k < to; k++) {
        sum = sum.plus(col.value(members[k]));
      }
      mean = sum.dividedBy(Ratio.of(m)).times(HUNDRED);
    }
    return new Spread(
        id,
        m,
        percent(col, members[from]),
        quartile(col, members, from, m, 1),
        quartile(col, members, from, m, 2),
        quartile(col, members, from, m, 3),
        percent(col, members[to - 1]),
        mean);
  }

  /** Type 7: x[j] + g (x[j+1] - x[j]) with j + g = (m - 1) q / 4. */
  private static Ratio quartile(Column col, int[] members, int from, int m, int q) {
    long h = (long) (m - 1) * q;
    int j = (int) (h / 4);
    long rest = h % 4;
    Ratio low = percent(col, members[from + j]);
    if (rest == 0) {
      return low;
    }
    Ratio high = percent(col, members[from + j + 1]);
    return low.plus(high.minus(low).times(Ratio.of(rest, 4)));
  }

  private static Ratio percent(Column col, int i) {
    return col.percent(i);
  }

  /**
   * Spreads a column held as small multiples of a common denominator without ordering it: one pass
   * counts each group's values, and each order statistic is then read off the counts, as the values
   * alone (not which organisation holds them) make a spread.
   */
  private static void histograms(
      Cohort cohort, Column col, String id, int groups, List<List<Spread>> spreads) {
    long[] scaled = col.scaled;
    int width = (int) col.maxScaled + 1;
    int provinces = cohort.provinces.size();
    int[] counts = new int[groups * width];
    long[] sums = new long[groups];
    int[] sizes = new int[groups];
    for (int i = 0; i < scaled.length; i++) {
      long v = scaled[i];
      if (v < 0) {
        continue;
      }
      int p = cohort.provinceOf[i];
      int t = 1 + provinces + cohort.typeOf[i];
      counts[(int) v]++;
      counts[t * width + (int) v]++;
      sums[0] += v;
      sums[t] += v;
      sizes[0]++;
      sizes[t]++;
      if (p >= 0) {
        counts[(1 + p) * width + (int) v]++;
        sums[1 + p] += v;
        sizes[1 + p]++;
      }
    }
    for (int g = 0; g < groups; g++) {
      int m = sizes[g];
      if (m == 0) {
        continue;
      }
      // the places whose values the spread needs: the first and last, and each quartile's two
      long[] places = new long[8];
      for (int q = 1; q <= 3; q++) {
        long h = (long) (m - 1) * q;
        places[2 * q - 2] = h / 4;
        places[2 * q - 1] = Math.min(m - 1, h / 4 + 1);
      }
      places[6] = 0;
      places[7] = m - 1;
      long[] at = valuesAt(counts, g * width, places);
      Ratio mean = Ratio.of(sums[g], m).dividedBy(Ratio.of(col.common)).times(HUNDRED);
      spreads
          .get(g)
          .add(
              new Spread(
                  id,
                  m,
                  col.percentOfScaled(at[6]),
                  quartile(col, m, 1, at[0], at[1]),
                  quartile(col, m, 2, at[2], at[3]),
                  quartile(col, m, 3, at[4], at[5]),
                  col.percentOfScaled(at[7]),
                  mean));
    }
  }

  /** {@return the scaled values at the given places of the values counted, lowest first} */
  private static long[] valuesAt(int[] counts, int from, long[] places) {
    long[] out = new long[places.length];
    long seen = 0;
    int v = 0;
    // the places in order (each packed with its index), then one walk up the counts
    long[] order = new long[places.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = places[k] * places.length + k;
    }
    java.util.Arrays.sort(order);
    for (long packed : order) {
      long place = packed / places.length;
      while (seen + counts[from + v] <= place) {
        seen += counts[from + v];
        v++;
      }
      out[(int) (packed % places.length)] = v;
    }
    return out;
  }

  /** Type 7, from the scaled values at places j and j + 1, as {@link #quartile} gives it. */
  private static Ratio quartile(Column col, int m, int q, long lowValue, long highValue) {
    long h = (long) (m - 1) * q;
    long rest = h % 4;
    Ratio low = col.percentOfScaled(lowValue);
    if (rest == 0) {
      return low;
    }
    Ratio high = col.percentOfScaled(highValue);
    return low.plus(high.minus(low).times(Ratio.of(rest, 4)));
  }
}
