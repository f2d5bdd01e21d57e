package io.github.assessmentkit.cohort;

import static io.github.assessmentkit.assessment.OrganisationType.AGRICULTURAL;
import static io.github.assessmentkit.assessment.OrganisationType.FARMER_GROUP;
import static io.github.assessmentkit.assessment.OrganisationType.SAVINGS;
import static io.github.assessmentkit.cohort.Round.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A round of ten organisations in three provinces, scored against the mini award rubric (total =
 * 0.4 a + 0.2 b + 0.4 c; category 1 = (2a + b) / 3 %; category 2 = c %; ladder "overall": good
 * above 40, else fair; award "mini": gold above 50, silver above 40 with category 1 at least 40 %).
 *
 * <pre>
 * id       province   type          a   b   c   total  cat 1 %   cat 2 (points)  level  award
 * loei-01  Loei       savings       80  80  70  76     80        28              good   gold
 * nk-01    Nong Khai  savings       80  60  75  74     73.33     30              good   gold
 * loei-02  Loei       agricultural  70  70  80  74     70        32              good   gold
 * nk-02    Nong Khai  agricultural  60  60  80  68     60        32              good   gold
 * loei-04  Loei       agricultural  60  60  80  68     60        32              good   gold
 * loei-03  Loei       farmer group  70  50  70  66     63.33     28              good   gold
 * nk-03    Nong Khai  farmer group  40  40  80  56     40        32              good   gold
 * loei-05  Loei       farmer group  30  30  60  42     30        24              good   none
 * loei-06  Loei       savings       40  40  40  40     40        16              fair   none
 * ud-01    Udon Thani agricultural  20  20  50  32     20        20              fair   none
 * </pre>
 *
 * Ranked by total, then category 1 percent, then category 2 points: nk-01 and loei-02 tie at 74 and
 * category 1 (73.33 > 70) puts nk-01 first; nk-02 and loei-04 are equal on every key, share rank 4
 * and are listed by id.
 */
class CohortScenarioTest {
  private static final List<OrganisationSummary> ROUND =
      List.of(
          org("loei-06", "Loei", SAVINGS, 40, 40, 40),
          org("nk-02", "Nong Khai", AGRICULTURAL, 60, 60, 80),
          org("loei-01", "Loei", SAVINGS, 80, 80, 70),
          org("ud-01", "Udon Thani", AGRICULTURAL, 20, 20, 50),
          org("loei-02", "Loei", AGRICULTURAL, 70, 70, 80),
          org("nk-01", "Nong Khai", SAVINGS, 80, 60, 75),
          org("loei-03", "Loei", FARMER_GROUP, 70, 50, 70),
          org("loei-04", "Loei", AGRICULTURAL, 60, 60, 80),
          org("nk-03", "Nong Khai", FARMER_GROUP, 40, 40, 80),
          org("loei-05", "Loei", FARMER_GROUP, 30, 30, 60));

  private static final RankingOrder ORDER =
      RankingOrder.byTotal(RankingKey.percent("1"), RankingKey.points("2"));

  private final Cohort cohort = Cohort.of(Round.RUBRIC, Round.YEAR, ROUND);
  private final Rankings ranks = cohort.rank(ORDER);

  private static List<String> ids(List<Standing> standings) {
    return standings.stream().map(Standing::subjectId).toList();
  }

  private static List<Integer> ranks(List<Standing> standings) {
    return standings.stream().map(Standing::rank).toList();
  }

  @Test
  void ranks_overall_with_competition_ranks_and_the_tie_break_that_separated_neighbours() {
    // when
    List<Standing> overall = ranks.overall().standings();
    // then: 76, 74, 74 (tie-break), 68 = 68 (rank 4 twice), 66 is 6th, then 56, 42, 40, 32
    assertThat(ids(overall))
        .containsExactly(
            "loei-01", "nk-01", "loei-02", "loei-04", "nk-02", "loei-03", "nk-03", "loei-05",
            "loei-06", "ud-01");
    assertThat(ranks(overall)).containsExactly(1, 2, 3, 4, 4, 6, 7, 8, 9, 10);
    assertThat(overall.get(0).explanation()).isEqualTo(Text.of("อันดับแรก", "first"));
    // nk-01 is below loei-01 on the total: 76 > 74
    assertThat(overall.get(1).separation().keyIndex()).isZero();
    assertThat(overall.get(1).explanation().en())
        .isEqualTo("below loei-01 on total: 76.00 > 74.00");
    // loei-02 is below nk-01 by tie-break 1: 73.33 (= 220/3) > 70.00
    Separation third = overall.get(2).separation();
    assertThat(third.key()).isEqualTo(RankingKey.percent("1"));
    assertThat(third.byTieBreak()).isTrue();
    assertThat(third.aboveValue()).isEqualTo(Ratio.of(220, 3));
    assertThat(third.ownValue()).isEqualTo(Ratio.of(70));
    assertThat(overall.get(2).explanation().en())
        .isEqualTo("below nk-01 on tie-break 1, percent of 1: 73.33 > 70.00");
    // nk-02 equals loei-04 on every key
    assertThat(overall.get(4).tiedWithAbove()).isTrue();
    assertThat(overall.get(4).explanation().en()).isEqualTo("tied with loei-04 on every key");
    assertThat(overall.get(0).total()).isEqualTo(Ratio.of(76));
    assertThat(overall.get(0).totalPoints()).hasToString("76.00");
  }

