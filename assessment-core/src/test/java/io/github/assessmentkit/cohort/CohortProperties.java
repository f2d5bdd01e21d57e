package io.github.assessmentkit.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.testing.Draw;
import io.github.assessmentkit.testing.Examples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of a cohort's analysis on random rounds of up to 30 organisations in three provinces
 * (and some without one), with few distinct ratings so that ties are common.
 */
class CohortProperties {
  private static final int EXAMPLES = Examples.usual(200);
  private static final List<Integer> PERCENTS = List.of(0, 20, 40, 50, 60, 80, 100);
  private static final List<@Nullable String> PROVINCES =
      Arrays.asList("Loei", "Nong Khai", "Udon Thani", null);
  private static final List<OrganisationType> TYPES =
      List.of(
          OrganisationType.SAVINGS, OrganisationType.AGRICULTURAL, OrganisationType.FARMER_GROUP);
  private static final RankingOrder ORDER =
      RankingOrder.byTotal(RankingKey.percent("1"), RankingKey.points("2"));
  private static final Map<String, OrganisationSummary> MADE = new HashMap<>();

  /** A random round, a shuffle of it, and the settings of its plaques and exchange. */
  record Case(
      List<OrganisationSummary> summaries,
      List<OrganisationSummary> shuffled,
      int cap,
      TieAtCap rule,
      ExchangeRule exchange) {}

  private static OrganisationSummary made(
      String id, @Nullable String province, OrganisationType type, int a, int b, int c) {
    String key = id + "|" + province + "|" + type + "|" + a + "|" + b + "|" + c;
    synchronized (MADE) {
      return MADE.computeIfAbsent(key, k -> Round.org(id, province, type, a, b, c));
    }
  }

