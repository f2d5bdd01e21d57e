package io.github.assessmentkit.cohort;

import static io.github.assessmentkit.assessment.OrganisationType.AGRICULTURAL;
import static io.github.assessmentkit.assessment.OrganisationType.FARMER_GROUP;
import static io.github.assessmentkit.assessment.OrganisationType.SAVINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Rounds of two to four organisations on the mini award rubric, their summaries written by hand:
 * the total (of 100) and category 1's points (of 60) as given, every other node 0, and the ladder
 * "overall" and award "mini" outcomes as given; ranks with ties, plaques at and around the cap,
 * counts by group, and the checks a round makes of its summaries.
 */
class SmallRoundsTest {
  private static final OrganisationSummary SHAPE = Round.org("shape", null, SAVINGS, 0, 0, 0);
  private static final String ROOT = SHAPE.nodeIds().get(0);

  /** An organisation with a total and category 1's points; level and award as given. */
  private static OrganisationSummary org(
      String id,
      @Nullable String province,
      OrganisationType type,
      long total,
      @Nullable Long category1,
      @Nullable String level,
      @Nullable String award) {
    OrganisationSummary.Builder b =
        OrganisationSummary.builder(id, type, Round.RUBRIC.ref(), Round.YEAR)
            .province(province)
            .status(AssessmentStatus.FINAL);
    for (String node : SHAPE.nodeIds()) {
      Ratio possible = SHAPE.possible(node);
      if (node.equals(ROOT)) {
        b.node(node, Ratio.of(total), possible);
      } else if (node.startsWith("1")) {
        if (category1 == null) {
          b.notApplicable(node, possible);
        } else {
          b.node(node, node.equals("1") ? Ratio.of(category1) : Ratio.ZERO, possible);
        }
      } else {
        b.node(node, Ratio.ZERO, possible);
      }
    }
    b.level("overall", level);
    b.award("mini", award, award == null && level == null);
    return b.build();
  }

  private static OrganisationSummary org(String id, long total, @Nullable String award) {
    return org(id, "Loei", SAVINGS, total, 0L, total > 40 ? "good" : "fair", award);
  }

  /** An organisation to which nothing applies, its level and award undecided. */
  private static OrganisationSummary nothingApplies(String id) {
    OrganisationSummary.Builder b =
        OrganisationSummary.builder(id, SAVINGS, Round.RUBRIC.ref(), Round.YEAR)
            .province("Loei")
            .status(AssessmentStatus.FINAL);
    for (String node : SHAPE.nodeIds()) {
      b.notApplicable(node, SHAPE.possible(node));
    }
    return b.level("overall", null).award("mini", null, true).build();
  }

  private static Cohort cohort(OrganisationSummary... summaries) {
    return Cohort.of(Round.RUBRIC, Round.YEAR, List.of(summaries));
  }

  private static List<String> ids(List<Standing> standings) {
    return standings.stream().map(Standing::subjectId).toList();
  }

  @Test
  void ranks_a_tie_at_the_bottom_together_and_finds_a_standing_by_id() {
    // totals 70, 30, 30: ranks 1, 2, 2; the two at 30 listed by id
    Cohort c = cohort(org("z", 30, null), org("x", 70, "gold"), org("y", 30, null));
    Ranking overall = c.rank(RankingOrder.byTotal()).overall();
    assertThat(ids(overall.standings())).containsExactly("x", "y", "z");
    assertThat(overall.standings()).extracting(Standing::rank).containsExactly(1, 2, 2);
    Standing first = overall.standings().get(0);
    assertThat(first.tiedWithAbove()).isFalse();
    assertThat(first.above()).isNull();
    Standing second = overall.standings().get(1);
    assertThat(second.tiedWithAbove()).isFalse();
    assertThat(second.separation().byTieBreak()).isFalse();
    assertThat(second.separation().keyIndex()).isZero();
    assertThat(second.explanation().en()).isEqualTo("below x on total: 70.00 > 30.00");
    assertThat(overall.standings().get(2).tiedWithAbove()).isTrue();
    assertThat(overall.standing("z").orElseThrow().rank()).isEqualTo(2);
    assertThat(overall.standing("w")).isEmpty();
    assertThat(overall.size()).isEqualTo(3);
  }

  @Test
  void ranks_an_organisation_to_which_nothing_applies_last_with_a_total_of_zero() {
    // x has 30; q has no total: below every value, shown as 0
    Cohort c = cohort(nothingApplies("q"), org("x", 30, null));
    Ranking overall = c.rank(RankingOrder.byTotal()).overall();
    assertThat(ids(overall.standings())).containsExactly("x", "q");
    Standing last = overall.standings().get(1);
    assertThat(last.rank()).isEqualTo(2);
    assertThat(last.total()).isEqualTo(Ratio.ZERO);
    assertThat(last.separation().ownValue()).isEqualTo(Ratio.ZERO);
    assertThat(last.explanation().en()).isEqualTo("below x on total: 30.00 > 0.00");
  }