  @Test
  void ranks_within_each_province_and_each_type() {
    // Loei: 76, 74, 68, 66, 42, 40; Nong Khai: 74, 68, 56; Udon Thani: 32
    assertThat(ranks.byProvince().keySet()).containsExactly("Loei", "Nong Khai", "Udon Thani");
    assertThat(ids(ranks.byProvince().get("Loei").standings()))
        .containsExactly("loei-01", "loei-02", "loei-04", "loei-03", "loei-05", "loei-06");
    assertThat(ranks(ranks.byProvince().get("Loei").standings())).containsExactly(1, 2, 3, 4, 5, 6);
    // within Loei, loei-02 is below loei-01 on the total, not on a tie-break
    assertThat(ranks.byProvince().get("Loei").standings().get(1).explanation().en())
        .isEqualTo("below loei-01 on total: 76.00 > 74.00");
    assertThat(ids(ranks.byProvince().get("Nong Khai").standings()))
        .containsExactly("nk-01", "nk-02", "nk-03");
    // agricultural: 74, 68 = 68, 32 → ranks 1, 2, 2, 4
    assertThat(ids(ranks.byType().get(AGRICULTURAL).standings()))
        .containsExactly("loei-02", "loei-04", "nk-02", "ud-01");
    assertThat(ranks(ranks.byType().get(AGRICULTURAL).standings())).containsExactly(1, 2, 2, 4);
    assertThat(ranks.byType().keySet()).containsExactly(AGRICULTURAL, SAVINGS, FARMER_GROUP);
    assertThat(ranks.byType().get(FARMER_GROUP).scope())
        .isEqualTo(OrganisationType.FARMER_GROUP.label());
  }

  @Test
  void takes_all_tied_at_the_cap() {
    // gold (or higher) is held by the seven with a total above 50: 76, 74, 74, 68, 68, 66, 56.
    // With a cap of 2, the 2nd (nk-01, 74) and 3rd (loei-02, 74) tie on the total: all tied taken.
    Plaques plaques =
        cohort.plaques(ranks, Qualification.award("mini", "gold"), 2, TieAtCap.TAKE_ALL_TIED);
    assertThat(ids(plaques.eligible()))
        .containsExactly("loei-01", "nk-01", "loei-02", "loei-04", "nk-02", "loei-03", "nk-03");
    assertThat(ids(plaques.recipients())).containsExactly("loei-01", "nk-01", "loei-02");
    assertThat(plaques.ruleApplied()).isEqualTo(TieAtCap.TAKE_ALL_TIED);
    assertThat(plaques.capExceeded()).isTrue();
    assertThat(ids(plaques.leftOutByCap())).containsExactly("loei-04", "nk-02", "loei-03", "nk-03");
    assertThat(plaques.explanation().en())
        .isEqualTo(
            "7 qualify, 3 receive a plaque (cap 2); a tie straddles the cap, rule applied: take"
                + " all tied on the total; those tied on every key all receive one, so the cap is"
                + " exceeded");
  }

  @Test
  void breaks_a_tie_at_the_cap_by_the_tie_breaks() {
    // the same tie at the cap of 2: category 1 (73.33 > 70) keeps nk-01 and leaves loei-02 out
    Plaques plaques =
        cohort.plaques(ranks, Qualification.award("mini", "gold"), 2, TieAtCap.BREAK_BY_TIE_BREAK);
    assertThat(ids(plaques.recipients())).containsExactly("loei-01", "nk-01");
    assertThat(plaques.ruleApplied()).isEqualTo(TieAtCap.BREAK_BY_TIE_BREAK);
    assertThat(plaques.capExceeded()).isFalse();
    assertThat(ids(plaques.leftOutByCap()))
        .containsExactly("loei-02", "loei-04", "nk-02", "loei-03", "nk-03");
  }