  private static Gen<Case> cases() {
    return in -> {
      Draw d = new Draw(in);
      int n = d.between(0, 30);
      List<OrganisationSummary> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        list.add(
            made(
                "org-" + d.between(0, 99) + "-" + i,
                d.oneOf(PROVINCES),
                d.oneOf(TYPES),
                d.oneOf(PERCENTS),
                d.oneOf(PERCENTS),
                d.oneOf(PERCENTS)));
      }
      ExchangeRule rule =
          ExchangeRule.of(
              d.oneOf(List.of("1", "2", "1.1")),
              d.oneOf(List.of(50, 60, 80)),
              d.oneOf(List.of(40, 50, 60, 90)),
              d.between(1, 3));
      return new Case(
          list, d.shuffled(list), d.between(1, 6), d.oneOf(List.of(TieAtCap.values())), rule);
    };
  }

  /** The keys of the order, read from a summary independently of the cohort. */
  private static List<@Nullable Ratio> keys(OrganisationSummary s) {
    return Arrays.asList(
        s.total(), s.fraction("1").map(f -> f.times(100)).orElse(null), s.earned("2").orElse(null));
  }

  private static int compareKeys(List<@Nullable Ratio> a, List<@Nullable Ratio> b) {
    for (int k = 0; k < a.size(); k++) {
      int c = Comparator.<Ratio>nullsFirst(Comparator.naturalOrder()).compare(a.get(k), b.get(k));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static void checkRanking(Ranking ranking, List<OrganisationSummary> members) {
    Map<String, OrganisationSummary> byId = new HashMap<>();
    members.forEach(s -> byId.put(s.subjectId(), s));
    List<Standing> standings = ranking.standings();
    // a permutation of the members
    assertThat(standings)
        .extracting(Standing::subjectId)
        .containsExactlyInAnyOrderElementsOf(byId.keySet());
    for (int k = 0; k < standings.size(); k++) {
      Standing s = standings.get(k);
      List<@Nullable Ratio> own = keys(byId.get(s.subjectId()));
      // the rank is one more than the number strictly ahead on the keys
      long ahead = members.stream().filter(m -> compareKeys(keys(m), own) > 0).count();
      assertThat(s.rank()).as("rank of %s", s.subjectId()).isEqualTo(ahead + 1);
      assertThat(s.total()).isEqualTo(own.get(0));
      if (k == 0) {
        assertThat(s.separation()).isNull();
        continue;
      }
      Standing prev = standings.get(k - 1);
      List<@Nullable Ratio> above = keys(byId.get(prev.subjectId()));
      int c = compareKeys(above, own);
      assertThat(c).as("order at %s", s.subjectId()).isGreaterThanOrEqualTo(0);
      if (c == 0) {
        assertThat(s.tiedWithAbove()).isTrue();
        assertThat(prev.subjectId()).isLessThan(s.subjectId());
      } else {
        int first = 0;
        while (Objects.equals(above.get(first), own.get(first))) {
          first++;
        }
        assertThat(s.separation().keyIndex()).isEqualTo(first);
        assertThat(s.separation().key()).isEqualTo(ORDER.keys().get(first));
      }
    }
  }

  @Test
  void ranks_are_a_permutation_consistent_with_totals_and_tie_breaks() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              Cohort cohort = Cohort.of(Round.RUBRIC, Round.YEAR, c.summaries());
              Rankings ranks = cohort.rank(ORDER);
              checkRanking(ranks.overall(), c.summaries());
              ranks
                  .byProvince()
                  .forEach(
                      (p, r) ->
                          checkRanking(
                              r,
                              c.summaries().stream().filter(s -> p.equals(s.province())).toList()));
              ranks
                  .byType()
                  .forEach(
                      (t, r) ->
                          checkRanking(
                              r, c.summaries().stream().filter(s -> s.type() == t).toList()));
              long inProvinces = c.summaries().stream().filter(s -> s.province() != null).count();
              assertThat(ranks.byProvince().values().stream().mapToInt(Ranking::size).sum())
                  .isEqualTo(inProvinces);
            });
  }

  @Test
  void no_leader_takes_more_learners_than_its_capacity() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              Cohort cohort = Cohort.of(Round.RUBRIC, Round.YEAR, c.summaries());
              LearningExchange x = cohort.exchange(cohort.rank(ORDER), c.exchange());
              ExchangeRule rule = c.exchange();
              Map<String, Integer> taken = new HashMap<>();
              Set<String> leaders = new HashSet<>();
              x.leaders().forEach(l -> leaders.add(l.subjectId()));
              for (LearningPair p : x.pairs()) {
                taken.merge(p.leader().subjectId(), 1, Integer::sum);
                assertThat(leaders).contains(p.leader().subjectId());
                assertThat(p.leader().subjectId()).isNotEqualTo(p.learner().subjectId());
                boolean sameProvince =
                    p.leader().province() != null
                        && p.leader().province().equals(p.learner().province());
                boolean sameType = p.leader().type() == p.learner().type();
                switch (p.preference()) {
                  case SAME_PROVINCE_AND_TYPE -> assertThat(sameProvince && sameType).isTrue();
                  case SAME_PROVINCE -> assertThat(sameProvince && !sameType).isTrue();
                  case SAME_TYPE -> assertThat(!sameProvince && sameType).isTrue();
                  case ANY -> assertThat(!sameProvince && !sameType).isTrue();
                }
              }
              assertThat(taken.values())
                  .allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(rule.capacity()));
              // every learner is paired once or reported
              List<String> seen = new ArrayList<>();
              x.pairs().forEach(p -> seen.add(p.learner().subjectId()));
              x.unpaired().forEach(u -> seen.add(u.learner().subjectId()));
              assertThat(seen)
                  .containsExactlyInAnyOrderElementsOf(
                      x.learners().stream().map(CriterionStanding::subjectId).toList());
              for (UnpairedLearner u : x.unpaired()) {
                Set<String> others = new HashSet<>(leaders);
                others.remove(u.learner().subjectId());
                if (u.noLeader()) {
                  assertThat(others).isEmpty();
                } else {
                  assertThat(others)
                      .allSatisfy(l -> assertThat(taken.get(l)).isEqualTo(rule.capacity()));
                }
              }
              // the thresholds hold
              Ratio lead = Ratio.of(rule.leaderAtLeast());
              Ratio learn = Ratio.of(rule.learnerBelow());
              assertThat(x.leaders())
                  .allSatisfy(l -> assertThat(l.percent()).isGreaterThanOrEqualTo(lead));
              assertThat(x.learners()).allSatisfy(l -> assertThat(l.percent()).isLessThan(learn));
            });
  }

  @Test
  void plaques_go_down_the_ranking_and_exceed_the_cap_only_for_a_tie() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              Cohort cohort = Cohort.of(Round.RUBRIC, Round.YEAR, c.summaries());
              Rankings ranks = cohort.rank(ORDER);
              Plaques p =
                  cohort.plaques(ranks, Qualification.award("mini", "gold"), c.cap(), c.rule());
              List<Standing> all = new ArrayList<>(p.recipients());
              all.addAll(p.leftOutByCap());
              assertThat(all).isEqualTo(p.eligible());
              assertThat(p.recipients().size())
                  .isGreaterThanOrEqualTo(Math.min(c.cap(), p.eligible().size()));
              if (p.recipients().size() > c.cap()) {
                Standing last = p.recipients().get(c.cap() - 1);
                for (Standing extra : p.recipients().subList(c.cap(), p.recipients().size())) {
                  if (c.rule() == TieAtCap.TAKE_ALL_TIED) {
                    assertThat(extra.total()).isEqualTo(last.total());
                  } else {
                    assertThat(extra.rank()).isEqualTo(last.rank());
                  }
                }
              }
              if (!p.leftOutByCap().isEmpty() && p.ruleApplied() == null) {
                assertThat(p.recipients()).hasSize(c.cap());
              }
            });
  }

  @Test
  void the_result_does_not_depend_on_the_order_of_the_input() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              Cohort one = Cohort.of(Round.RUBRIC, Round.YEAR, c.summaries());
              Cohort two = Cohort.of(Round.RUBRIC, Round.YEAR, c.shuffled());
              Rankings r1 = one.rank(ORDER);
              Rankings r2 = two.rank(ORDER);
              assertThat(r2.overall()).isEqualTo(r1.overall());
              assertThat(r2.byProvince()).isEqualTo(r1.byProvince());
              assertThat(r2.byType()).isEqualTo(r1.byType());
              assertThat(two.distribution()).isEqualTo(one.distribution());
              Qualification gold = Qualification.award("mini", "gold");
              assertThat(two.plaques(r2, gold, c.cap(), c.rule()))
                  .isEqualTo(one.plaques(r1, gold, c.cap(), c.rule()));
              assertThat(two.exchange(r2, c.exchange())).isEqualTo(one.exchange(r1, c.exchange()));
            });
  }
}
