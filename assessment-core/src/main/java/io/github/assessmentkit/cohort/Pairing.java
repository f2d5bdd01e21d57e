package io.github.assessmentkit.cohort;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a criterion's leaders and learners and pairs them: two orders of the criterion's column,
 * then one pass over the learners. Each preference keeps a queue of leaders in their order with a
 * pointer past those that are full, so a learner's choice costs amortised constant time; O(n log n)
 * in all.
 */
final class Pairing {
  private static final Ratio HUNDRED = Ratio.of(100);

  private Pairing() {}

  /** Leaders in the order of one preference, with a pointer past the full ones. */
  private static final class Queue {
    final int[] leaders;
    int size;
    int next;

    Queue(int capacity) {
      leaders = new int[capacity];
    }

    /** {@return the first leader with room that is not {@code self}, or -1} */
    int find(int[] room, int self) {
      while (next < size && room[leaders[next]] == 0) {
        next++;
      }
      for (int k = next; k < size; k++) {
        int l = leaders[k];
        if (room[l] > 0 && l != self) {
          return l;
        }
      }
      return -1;
    }
  }

  static LearningExchange exchange(Cohort cohort, Rankings rankings, ExchangeRule rule) {
    int node = cohort.node(rule.criterionId(), "criterionId");
    Column col = cohort.column(node, true);
    int n = cohort.size();
    int[] byPlace = new int[n];
    for (int i = 0; i < n; i++) {
      byPlace[rankings.orderOverall[i]] = i;
    }
    int[] down = col.descending(byPlace);
    // ranks among those to which the criterion applies
    int[] rank = new int[n];
    for (int k = 0; k < n && col.applies(down[k]); k++) {
      rank[down[k]] = k > 0 && col.compare(down[k - 1], down[k]) == 0 ? rank[down[k - 1]] : k + 1;
    }
    Ratio leadAt = Ratio.of(rule.leaderAtLeast()).dividedBy(HUNDRED);
    Ratio learnBelow = Ratio.of(rule.learnerBelow()).dividedBy(HUNDRED);
    List<OrganisationSummary> summaries = cohort.summaries();
    // leaders: the head of the descending order
    int leaderCount = 0;
    while (leaderCount < n && col.compareWith(down[leaderCount], leadAt) >= 0) {
      leaderCount++;
    }
    int[] leaders = new int[leaderCount];
    System.arraycopy(down, 0, leaders, 0, leaderCount);
    int[] leaderOf = new int[n];
    java.util.Arrays.fill(leaderOf, -1);
    List<CriterionStanding> leaderStandings = new ArrayList<>(leaderCount);
    for (int k = 0; k < leaderCount; k++) {
      leaderOf[leaders[k]] = k;
      leaderStandings.add(standing(summaries, col, rank, leaders[k]));
    }
    // learners: those that apply, lowest first, while below the threshold
    int[] up = col.ascending(byPlace);
    List<Integer> learners = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int i = up[k];
      if (!col.applies(i)) {
        continue;
      }
      if (col.compareWith(i, learnBelow) >= 0) {
        break;
      }
      learners.add(i);
    }
    // the queues: by province and type, by province, by type, all
    int provinces = cohort.provinces.size();
    int types = OrganisationType.values().length;
    int[] countPt = new int[Math.max(1, provinces * types)];
    int[] countP = new int[Math.max(1, provinces)];
    int[] countT = new int[types];
    for (int l : leaders) {
      int p = cohort.provinceOf[l];
      int t = cohort.type(l).ordinal();
      if (p >= 0) {
        countPt[p * types + t]++;
        countP[p]++;
      }
      countT[t]++;
    }
    Queue[] pt = new Queue[countPt.length];
    Queue[] byP = new Queue[countP.length];
    Queue[] byT = new Queue[types];
    for (int k = 0; k < pt.length; k++) {
      pt[k] = new Queue(countPt[k]);
    }
    for (int k = 0; k < byP.length; k++) {
      byP[k] = new Queue(countP[k]);
    }
    for (int k = 0; k < types; k++) {
      byT[k] = new Queue(countT[k]);
    }
    Queue all = new Queue(leaderCount);
    for (int k = 0; k < leaderCount; k++) {
      int l = leaders[k];
      int p = cohort.provinceOf[l];
      int t = cohort.type(l).ordinal();
      if (p >= 0) {
        add(pt[p * types + t], k);
        add(byP[p], k);
      }
      add(byT[t], k);
      add(all, k);
    }
    int[] room = new int[leaderCount];
    java.util.Arrays.fill(room, rule.capacity());
    List<CriterionStanding> learnerStandings = new ArrayList<>(learners.size());
    List<LearningPair> pairs = new ArrayList<>();
    List<UnpairedLearner> unpaired = new ArrayList<>();
    for (int i : learners) {
      CriterionStanding learner = standing(summaries, col, rank, i);
      learnerStandings.add(learner);
      int self = leaderOf[i];
      int p = cohort.provinceOf[i];
      int t = cohort.type(i).ordinal();
      int chosen = -1;
      Preference why = Preference.ANY;
      if (p >= 0) {
        chosen = pt[p * types + t].find(room, self);
        why = Preference.SAME_PROVINCE_AND_TYPE;
        if (chosen < 0) {
          chosen = byP[p].find(room, self);
          why = Preference.SAME_PROVINCE;
        }
      }
      if (chosen < 0) {
        chosen = byT[t].find(room, self);
        why = Preference.SAME_TYPE;
      }
      if (chosen < 0) {
        chosen = all.find(room, self);
        why = Preference.ANY;
      }
      if (chosen < 0) {
        boolean none = leaderCount == 0 || (leaderCount == 1 && self == 0);
        unpaired.add(new UnpairedLearner(learner, none));
        continue;
      }
      room[chosen]--;
      pairs.add(new LearningPair(rule.criterionId(), leaderStandings.get(chosen), learner, why));
    }
    return new LearningExchange(rule, leaderStandings, learnerStandings, pairs, unpaired);
  }

  private static void add(Queue q, int leader) {
    q.leaders[q.size++] = leader;
  }

  private static CriterionStanding standing(
      List<OrganisationSummary> summaries, Column col, int[] rank, int i) {
    OrganisationSummary s = summaries.get(i);
    return new CriterionStanding(
        rank[i], s.subjectId(), s.province(), s.type(), col.value(i).times(HUNDRED));
  }
}