  @Test
  void keeps_a_tie_on_every_key_at_the_cap_whatever_the_rule() {
    // cap 4: the 4th (loei-04) and 5th (nk-02) are equal on every key, rank 4 both: both taken
    Plaques plaques =
        cohort.plaques(ranks, Qualification.award("mini", "gold"), 4, TieAtCap.BREAK_BY_TIE_BREAK);
    assertThat(ids(plaques.recipients()))
        .containsExactly("loei-01", "nk-01", "loei-02", "loei-04", "nk-02");
    assertThat(ids(plaques.leftOutByCap())).containsExactly("loei-03", "nk-03");
    assertThat(plaques.capExceeded()).isTrue();
  }

  @Test
  void needs_no_rule_when_no_tie_straddles_the_cap() {
    // cap 5: the 5th (nk-02, 68) and 6th (loei-03, 66) differ on the total
    Plaques plaques =
        cohort.plaques(ranks, Qualification.award("mini", "gold"), 5, TieAtCap.TAKE_ALL_TIED);
    assertThat(ids(plaques.recipients()))
        .containsExactly("loei-01", "nk-01", "loei-02", "loei-04", "nk-02");
    assertThat(plaques.ruleApplied()).isNull();
    assertThat(ids(plaques.leftOutByCap())).containsExactly("loei-03", "nk-03");
    // a level qualifies its rung and the rungs above it: "good" is held by the eight above 40
    Plaques good =
        cohort.plaques(ranks, Qualification.level("overall", "good"), 10, TieAtCap.TAKE_ALL_TIED);
    assertThat(good.recipients()).hasSize(8);
    assertThat(good.leftOutByCap()).isEmpty();
  }

  @Test
  void pairs_leaders_with_learners_by_province_then_type_within_capacity() {
    // category 1, leaders at least 70 %: loei-01 (80), nk-01 (73.33), loei-02 (70).
    // Learners below 50 %, lowest first, equal ones in ranking order: ud-01 (20), loei-05 (30),
    // nk-03 (40, total 56), loei-06 (40, total 40). Capacity 1:
    // ud-01 (Udon Thani, agricultural): no leader in its province; the agricultural loei-02.
    // loei-05 (Loei, farmer group): no Loei farmer-group leader; Loei: loei-01 (loei-02 is full).
    // nk-03 (Nong Khai, farmer group): Nong Khai: nk-01.
    // loei-06 (Loei, savings): every leader is at capacity: no leader.
    LearningExchange exchange = cohort.exchange(ranks, ExchangeRule.of("1", 70, 50, 1));
    assertThat(exchange.leaders())
        .extracting(CriterionStanding::subjectId)
        .containsExactly("loei-01", "nk-01", "loei-02");
    assertThat(exchange.leaders()).extracting(CriterionStanding::rank).containsExactly(1, 2, 3);
    assertThat(exchange.learners())
        .extracting(CriterionStanding::subjectId)
        .containsExactly("ud-01", "loei-05", "nk-03", "loei-06");
    // 40 % twice: both ranked 7th of ten in category 1 (80, 73.33, 70, 63.33, 60, 60, 40, 40, …)
    assertThat(exchange.learners())
        .extracting(CriterionStanding::rank)
        .containsExactly(10, 9, 7, 7);
    assertThat(exchange.pairs())
        .extracting(p -> p.leader().subjectId() + ">" + p.learner().subjectId())
        .containsExactly("loei-02>ud-01", "loei-01>loei-05", "nk-01>nk-03");
    assertThat(exchange.pairs())
        .extracting(LearningPair::preference)
        .containsExactly(Preference.SAME_TYPE, Preference.SAME_PROVINCE, Preference.SAME_PROVINCE);
    assertThat(exchange.pairs().get(0).explanation().en())
        .isEqualTo(
            "loei-02 (70.00 %) teaches ud-01 (20.00 %) in 1: same type, another province (no"
                + " leader in the province has room)");
    assertThat(exchange.unpaired()).hasSize(1);
    assertThat(exchange.unpaired().get(0).learner().subjectId()).isEqualTo("loei-06");
    assertThat(exchange.unpaired().get(0).noLeader()).isFalse();
    assertThat(exchange.unpaired().get(0).reason().en())
        .isEqualTo("every leader already has as many learners as it can take");
  }

