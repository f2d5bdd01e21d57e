package io.github.assessmentkit.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.testing.Draw;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The cohort's analysis against a plain computation from the summaries' own exact values: the
 * spreads of the distribution (sorted lists of ratios, quartiles by the formula) and the leaders,
 * learners, pairs and learners left without a leader of an exchange (a search of every leader for
 * every learner). The rounds mix denominators that share a small common multiple, that grow it as
 * they come, and that have none small enough, so that every way a column holds its values is met.
 */
class CohortReferenceProperties {
  private static final int EXAMPLES = 200;
  private static final List<@Nullable String> PROVINCES =
      Arrays.asList("Loei", "Nong Khai", "Udon Thani", null);
  private static final List<OrganisationType> TYPES =
      List.of(
          OrganisationType.SAVINGS, OrganisationType.AGRICULTURAL, OrganisationType.FARMER_GROUP);

  /** Denominators of earned points: small ones, and primes whose products pass 2^41. */
  private static final List<Long> DENOMINATORS =
      List.of(1L, 1L, 2L, 4L, 3L, 7L, 1_000_003L, 1_000_033L, 1_000_037L);

  private static final RankingOrder ORDER =
      RankingOrder.byTotal(RankingKey.percent("1"), RankingKey.points("2"));
  private static final Ratio HUNDRED = Ratio.of(100);

  /** A round, and an exchange's rule. */
  record Case(List<OrganisationSummary> summaries, ExchangeRule rule) {}

