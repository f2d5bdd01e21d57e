package io.github.assessmentkit.cohort;

import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.internal.CohortMessages;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks a cohort: one sort by the first key (a counting sort or a sort of longs when the values
 * share a small denominator), then each run of equal first values sorted by the tie-breaks and the
 * subject ids; the rankings by province and type are the overall order split, so they cost one pass
 * each. O(n log n).
 */
final class Ranker {
  private Ranker() {}

  static Rankings rank(Cohort cohort, RankingOrder order) {
    int n = cohort.size();
    List<RankingKey> keys = order.keys();
    Column[] cols = new Column[keys.size()];
    for (int k = 0; k < cols.length; k++) {
      RankingKey key = keys.get(k);
      cols[k] = cohort.column(cohort.node(key.criterionId(), "criterionId"), key.percent());
    }
    Column total = cohort.column(0, false);
    List<OrganisationSummary> summaries = cohort.summaries();
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) {
      identity[i] = i;
    }
    int[] sorted = cols[0].descending(identity);
    Comparator<Integer> rest =
        (a, b) -> {
          for (int k = 1; k < cols.length; k++) {
            int c = cols[k].compare(b, a);
            if (c != 0) {
              return c;
            }
          }
          return cohort.ids[a].compareTo(cohort.ids[b]);
        };
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && cols[0].compare(sorted[start], sorted[end]) == 0) {
        end++;
      }
      if (end - start > 1) {
        Integer[] run = new Integer[end - start];
        for (int k = start; k < end; k++) {
          run[k - start] = sorted[k];
        }
        Arrays.sort(run, rest);
        for (int k = start; k < end; k++) {
          sorted[k] = run[k - start];
        }
      }
      start = end;
    }
    Ranking overall = ranking(CohortMessages.overall(), sorted, cohort, keys, cols, total);
    // split the order by province and by type, keeping it
    int provinces = cohort.provinces.size();
    int[] provinceCount = new int[provinces];
    int[] typeCount = new int[OrganisationType.values().length];
    for (int i = 0; i < n; i++) {
      if (cohort.provinceOf[i] >= 0) {
        provinceCount[cohort.provinceOf[i]]++;
      }
      typeCount[cohort.typeOf[i]]++;
    }
    int[][] byProvince = new int[provinces][];
    for (int p = 0; p < provinces; p++) {
      byProvince[p] = new int[provinceCount[p]];
    }
    int[][] byType = new int[typeCount.length][];
    for (int t = 0; t < typeCount.length; t++) {
      byType[t] = new int[typeCount[t]];
    }
    int[] provinceFill = new int[provinces];
    int[] typeFill = new int[typeCount.length];
    for (int i : sorted) {
      int p = cohort.provinceOf[i];
      if (p >= 0) {
        byProvince[p][provinceFill[p]++] = i;
      }
      int t = cohort.typeOf[i];
      byType[t][typeFill[t]++] = i;
    }
    Map<String, Ranking> provinceRankings = new LinkedHashMap<>();
    for (int p = 0; p < provinces; p++) {
      String name = cohort.provinces.get(p);
      provinceRankings.put(
          name, ranking(CohortMessages.inProvince(name), byProvince[p], cohort, keys, cols, total));
    }
    Map<OrganisationType, Ranking> typeRankings = new EnumMap<>(OrganisationType.class);
    for (OrganisationType type : OrganisationType.values()) {
      int[] members = byType[type.ordinal()];
      if (members.length > 0) {
        typeRankings.put(type, ranking(type.label(), members, cohort, keys, cols, total));
      }
    }
    return new Rankings(
        cohort,
        order,
        overall,
        Collections.unmodifiableMap(provinceRankings),
        Collections.unmodifiableMap(typeRankings));
  }

  private static Ranking ranking(
      io.github.assessmentkit.text.Text scope,
      int[] members,
      Cohort cohort,
      List<RankingKey> keys,
      Column[] cols,
      Column total) {
    int count = members.length;
    int[] ranks = new int[count];
    int[] separatedBy = new int[count];
    int rank = 0;
    for (int k = 0; k < count; k++) {
      separatedBy[k] = -1;
      if (k == 0) {
        rank = 1;
      } else {
        int prev = members[k - 1];
        int i = members[k];
        for (int key = 0; key < cols.length; key++) {
          if (cols[key].compare(prev, i) != 0) {
            separatedBy[k] = key;
            rank = k + 1;
            break;
          }
        }
      }
      ranks[k] = rank;
    }
    return new Ranking(
        scope, new RankedStandings(members, ranks, separatedBy, cohort, keys, cols, total));
  }
}
