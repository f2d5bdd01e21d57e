package io.github.assessmentkit.cohort;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import java.util.List;

/**
 * Finds a criterion's leaders and learners and pairs them: one order of the criterion's column (its
 * runs of equal values turned round give the learners' order), then one pass over the learners.
 * Each preference keeps a queue of leaders in their order with a pointer past those that are full,
 * so a learner's choice costs amortised constant time; O(n log n) in all.
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
    int[] byPlace = rankings.overallStandings().members;
    int[] down = col.descending(byPlace);
    // ranks among those to which the criterion applies
    int[] rank = new int[n];
    for (int k = 0; k < n && col.applies(down[k]); k++) {
      rank[down[k]] = k > 0 && col.compare(down[k - 1], down[k]) == 0 ? rank[down[k - 1]] : k + 1;
    }
    Ratio leadAt = Ratio.of(rule.leaderAtLeast()).dividedBy(HUNDRED);
    Ratio learnBelow = Ratio.of(rule.learnerBelow()).dividedBy(HUNDRED);
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
    int[] leaders = down;
    // by organisation: its place among the leaders, -1 when it is not one (the rank array is
    // reused:
    // the ranks of leaders and learners are read through their own lists below)
    int[] leaderOf = new int[n];
    java.util.Arrays.fill(leaderOf, -1);
    for (int k = 0; k < leaderCount; k++) {
      leaderOf[leaders[k]] = k;
    }
    List<CriterionStanding> leaderStandings =
        new CriterionStandings(cohort, col, rank, leaders, leaderCount);
    // learners: those that apply, lowest first, while below the threshold
    int[] learners = ascendingApplying(col, down, n);
    int learnerCount = 0;
    while (learnerCount < learners.length
        && col.compareWith(
                learners[learnerCount], learnBelow, Math.max(0, learnN), Math.max(0, learnD))
            < 0) {
      learnerCount++;
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
    List<CriterionStanding> learnerStandings =
        new CriterionStandings(cohort, col, rank, learners, learnerCount);
    int[] pairLeader = new int[(int) Math.min(learnerCount, (long) leaderCount * rule.capacity())];
    int[] pairLearner = new int[pairLeader.length];
    byte[] preference = new byte[pairLeader.length];
    int pairCount = 0;
    int[] unpairedLearner = new int[learnerCount];
    boolean[] noLeader = new boolean[learnerCount];
    int unpairedCount = 0;
    for (int k = 0; k < learnerCount; k++) {
      int i = learners[k];
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
        noLeader[unpairedCount] = leaderCount == 0 || (leaderCount == 1 && self == 0);
        unpairedLearner[unpairedCount++] = k;
        continue;
      }
      room[chosen]--;
      pairLeader[pairCount] = chosen;
      pairLearner[pairCount] = k;
      preference[pairCount++] = (byte) why.ordinal();
    }
    return new LearningExchange(
        rule,
        leaderStandings,
        learnerStandings,
        new PairList(
            rule.criterionId(),
            leaderStandings,
            learnerStandings,
            pairLeader,
            pairLearner,
            preference,
            pairCount),
        new UnpairedList(learnerStandings, unpairedLearner, noLeader, unpairedCount));
  }

  /** {@return the value when below 2^31, else -1} */
  private static long small(java.math.BigInteger value) {
    return value.bitLength() < 31 ? value.longValue() : -1;
  }

  private static void add(Queue q, int leader) {
    q.add(leader);
  }

  /**
   * Reverses a descending order into an ascending one that keeps the same order among equal values
   * (the overall ranking's), leaving out organisations to which the criterion does not apply.
   *
   * @param col the column
   * @param down the organisations, highest first, those that do not apply last
   * @param n how many
   * @return those that apply, lowest first
   */
  private static int[] ascendingApplying(Column col, int[] down, int n) {
    int applying = n;
    while (applying > 0 && !col.applies(down[applying - 1])) {
      applying--;
    }
    int[] up = new int[applying];
    int k = 0;
    int end = applying;
    while (end > 0) {
      int start = end - 1;
      while (start > 0 && col.compare(down[start - 1], down[end - 1]) == 0) {
        start--;
      }
      // a run of equal values, kept in its order
      System.arraycopy(down, start, up, k, end - start);
      k += end - start;
      end = start;
    }
    return up;
  }
}