  private static Gen<Case> cases() {
    return in -> {
      Draw d = new Draw(in);
      int n = d.between(0, 25);
      // some rounds keep to small denominators, so that their columns are held scaled
      List<Long> dens = d.chance(50) ? DENOMINATORS.subList(0, 6) : DENOMINATORS;
      List<OrganisationSummary> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        OrganisationSummary shape =
            Round.org("org-" + i, d.oneOf(PROVINCES), d.oneOf(TYPES), 0, 0, 0);
        OrganisationSummary.Builder b =
            OrganisationSummary.builder(shape.subjectId(), shape.type(), shape.rubric(), YEAR)
                .province(shape.province())
                .status(AssessmentStatus.FINAL);
        for (String node : shape.nodeIds()) {
          Ratio possible = shape.possible(node);
          if (!node.equals(shape.nodeIds().get(0)) && d.chance(10)) {
            b.notApplicable(node, possible);
            continue;
          }
          long den = d.oneOf(dens);
          long part =
              d.chance(20) ? d.oneOf(List.of(0L, den)) : (long) d.between(0, 1000) * den / 1000;
          b.node(node, possible.times(Ratio.of(part, den)), possible);
        }
        shape.levels().forEach(o -> b.level(o.decisionId(), o.resultId()));
        shape.awards().forEach(o -> b.award(o.decisionId(), o.resultId(), o.undecided()));
        list.add(b.build());
      }
      ExchangeRule rule =
          ExchangeRule.of(
              d.oneOf(List.of("1", "2", "1.1", "2.1")),
              d.oneOf(List.of(30, 50, 60, 80)),
              d.oneOf(List.of(20, 40, 50, 60, 90)),
              d.between(1, 3));
      return new Case(list, rule);
    };
  }

  private static final io.github.assessmentkit.time.FiscalYear YEAR = Round.YEAR;

  /** {@return a summary's percent in a node, from its own exact values, or null} */
  private static @Nullable Ratio percent(OrganisationSummary s, String node) {
    return s.fraction(node).map(f -> f.times(HUNDRED)).orElse(null);
  }

  @Test
  void spreads_equal_those_of_sorted_exact_values() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              Cohort cohort = Cohort.of(Round.RUBRIC, YEAR, c.summaries());
              Distribution d = cohort.distribution();
              check(d.overall(), c.summaries(), s -> true, cohort.nodeIds());
              d.byProvince()
                  .forEach(
                      (p, g) ->
                          check(g, c.summaries(), s -> p.equals(s.province()), cohort.nodeIds()));
              d.byType()
                  .forEach((t, g) -> check(g, c.summaries(), s -> s.type() == t, cohort.nodeIds()));
            });
  }

  private static void check(
      GroupDistribution group,
      List<OrganisationSummary> all,
      Predicate<OrganisationSummary> in,
      List<String> nodes) {
    List<OrganisationSummary> members = all.stream().filter(in).toList();
    assertThat(group.organisations()).isEqualTo(members.size());
    List<String> spread = new ArrayList<>();
    for (String node : nodes) {
      List<Ratio> values = new ArrayList<>();
      for (OrganisationSummary s : members) {
        Ratio p = percent(s, node);
        if (p != null) {
          values.add(p);
        }
      }
      Optional<Spread> got = group.spread(node);
      if (values.isEmpty()) {
        assertThat(got).as("spread of %s", node).isEmpty();
        continue;
      }
      spread.add(node);
      values.sort(Comparator.naturalOrder());
      int m = values.size();
      Ratio sum = values.stream().reduce(Ratio.ZERO, Ratio::plus);
      Spread s = got.orElseThrow();
      assertThat(s.count()).isEqualTo(m);
      assertThat(s.min()).isEqualTo(values.get(0));
      assertThat(s.max()).isEqualTo(values.get(m - 1));
      assertThat(s.mean()).isEqualTo(sum.dividedBy(Ratio.of(m)));
      assertThat(s.lowerQuartile()).isEqualTo(quartile(values, 1));
      assertThat(s.median()).isEqualTo(quartile(values, 2));
      assertThat(s.upperQuartile()).isEqualTo(quartile(values, 3));
    }
    assertThat(group.criteria()).extracting(Spread::criterionId).containsExactlyElementsOf(spread);
  }

  /** Type 7: with j + g = (m - 1) q / 4, x[j] + g (x[j + 1] - x[j]). */
  private static Ratio quartile(List<Ratio> x, int q) {
    Ratio h = Ratio.of((long) (x.size() - 1) * q, 4);
    int j = floor(h);
    Ratio g = h.minus(Ratio.of(j));
    Ratio low = x.get(j);
    return g.signum() == 0 ? low : low.plus(x.get(j + 1).minus(low).times(g));
  }

  private static int floor(Ratio h) {
    return h.numerator().divide(h.denominator()).intValueExact();
  }

  @Test
  void an_exchange_equals_a_search_of_every_leader_for_every_learner() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              Cohort cohort = Cohort.of(Round.RUBRIC, YEAR, c.summaries());
              Rankings ranks = cohort.rank(ORDER);
              LearningExchange x = cohort.exchange(ranks, c.rule());
              ExchangeRule rule = c.rule();
              String node = rule.criterionId();
              Map<String, OrganisationSummary> byId = new HashMap<>();
              c.summaries().forEach(s -> byId.put(s.subjectId(), s));
              // the overall ranking's order, then the percents
              List<OrganisationSummary> ranked =
                  ranks.overall().standings().stream().map(s -> byId.get(s.subjectId())).toList();
              List<OrganisationSummary> applying =
                  ranked.stream().filter(s -> percent(s, node) != null).toList();
              Comparator<OrganisationSummary> up = Comparator.comparing(s -> percent(s, node));
              List<OrganisationSummary> leaders =
                  applying.stream()
                      .filter(s -> percent(s, node).compareTo(Ratio.of(rule.leaderAtLeast())) >= 0)
                      .sorted(up.reversed())
                      .toList();
              List<OrganisationSummary> learners =
                  applying.stream()
                      .filter(s -> percent(s, node).compareTo(Ratio.of(rule.learnerBelow())) < 0)
                      .sorted(up)
                      .toList();
              assertThat(x.leaders())
                  .extracting(CriterionStanding::subjectId)
                  .containsExactlyElementsOf(
                      leaders.stream().map(OrganisationSummary::subjectId).toList());
              assertThat(x.learners())
                  .extracting(CriterionStanding::subjectId)
                  .containsExactlyElementsOf(
                      learners.stream().map(OrganisationSummary::subjectId).toList());
              List<CriterionStanding> standings = new ArrayList<>(x.leaders());
              standings.addAll(x.learners());
              for (CriterionStanding s : standings) {
                Ratio own = percent(byId.get(s.subjectId()), node);
                long ahead =
                    applying.stream().filter(o -> percent(o, node).compareTo(own) > 0).count();
                assertThat(s.rank()).isEqualTo(ahead + 1);
                assertThat(s.percent()).isEqualTo(own);
                assertThat(s.province()).isEqualTo(byId.get(s.subjectId()).province());
                assertThat(s.type()).isEqualTo(byId.get(s.subjectId()).type());
              }
              // each learner in turn takes the first leader with room, by preference, then by place
              int[] room = new int[leaders.size()];
              Arrays.fill(room, rule.capacity());
              List<String> pairs = new ArrayList<>();
              List<String> unpaired = new ArrayList<>();
              for (OrganisationSummary learner : learners) {
                String chosen = null;
                for (Preference p : Preference.values()) {
                  for (int k = 0; k < leaders.size() && chosen == null; k++) {
                    OrganisationSummary leader = leaders.get(k);
                    if (room[k] > 0 && leader != learner && holds(p, leader, learner)) {
                      room[k]--;
                      chosen = leader.subjectId() + ">" + learner.subjectId() + ":" + p;
                    }
                  }
                  if (chosen != null) {
                    break;
                  }
                }
                if (chosen != null) {
                  pairs.add(chosen);
                } else {
                  boolean none = leaders.stream().allMatch(l -> l == learner);
                  unpaired.add(learner.subjectId() + ":" + none);
                }
              }
              assertThat(x.pairs())
                  .extracting(
                      p ->
                          p.leader().subjectId()
                              + ">"
                              + p.learner().subjectId()
                              + ":"
                              + p.preference())
                  .containsExactlyElementsOf(pairs);
              assertThat(x.unpaired())
                  .extracting(u -> u.learner().subjectId() + ":" + u.noLeader())
                  .containsExactlyElementsOf(unpaired);
            });
  }

  private static boolean holds(
      Preference p, OrganisationSummary leader, OrganisationSummary learner) {
    boolean province = learner.province() != null && learner.province().equals(leader.province());
    boolean type = learner.type() == leader.type();
    return switch (p) {
      case SAME_PROVINCE_AND_TYPE -> province && type;
      case SAME_PROVINCE -> province;
      case SAME_TYPE -> type;
      case ANY -> true;
    };
  }
}
