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
 * Counts outcomes and spreads percents: per criterion one order of its column (a counting sort when
 * the values share a small denominator), split by group in one pass, so each group's values come
 * out sorted; quartiles are then read off by position. O(n log n) per criterion at worst.
 */
final class Distributor {
  private static final Ratio HUNDRED = Ratio.of(100);

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
}