  @Test
  void fills_a_leader_to_its_capacity_before_looking_further() {
    // capacity 2: as above, then loei-06 (Loei, savings) takes loei-01, its own province and type,
    // which then holds two learners, its capacity
    LearningExchange exchange = cohort.exchange(ranks, ExchangeRule.of("1", 70, 50, 2));
    assertThat(exchange.pairs())
        .extracting(p -> p.leader().subjectId() + ">" + p.learner().subjectId())
        .containsExactly("loei-02>ud-01", "loei-01>loei-05", "nk-01>nk-03", "loei-01>loei-06");
    assertThat(exchange.pairs().get(3).preference()).isEqualTo(Preference.SAME_PROVINCE_AND_TYPE);
    assertThat(exchange.pairsOf("loei-01")).hasSize(2);
    assertThat(exchange.unpaired()).isEmpty();
  }

  @Test
  void says_when_there_is_no_leader_at_all() {
    // nobody reaches 100 % in category 2; below 60 % are loei-06 (40) and ud-01 (50)
    LearningExchange exchange = cohort.exchange(ranks, ExchangeRule.of("2", 100, 60, 3));
    assertThat(exchange.leaders()).isEmpty();
    assertThat(exchange.learners())
        .extracting(CriterionStanding::subjectId)
        .containsExactly("loei-06", "ud-01");
    assertThat(exchange.pairs()).isEmpty();
    assertThat(exchange.unpaired()).allSatisfy(u -> assertThat(u.noLeader()).isTrue());
    assertThat(exchange.unpaired().get(0).reason().en())
        .isEqualTo("no other organisation reaches the leaders' threshold in this criterion");
  }

  @Test
  void never_pairs_an_organisation_with_itself() {
    // category 1, leaders at least 60 %, learners below 75 %, capacity 5. Leaders in order:
    // loei-01 (80, Loei savings), nk-01 (73.33, NK savings), loei-02 (70, Loei agricultural),
    // loei-03 (63.33, Loei farmer group), loei-04 and nk-02 (60, agricultural; ranking order).
    // Learners, lowest first: ud-01 20, loei-05 30, nk-03 40, loei-06 40, loei-04 60, nk-02 60,
    // loei-03 63.33, loei-02 70, nk-01 73.33. Six are leaders too, and skip themselves:
    // nk-02's only Nong Khai agricultural leader is itself, so it takes nk-01 (same province);
    // loei-03 is the only Loei farmer-group leader, so it takes loei-01; loei-02 skips itself and
    // takes loei-04; nk-01 skips itself in its province and takes nk-02.
    LearningExchange exchange = cohort.exchange(ranks, ExchangeRule.of("1", 60, 75, 5));
    assertThat(exchange.pairs())
        .extracting(p -> p.leader().subjectId() + ">" + p.learner().subjectId())
        .containsExactly(
            "loei-02>ud-01",
            "loei-03>loei-05",
            "nk-01>nk-03",
            "loei-01>loei-06",
            "loei-02>loei-04",
            "nk-01>nk-02",
            "loei-01>loei-03",
            "loei-04>loei-02",
            "nk-02>nk-01");
    assertThat(exchange.pairs())
        .allSatisfy(p -> assertThat(p.leader().subjectId()).isNotEqualTo(p.learner().subjectId()));
    assertThat(exchange.unpaired()).isEmpty();
  }

  @Test
  void counts_levels_and_awards_and_spreads_percents() {
    Distribution d = cohort.distribution();
    GroupDistribution all = d.overall();
    assertThat(all.organisations()).isEqualTo(10);
    // good: the eight above 40; fair: loei-06 (40) and ud-01 (32)
    DecisionCounts overall = all.counts("overall").orElseThrow();
    assertThat(overall.count("good")).isEqualTo(8);
    assertThat(overall.count("fair")).isEqualTo(2);
    assertThat(overall.counts().get(2).undecided()).isTrue();
    assertThat(overall.counts().get(2).count()).isZero();
    // gold 7, silver 0, no award 3, undecided 0
    DecisionCounts mini = all.counts("mini").orElseThrow();
    assertThat(mini.counts()).extracting(OutcomeCount::count).containsExactly(7, 0, 3, 0);
    // total percent (the total, of 100): 32 40 42 56 66 68 68 74 74 76; sum 596, mean 59.6;
    // Q1 at (10 - 1) / 4 = 2.25: 42 + 0.25 × 14 = 45.5; median at 4.5: (66 + 68) / 2 = 67;
    // Q3 at 6.75: 68 + 0.75 × 6 = 72.5
    Spread total = all.spread("mini-award").orElseThrow();
    assertThat(total.count()).isEqualTo(10);
    assertThat(total.min()).isEqualTo(Ratio.of(32));
    assertThat(total.lowerQuartile()).isEqualTo(Ratio.parse("45.5"));
    assertThat(total.median()).isEqualTo(Ratio.of(67));
    assertThat(total.upperQuartile()).isEqualTo(Ratio.parse("72.5"));
    assertThat(total.max()).isEqualTo(Ratio.of(76));
    assertThat(total.mean()).isEqualTo(Ratio.parse("59.6"));
    // category 1: 20 30 40 40 60 60 190/3 70 220/3 80; median 60; Q1 at 2.25: 40;
    // Q3 at 6.75: 190/3 + 0.75 × (70 - 190/3) = 205/3; mean (400 + 410/3) / 10 = 161/3
    Spread cat1 = all.spread("1").orElseThrow();
    assertThat(cat1.lowerQuartile()).isEqualTo(Ratio.of(40));
    assertThat(cat1.median()).isEqualTo(Ratio.of(60));
    assertThat(cat1.upperQuartile()).isEqualTo(Ratio.of(205, 3));
    assertThat(cat1.mean()).isEqualTo(Ratio.of(161, 3));
    assertThat(all.criteria())
        .extracting(Spread::criterionId)
        .containsExactly("mini-award", "1", "1.1", "1.2", "2", "2.1");
  }