  @Test
  void shows_a_dash_for_a_tie_break_that_does_not_apply() {
    // both 50 in total; x has 30 of category 1's 60 points (50 %), category 1 does not apply to y
    Cohort c =
        cohort(
            org("y", "Loei", SAVINGS, 50, null, "good", null),
            org("x", "Loei", SAVINGS, 50, 30L, "good", null));
    Standing second =
        c.rank(RankingOrder.byTotal(RankingKey.percent("1"))).overall().standings().get(1);
    assertThat(second.subjectId()).isEqualTo("y");
    assertThat(second.rank()).isEqualTo(2);
    assertThat(second.separation().byTieBreak()).isTrue();
    assertThat(second.separation().keyIndex()).isEqualTo(1);
    assertThat(second.separation().aboveValue()).isEqualTo(Ratio.of(50));
    assertThat(second.separation().ownValue()).isNull();
    assertThat(second.explanation().en())
        .isEqualTo("below x on tie-break 1, percent of 1: 50.00 > —");
  }

  @Test
  void lists_those_left_out_by_the_cap_and_no_more() {
    // a (80), b (70), c (60) hold gold, d (50) none: a cap of 1 takes a and leaves b and c out,
    // the second and third of the four places; the list of two has no third entry
    Cohort c =
        cohort(
            org("a", 80, "gold"), org("b", 70, "gold"), org("c", 60, "gold"), org("d", 50, null));
    Plaques plaques =
        c.plaques(
            c.rank(RankingOrder.byTotal()),
            Qualification.award("mini", "gold"),
            1,
            TieAtCap.TAKE_ALL_TIED);
    assertThat(ids(plaques.recipients())).containsExactly("a");
    assertThat(ids(plaques.leftOutByCap())).containsExactly("b", "c");
    assertThat(plaques.leftOutByCap().get(1).subjectId()).isEqualTo("c");
    assertThatThrownBy(() -> plaques.leftOutByCap().get(2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void needs_no_rule_when_every_organisation_that_qualifies_fits_under_the_cap() {
    // a and b (60, tied, gold) qualify; c (30) does not; cap 2 takes both, no tie straddles it
    Cohort c = cohort(org("a", 60, "gold"), org("b", 60, "gold"), org("c", 30, null));
    Plaques plaques =
        c.plaques(
            c.rank(RankingOrder.byTotal()),
            Qualification.award("mini", "gold"),
            2,
            TieAtCap.TAKE_ALL_TIED);
    assertThat(ids(plaques.recipients())).containsExactly("a", "b");
    assertThat(plaques.leftOutByCap()).isEmpty();
    assertThatThrownBy(() -> plaques.leftOutByCap().get(0))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(plaques.ruleApplied()).isNull();
    assertThat(plaques.capExceeded()).isFalse();
    assertThat(plaques.explanation().en()).isEqualTo("2 qualify, 2 receive a plaque (cap 2)");
  }

  @Test
  void takes_every_organisation_tied_at_the_cap_up_to_the_last_that_qualifies() {
    // a, b and c tied at 60 (gold), d at 30 without an award: cap 2 and a tie on the total over
    // it; all three are equal on every key, so either rule keeps them all
    Cohort c =
        cohort(
            org("a", 60, "gold"), org("b", 60, "gold"), org("c", 60, "gold"), org("d", 30, null));
    Rankings ranks = c.rank(RankingOrder.byTotal());
    for (TieAtCap rule : TieAtCap.values()) {
      Plaques plaques = c.plaques(ranks, Qualification.award("mini", "gold"), 2, rule);
      assertThat(ids(plaques.recipients())).containsExactly("a", "b", "c");
      assertThat(plaques.leftOutByCap()).isEmpty();
      assertThat(plaques.ruleApplied()).isEqualTo(rule);
      assertThat(plaques.capExceeded()).isTrue();
      assertThatThrownBy(() -> plaques.recipients().get(3))
          .isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  @Test
  void a_qualification_takes_its_tier_or_rung_and_those_above_it() {
    // a 60 gold and good, b 45 silver and good, c 30 no award and fair
    Cohort c = cohort(org("a", 60, "gold"), org("b", 45, "silver"), org("c", 30, null));
    Rankings ranks = c.rank(RankingOrder.byTotal());
    TieAtCap rule = TieAtCap.TAKE_ALL_TIED;
    assertThat(ids(c.plaques(ranks, Qualification.award("mini", "silver"), 5, rule).eligible()))
        .containsExactly("a", "b");
    assertThat(ids(c.plaques(ranks, Qualification.award("mini", "gold"), 5, rule).eligible()))
        .containsExactly("a");
    assertThat(ids(c.plaques(ranks, Qualification.level("overall", "good"), 5, rule).eligible()))
        .containsExactly("a", "b");
    assertThat(ids(c.plaques(ranks, Qualification.level("overall", "fair"), 5, rule).eligible()))
        .containsExactly("a", "b", "c");
  }

  @Test
  void refuses_a_qualification_the_rubric_does_not_have() {
    Cohort c = cohort(org("a", 60, "gold"));
    Rankings ranks = c.rank(RankingOrder.byTotal());
    for (Qualification q :
        List.of(
            Qualification.award("maxi", "gold"),
            Qualification.award("mini", "platinum"),
            Qualification.level("other", "good"),
            Qualification.level("overall", "excellent"))) {
      assertThatThrownBy(() -> c.plaques(ranks, q, 1, TieAtCap.TAKE_ALL_TIED))
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void refuses_a_ranking_of_another_round_and_a_key_the_rubric_does_not_have() {
    Cohort one = cohort(org("a", 60, "gold"));
    Cohort other = cohort(org("a", 60, "gold"));
    Rankings ranks = one.rank(RankingOrder.byTotal());
    assertThatThrownBy(
            () ->
                other.plaques(
                    ranks, Qualification.award("mini", "gold"), 1, TieAtCap.TAKE_ALL_TIED))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> other.exchange(ranks, ExchangeRule.of("1", 70, 50, 1)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> one.rank(RankingOrder.byTotal(RankingKey.percent("9"))))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> one.exchange(ranks, ExchangeRule.of("9", 70, 50, 1)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void counts_outcomes_in_each_province_and_type_with_the_undecided_apart() {
    // a Loei savings 60 gold/good; b Nong Khai savings 45 silver/good; c Loei agricultural 30
    // none/fair; d without a province, farmer group, level and award undecided
    Cohort c =
        cohort(
            org("a", "Loei", SAVINGS, 60, 0L, "good", "gold"),
            org("b", "Nong Khai", SAVINGS, 45, 0L, "good", "silver"),
            org("c", "Loei", AGRICULTURAL, 30, 0L, "fair", null),
            org("d", null, FARMER_GROUP, 20, 0L, null, null));
    assertThat(c.provinces()).containsExactly("Loei", "Nong Khai");
    Distribution d = c.distribution();
    // good, fair, undecided
    assertThat(levelCounts(d.overall())).containsExactly(2, 1, 1);
    // gold, silver, none, undecided
    assertThat(awardCounts(d.overall())).containsExactly(1, 1, 1, 1);
    assertThat(d.overall().organisations()).isEqualTo(4);
    GroupDistribution loei = d.byProvince().get("Loei");
    assertThat(loei.organisations()).isEqualTo(2);
    assertThat(levelCounts(loei)).containsExactly(1, 1, 0);
    assertThat(awardCounts(loei)).containsExactly(1, 0, 1, 0);
    GroupDistribution nongKhai = d.byProvince().get("Nong Khai");
    assertThat(nongKhai.organisations()).isEqualTo(1);
    assertThat(awardCounts(nongKhai)).containsExactly(0, 1, 0, 0);
    assertThat(d.byType().keySet()).containsExactly(AGRICULTURAL, SAVINGS, FARMER_GROUP);
    GroupDistribution farmers = d.byType().get(FARMER_GROUP);
    assertThat(farmers.organisations()).isEqualTo(1);
    assertThat(levelCounts(farmers)).containsExactly(0, 0, 1);
    assertThat(awardCounts(farmers)).containsExactly(0, 0, 0, 1);
    assertThat(levelCounts(d.byType().get(SAVINGS))).containsExactly(2, 0, 0);
  }

  private static List<Integer> levelCounts(GroupDistribution g) {
    return g.levels().get(0).counts().stream().map(OutcomeCount::count).toList();
  }

  private static List<Integer> awardCounts(GroupDistribution g) {
    return g.awards().get(0).counts().stream().map(OutcomeCount::count).toList();
  }

  @Test
  void refuses_a_summary_of_another_round() {
    OrganisationSummary a = org("a", 60, "gold");
    // another version of the rubric, with the same nodes
    OrganisationSummary.Builder otherVersion =
        OrganisationSummary.builder("b", SAVINGS, new RubricRef("mini-award", "2"), Round.YEAR);
    // another year
    OrganisationSummary.Builder otherYear =
        OrganisationSummary.builder(
            "b", SAVINGS, Round.RUBRIC.ref(), FiscalYear.ofBuddhistEra(2557));
    for (OrganisationSummary.Builder b : List.of(otherVersion, otherYear)) {
      for (String node : SHAPE.nodeIds()) {
        b.node(node, Ratio.ZERO, SHAPE.possible(node));
      }
      b.level("overall", "fair").award("mini", null, false).status(AssessmentStatus.FINAL);
      OrganisationSummary other = b.build();
      assertThatThrownBy(() -> cohort(a, other)).isInstanceOf(InvalidValueException.class);
      // a draft of another round is refused too, though it would be left out
      OrganisationSummary draft = b.status(AssessmentStatus.DRAFT).build();
      assertThatThrownBy(() -> cohort(a, draft)).isInstanceOf(InvalidValueException.class);
    }
    // other nodes: the root only
    OrganisationSummary rootOnly =
        OrganisationSummary.builder("b", SAVINGS, Round.RUBRIC.ref(), Round.YEAR)
            .node(ROOT, Ratio.ZERO, Ratio.of(100))
            .level("overall", "fair")
            .award("mini", null, false)
            .status(AssessmentStatus.FINAL)
            .build();
    assertThatThrownBy(() -> cohort(a, rootOnly)).isInstanceOf(InvalidValueException.class);
    // the same organisation twice
    assertThatThrownBy(() -> cohort(a, org("x", 10, null), org("a", 50, null)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a");
  }

  @Test
  void refuses_a_summary_without_an_outcome_or_with_one_the_rubric_does_not_have() {
    OrganisationSummary.Builder noAward =
        OrganisationSummary.builder("b", SAVINGS, Round.RUBRIC.ref(), Round.YEAR)
            .status(AssessmentStatus.FINAL);
    OrganisationSummary.Builder unknownRung =
        OrganisationSummary.builder("c", SAVINGS, Round.RUBRIC.ref(), Round.YEAR)
            .status(AssessmentStatus.FINAL);
    for (OrganisationSummary.Builder b : List.of(noAward, unknownRung)) {
      for (String node : SHAPE.nodeIds()) {
        b.node(node, Ratio.ZERO, SHAPE.possible(node));
      }
    }
    noAward.level("overall", "fair");
    unknownRung.level("overall", "excellent").award("mini", null, false);
    for (OrganisationSummary.Builder b : List.of(noAward, unknownRung)) {
      OrganisationSummary s = b.build();
      assertThatThrownBy(() -> cohort(org("a", 60, "gold"), s))
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void qualifies_by_a_second_ladder_or_scheme_of_the_rubric() {
    // the mini award rubric with a second ladder, "second" (above 50 "high", else "low"), and a
    // second scheme, "maxi" (tier "top" above 65): a 70 reaches high and top, b 60 high only,
    // c 30 neither
    Provenance p = Provenance.unverified(Text.en("test"), Text.en("test"));
    Rubric rubric =
        Rubric.from(Round.RUBRIC)
            .ladder(
                new Ladder(
                    "second",
                    Text.en("Second"),
                    Metric.totalPoints(),
                    List.of(
                        Rung.above("high", Text.en("high"), 50),
                        Rung.bottom("low", Text.en("low"))),
                    p))
            .award(
                new AwardScheme(
                    "maxi",
                    Text.en("Maxi award"),
                    List.of(
                        new AwardTier(
                            "top", Text.en("Top"), Condition.above(Metric.totalPoints(), 65))),
                    p))
            .build();
    List<OrganisationSummary> round = new java.util.ArrayList<>();
    String[][] outcomes = {
      {"a", "70", "good", "high", "gold", "top"},
      {"b", "60", "good", "high", "gold", null},
      {"c", "30", "fair", "low", null, null}
    };
    for (String[] o : outcomes) {
      OrganisationSummary.Builder b =
          OrganisationSummary.builder(o[0], SAVINGS, rubric.ref(), Round.YEAR)
              .status(AssessmentStatus.FINAL);
      for (String node : SHAPE.nodeIds()) {
        b.node(
            node,
            node.equals(ROOT) ? Ratio.of(Long.parseLong(o[1])) : Ratio.ZERO,
            SHAPE.possible(node));
      }
      b.level("overall", o[2])
          .level("second", o[3])
          .award("mini", o[4], false)
          .award("maxi", o[5], false);
      round.add(b.build());
    }
    Cohort c = Cohort.of(rubric, Round.YEAR, round);
    Rankings ranks = c.rank(RankingOrder.byTotal());
    TieAtCap rule = TieAtCap.TAKE_ALL_TIED;
    assertThat(ids(c.plaques(ranks, Qualification.level("second", "high"), 5, rule).eligible()))
        .containsExactly("a", "b");
    assertThat(ids(c.plaques(ranks, Qualification.award("maxi", "top"), 5, rule).eligible()))
        .containsExactly("a");
  }
}
