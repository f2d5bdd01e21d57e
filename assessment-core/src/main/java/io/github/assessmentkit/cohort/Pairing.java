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

  /**
   * Leaders in the order of one preference. Full leaders are skipped by jumps that are shortened as
   * they are followed (a disjoint-set "next with room"), so finding the first leader with room
   * costs amortised near-constant time however the leaders fill up through other queues.
   */
  private static final class Queue {
    final int[] leaders;
    final int[] jump;
    int size;

    Queue(int capacity) {
      leaders = new int[capacity];
      jump = new int[capacity];
    }

    void add(int leader) {
      jump[size] = size;
      leaders[size++] = leader;
    }

    /** {@return the first position at or after {@code from} whose leader has room, or size} */
    private int first(int from, int[] room) {
      int r = from;
      while (r < size && room[leaders[r]] == 0) {
        r = jump[r] == r ? r + 1 : jump[r];
      }
      int i = from;
      while (i < r) {
        int next = jump[i] == i ? i + 1 : jump[i];
        jump[i] = r;
        i = next;
      }
      return r;
    }

    /** {@return the first leader with room that is not {@code self}, or -1} */
    int find(int[] room, int self) {
      int k = first(0, room);
      if (k < size && leaders[k] == self) {
        k = first(k + 1, room);
      }
      return k < size ? leaders[k] : -1;
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
    long leadN = small(leadAt.numerator());
    long leadD = leadN < 0 ? 0 : small(leadAt.denominator());
    long learnN = small(learnBelow.numerator());
    long learnD = learnN < 0 ? 0 : small(learnBelow.denominator());
    while (leaderCount < n
        && col.compareWith(down[leaderCount], leadAt, Math.max(0, leadN), Math.max(0, leadD))
            >= 0) {
      leaderCount++;
    }
    int[] leaders = new int[leaderCount];
    System.arraycopy(down, 0, leaders, 0, leaderCount);
    int[] leaderOf = new int[n];
    java.util.Arrays.fill(leaderOf, -1);
    List<CriterionStanding> leaderStandings = new ArrayList<>(leaderCount);
    for (int k = 0; k < leaderCount; k++) {
      leaderOf[leaders[k]] = k;
      leaderStandings.add(standing(cohort, col, rank, leaders[k]));
    }
    // learners: those that apply, lowest first, while below the threshold
    int[] up = col.ascending(byPlace);
    int[] learners = new int[n];
    int learnerCount = 0;
    for (int k = 0; k < n; k++) {
      int i = up[k];
      if (!col.applies(i)) {
        continue;
      }
      if (col.compareWith(i, learnBelow, Math.max(0, learnN), Math.max(0, learnD)) >= 0) {
        break;
      }
      learners[learnerCount++] = i;
    }
    // the queues: by province and type, by province, by type, all
    int provinces = cohort.provinces.size();
    int types = OrganisationType.values().length;
    int[] countPt = new int[Math.max(1, provinces * types)];
    int[] countP = new int[Math.max(1, provinces)];
    int[] countT = new int[types];
    for (int l : leaders) {
      int p = cohort.provinceOf[l];
      int t = cohort.typeOf[l];
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
      int t = cohort.typeOf[l];
      if (p >= 0) {
        add(pt[p * types + t], k);
        add(byP[p], k);
      }
      add(byT[t], k);
      add(all, k);
    }
    int[] room = new int[leaderCount];
    java.util.Arrays.fill(room, rule.capacity());
    List<CriterionStanding> learnerStandings = new ArrayList<>(learnerCount);
    List<LearningPair> pairs = new ArrayList<>();
    List<UnpairedLearner> unpaired = new ArrayList<>();
    for (int k = 0; k < learnerCount; k++) {
      int i = learners[k];
      CriterionStanding learner = standing(cohort, col, rank, i);
      learnerStandings.add(learner);
      int self = leaderOf[i];
      int p = cohort.provinceOf[i];
      int t = cohort.typeOf[i];
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

  /** {@return the value when below 2^31, else -1} */
  private static long small(java.math.BigInteger value) {
    return value.bitLength() < 31 ? value.longValue() : -1;
  }

  private static void add(Queue q, int leader) {
    q.add(leader);
  }

  private static CriterionStanding standing(Cohort cohort, Column col, int[] rank, int i) {
    return new CriterionStanding(
        rank[i], cohort.ids[i], cohort.province(i), cohort.type(i), col.percent(i));
  }
}