  @Test
  void spreads_by_province_and_by_type() {
    Distribution d = cohort.distribution();
    // Loei totals: 40 42 66 68 74 76; sum 366, mean 61; Q1 at 1.25: 42 + 0.25 × 24 = 48;
    // median at 2.5: 67; Q3 at 3.75: 68 + 0.75 × 6 = 72.5
    Spread loei = d.byProvince().get("Loei").spread("mini-award").orElseThrow();
    assertThat(loei.count()).isEqualTo(6);
    assertThat(loei.mean()).isEqualTo(Ratio.of(61));
    assertThat(loei.lowerQuartile()).isEqualTo(Ratio.of(48));
    assertThat(loei.median()).isEqualTo(Ratio.of(67));
    assertThat(loei.upperQuartile()).isEqualTo(Ratio.parse("72.5"));
    assertThat(d.byProvince().get("Loei").counts("mini").orElseThrow().count("gold")).isEqualTo(4);
    // farmer groups: 42 56 66; mean 164/3; Q1 at 0.5: 49; median 56; Q3 at 1.5: 61
    Spread groups = d.byType().get(FARMER_GROUP).spread("mini-award").orElseThrow();
    assertThat(groups.mean()).isEqualTo(Ratio.of(164, 3));
    assertThat(groups.lowerQuartile()).isEqualTo(Ratio.of(49));
    assertThat(groups.median()).isEqualTo(Ratio.of(56));
    assertThat(groups.upperQuartile()).isEqualTo(Ratio.of(61));
    assertThat(d.byType().keySet()).containsExactly(AGRICULTURAL, SAVINGS, FARMER_GROUP);
  }

  @Test
  void refuses_a_summary_of_another_rubric_or_year_naming_the_organisation() {
    OrganisationSummary other =
        OrganisationSummary.builder("coop-x", SAVINGS, new RubricRef("mini-award", "2"), Round.YEAR)
            .node("mini-award", Ratio.of(50), Ratio.of(100))
            .build();
    assertThatThrownBy(() -> Cohort.of(Round.RUBRIC, Round.YEAR, List.of(ROUND.get(0), other)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("organisation coop-x was scored against mini-award@2, not mini-award@1");
    assertThatThrownBy(
            () -> Cohort.of(Round.RUBRIC, FiscalYear.ofBuddhistEra(2557), List.of(ROUND.get(0))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "organisation loei-06 was assessed for fiscal year 2013 (b.e. 2556), not fiscal year"
                + " 2014 (b.e. 2557)");
    assertThat(
            ((InvalidValueException)
                    org.assertj.core.api.Assertions.catchThrowable(
                        () ->
                            Cohort.of(
                                Round.RUBRIC, Round.YEAR, List.of(ROUND.get(0), ROUND.get(0)))))
                .text())
        .isEqualTo(
            Text.of(
                "องค์กร loei-06 ปรากฏมากกว่าหนึ่งครั้ง",
                "organisation loei-06 appears more than once"));
  }

  @Test
  void refuses_a_summary_without_the_rubric_nodes_or_outcomes() {
    OrganisationSummary partial =
        OrganisationSummary.builder("coop-y", SAVINGS, Round.RUBRIC.ref(), Round.YEAR)
            .node("mini-award", Ratio.of(50), Ratio.of(100))
            .build();
    assertThatThrownBy(() -> Cohort.of(Round.RUBRIC, Round.YEAR, List.of(partial)))
        .hasMessage("the nodes of organisation coop-y's summary are not those of mini-award@1");
  }
}
