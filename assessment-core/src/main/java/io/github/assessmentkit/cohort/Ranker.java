package io.github.assessmentkit.cohort;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.internal.CohortMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    Ratio[] totals = new Ratio[n];
    for (int i = 0; i < n; i++) {
      Ratio t = total.value(i);
      totals[i] = t == null ? Ratio.ZERO : t;
    }
    Ranking overall =
        ranking(CohortMessages.overall(), sorted, n, cohort, keys, cols, total, totals);
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
          name,
          ranking(
              CohortMessages.inProvince(name),
              byProvince[p],
              byProvince[p].length,
              cohort,
              keys,
              cols,
              total,
              totals));
    }
    Map<OrganisationType, Ranking> typeRankings = new EnumMap<>(OrganisationType.class);
    for (OrganisationType type : OrganisationType.values()) {
      int[] members = byType[type.ordinal()];
      if (members.length > 0) {
        typeRankings.put(
            type,
            ranking(type.label(), members, members.length, cohort, keys, cols, total, totals));
      }
    }
    int[] position = new int[n];
    for (int k = 0; k < n; k++) {
      position[sorted[k]] = k;
    }
    return new Rankings(
        cohort,
        order,
        overall,
        Collections.unmodifiableMap(provinceRankings),
        Collections.unmodifiableMap(typeRankings),
        position);
  }

  private static Ranking ranking(
      io.github.assessmentkit.text.Text scope,
      int[] members,
      int count,
      Cohort cohort,
      List<RankingKey> keys,
      Column[] cols,
      Column total,
      Ratio[] totals) {
    List<Standing> out = new ArrayList<>(count);
    int rank = 0;
    for (int k = 0; k < count; k++) {
      int i = members[k];
      @Nullable String above = null;
      @Nullable Separation separation = null;
      if (k == 0) {
        rank = 1;
      } else {
        int prev = members[k - 1];
        above = cohort.ids[prev];
        for (int key = 0; key < cols.length; key++) {
          if (cols[key].compare(prev, i) != 0) {
            separation =
                new Separation(
                    above,
                    keys.get(key),
                    key,
                    cols[key] == total
                        ? totals[prev]
                        : shown(cols[key].value(prev), keys.get(key).percent()),
                    cols[key] == total
                        ? totals[i]
                        : orNull(cols[key].value(i), keys.get(key).percent()));
            break;
          }
        }
        if (separation != null) {
          rank = k + 1;
        }
      }
      out.add(
          new Standing(
              rank,
              cohort.ids[i],
              cohort.province(i),
              cohort.type(i),
              totals[i],
              above,
              separation));
    }
    return new Ranking(scope, out);
  }

  private static Ratio shown(Ratio value, boolean percent) {
    return percent ? value.times(100) : value;
  }

  private static @Nullable Ratio orNull(@Nullable Ratio value, boolean percent) {
    return value == null ? null : shown(value, percent);
  }
}
