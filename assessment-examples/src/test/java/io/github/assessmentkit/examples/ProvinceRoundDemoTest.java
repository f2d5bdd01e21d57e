package io.github.assessmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.cohort.CriterionStanding;
import io.github.assessmentkit.cohort.LearningExchange;
import io.github.assessmentkit.cohort.LearningPair;
import io.github.assessmentkit.cohort.Plaques;
import io.github.assessmentkit.cohort.Ranking;
import io.github.assessmentkit.cohort.Standing;
import io.github.assessmentkit.cohort.TieAtCap;
import io.github.assessmentkit.cohort.UnpairedLearner;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.cqa.GovernanceCriteria;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the province demo and checks what it prints. The planned organisation's CQA percentages are
 * written out in {@link SampleRound#PLANNED_CQA}; its numbers are worked out here by hand. The
 * other organisations' ratings come from a seeded {@link java.util.Random}: the cohort results are
 * checked against what this test reads directly from their scorecards (totals, award tiers,
 * category percents), and the few literal figures are those the roster prints, read off the
 * scorecards.
 */
class ProvinceRoundDemoTest {
  private static final Rubric CQA = CqaCriteria.rubric();
  private static final Rubric GOVERNANCE = GovernanceCriteria.rubric();

  private static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProvinceRoundDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_round_is_thirty_organisations_of_several_types_in_three_provinces_always_the_same() {
    // when
    List<SampleRound.Member> members = SampleRound.members(CQA, GOVERNANCE);

    // then ten per province, each id once, cooperatives of six types and nine farmer groups
    assertThat(members).hasSize(30);
    assertThat(members.stream().collect(Collectors.groupingBy(m -> m.subject().province())))
        .hasSize(3)
        .allSatisfy((province, some) -> assertThat(some).hasSize(10));
    assertThat(members.stream().map(m -> m.subject().id()).distinct()).hasSize(30);
    Set<OrganisationType> types =
        members.stream().map(m -> m.subject().type()).collect(Collectors.toSet());
    assertThat(types)
        .contains(
            OrganisationType.AGRICULTURAL,
            OrganisationType.SAVINGS,
            OrganisationType.STORE,
            OrganisationType.SERVICE,
            OrganisationType.CREDIT_UNION,
            OrganisationType.LAND_SETTLEMENT,
            OrganisationType.FISHERIES,
            OrganisationType.FARMER_GROUP);
    assertThat(members.stream().filter(m -> m.subject().type() == OrganisationType.FARMER_GROUP))
        .hasSize(9);
    // and made again, the same ratings
    assertThat(SampleRound.members(CQA, GOVERNANCE)).isEqualTo(members);
  }

  @Test
  void the_scored_round_holds_one_scorecard_per_organisation_of_one_rubric_and_one_year() {
    // when
    ProvinceRoundDemo.ScoredRound round = ProvinceRoundDemo.score(CQA, GOVERNANCE);

    // then, for a cohort analysis: same length and order as the members, one rubric, one year
    assertThat(round.cqa()).hasSize(30);
    assertThat(round.governance()).hasSize(30);
    for (int i = 0; i < 30; i++) {
      assertThat(round.cqa().get(i).subject()).isEqualTo(round.members().get(i).subject());
      assertThat(round.governance().get(i).subject()).isEqualTo(round.members().get(i).subject());
    }
    assertThat(round.cqa().stream().map(Scorecard::rubric).distinct()).containsExactly(CQA.ref());
    assertThat(round.governance().stream().map(Scorecard::rubric).distinct())
        .containsExactly(GOVERNANCE.ref());
    assertThat(round.cqa().stream().map(Scorecard::period).distinct())
        .containsExactly(SampleRound.YEAR);
  }

  @Test
  void prints_every_organisation_with_its_cqa_and_governance_results() {
    // when
    List<String> lines = printed().lines().toList();

    // then the planned organisation: 1.1 45 % x 65 = 29.25, 1.2 45 % x 50 = 22.50 -> 51.75
    // (45.00 %); 2.1 45 % x 45 = 20.25, 2.2 50 % x 45 = 22.50 -> 42.75; 3.1 45 % x 40 = 18.00,
    // 3.2 50 % x 45 = 22.50 -> 40.50; 4.1, 4.2 45 % x 45 = 20.25 each -> 40.50; 5.1 40 % x 40 =
    // 16.00, 5.2 40 % x 45 = 18.00 -> 34.00; 6.1 45 % x 40 = 18.00, 6.2 45 % x 45 = 20.25 ->
    // 38.25; 7.1 45 % x 120 = 54.00, 7.2 50 % x 80 = 40.00, 7.3 40 % x 80 = 32.00, 7.4 45 % x 80
    // = 36.00, 7.5 45 % x 90 = 40.50 -> 202.50; total 450.25 > 350: TQC (category 1 below 50 %)
    assertThat(lines)
        .contains(
            "== รอบการประเมินประจำปี ปีงบประมาณ พ.ศ. 2567 / Annual round, Fiscal year 2024 (B.E."
                + " 2567) ==",
            "องค์กร 30 แห่ง ใน 3 จังหวัด / 30 organisations in 3 provinces");
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith(
                    "  สหกรณ์การเกษตรวังสะพุง จำกัด / Wang Saphung Agricultural Cooperative Ltd."
                        + " [เลย / Loei, สหกรณ์การเกษตร / agricultural cooperative]: CQA 450.25"
                        + " รางวัลการบริหารสู่ความเป็นเลิศ (TQC) / Thailand Quality Class (TQC);"
                        + " ธรรมาภิบาล / governance "));
    assertThat(lines.stream().filter(l -> l.startsWith("  ") && l.contains("]: CQA "))).hasSize(30);
    assertThat(lines.stream().filter(l -> l.contains(", กลุ่มเกษตรกร / farmer group]: CQA ")))
        .hasSize(9);
  }

  @Test
  void prints_the_largest_single_steps_of_the_planned_organisation() {
    // when
    List<String> lines = printed().lines().toList();

    // then one step is 5 % of the item's points: 7.1 120 -> 6.00, 7.5 90 -> 4.50, 7.2, 7.3 and
    // 7.4 80 -> 4.00 each (in rubric order), ahead of 1.1 65 -> 3.25; none lifts category 1 to
    // 50 %, so none changes the award, and 450.25 + 6.00 stays in band 3 (376-475)
    assertThat(lines)
        .containsSubsequence(
            "ยกทีละหนึ่งขั้น 5 อันดับแรก / Top 5 single steps:",
            "  ยก 7.1 จาก 45 เป็น 50 ได้เพิ่ม 6.00 คะแนน (คะแนนรวม 450.25 → 456.25)",
            "  raising 7.1 from 45 to 50 adds 6.00 points (total 450.25 → 456.25)",
            "  raising 7.5 from 45 to 50 adds 4.50 points (total 450.25 → 454.75)",
            "  raising 7.2 from 50 to 55 adds 4.00 points (total 450.25 → 454.25)",
            "  raising 7.3 from 40 to 45 adds 4.00 points (total 450.25 → 454.25)",
            "  raising 7.4 from 45 to 50 adds 4.00 points (total 450.25 → 454.25)",
            "เงื่อนไขที่ยังไม่ผ่าน / Conditions failing now:");
    assertThat(lines).noneMatch(l -> l.startsWith("    → "));
  }

  @Test
  void prints_the_cheapest_plan_to_tqc_plus_and_the_theme_it_wins() {
    // when
    String out = printed();
    List<String> lines = out.lines().toList();

    // then failing now: category 1 at 51.75 / 115 = 45.00 %; category 3 at 40.50 / 85 = 47.65 %
    // (7.2 is at 50 %); the total 450.25 is already above 450.
    assertThat(lines)
        .contains(
            "  ✗ ร้อยละของ 1 = 45.00 ไม่ ≥ 50 / percent of 1 = 45.00 not ≥ 50",
            "  ✗ ร้อยละของ 3 = 47.65 ไม่ ≥ 50 / percent of 3 = 47.65 not ≥ 50");
    assertThat(lines).noneMatch(l -> l.contains("total points = 450.25"));
    // Category 1 needs 57.50, 5.75 more: two steps (1.1 adds 3.25, 1.2 2.50; one step is too
    // little). The Customer theme needs category 3 at 42.50, 2.00 more: one step (3.1 adds 2.00,
    // 3.2 2.25). People needs 8.50 in category 5 and two steps on 7.3, Operation two steps in
    // category 6 and one on 7.1, Innovation one each on 6.1, category 2 and 7.1: three or more.
    // So three steps, two in category 1 and one in category 3: the total becomes 450.25 + 5.75 or
    // 6.50, + 2.00 or 2.25: 458.00, 458.25, 458.75 or 459.00
    assertThat(out)
        .containsPattern(
            "Plan: Thailand Quality Award ladder \\(default\\): Thailand Quality Class Plus \\(TQC"
                + " Plus\\) or higher: reached in 3 steps \\(cost 3\\), total 450\\.25 →"
                + " 45(8\\.00|8\\.25|8\\.75|9\\.00)\n");
    List<String> steps = lines.stream().filter(l -> l.matches("  [0-9]\\.[0-9]: .*")).toList();
    assertThat(steps).hasSize(3);
    assertThat(steps.stream().filter(l -> l.startsWith("  1."))).hasSize(2);
    assertThat(steps.stream().filter(l -> l.startsWith("  3."))).hasSize(1);
    assertThat(lines)
        .containsSubsequence(
            "รางวัลหลังทำตามแผน: รางวัลการบริหารสู่ความเป็นเลิศที่มีความโดดเด่นรายด้าน (TQC Plus)",
            "Award after the plan: Thailand Quality Class Plus (TQC Plus)",
            "  ✓ ด้านลูกค้า / Customer theme",
            "  (เป็นแผนที่ใช้ต้นทุนน้อยที่สุด: ค้นครบทุกแผนที่ถูกกว่าแล้วไม่มีแผนใดถึงเป้าหมาย / the"
                + " cheapest plan: the search covered every cheaper plan and none reaches the"
                + " target)");
    // and the demo prints the same on every run
    assertThat(printed()).isEqualTo(out);
  }

  private static final ProvinceRoundDemo.ScoredRound ROUND =
      ProvinceRoundDemo.score(CQA, GOVERNANCE);
  private static final RoundAnalysis ANALYSIS = RoundAnalysis.of(CQA, ROUND);

  /** The CQA total of each organisation, read from its scorecard. */
  private static Map<String, BigDecimal> totals() {
    Map<String, BigDecimal> out = new HashMap<>();
    for (int i = 0; i < ROUND.members().size(); i++) {
      out.put(ROUND.members().get(i).subject().id(), ROUND.cqa().get(i).total());
    }
    return out;
  }

  /** The exact percent of a CQA category of each organisation, read from its scorecard. */
  private static Map<String, Ratio> percents(String category) {
    Map<String, Ratio> out = new HashMap<>();
    for (int i = 0; i < ROUND.members().size(); i++) {
      Ratio fraction = ROUND.cqa().get(i).node(category).orElseThrow().fraction();
      out.put(ROUND.members().get(i).subject().id(), fraction.times(100));
    }
    return out;
  }

  private static SampleRound.Member member(String id) {
    return ROUND.members().stream().filter(m -> m.subject().id().equals(id)).findFirst().get();
  }

  @Test
  void ranks_the_round_by_the_cqa_totals_of_the_scorecards() {
    // given the thirty totals, read from the scorecards
    Map<String, BigDecimal> totals = totals();

    // when
    List<Standing> standings = ANALYSIS.rankings().overall().standings();

    // then every organisation once, totals as scored, best first
    assertThat(standings)
        .extracting(Standing::subjectId)
        .containsExactlyInAnyOrderElementsOf(totals.keySet());
    assertThat(standings)
        .allSatisfy(s -> assertThat(s.totalPoints()).isEqualTo(totals.get(s.subjectId())));
    assertThat(standings)
        .extracting(Standing::totalPoints)
        .isSortedAccordingTo(Comparator.reverseOrder());
    // the thirty totals are all different (the roster shows them), so no tie-break is needed and
    // each rank is one more than the number of higher totals: 1, 2, ..., 30
    assertThat(totals.values().stream().distinct()).hasSize(30);
    assertThat(standings)
        .allSatisfy(
            s ->
                assertThat(s.rank())
                    .isEqualTo(
                        1
                            + totals.values().stream()
                                .filter(t -> t.compareTo(s.totalPoints()) > 0)
                                .count()));
    assertThat(standings).extracting(Standing::rank).isSorted();
    assertThat(standings).noneMatch(Standing::tiedWithAbove);
    assertThat(standings).noneMatch(s -> s.separation() != null && s.separation().byTieBreak());
    // first: Nong Wua So Credit Union, CQA 742.00 in the roster, the highest of the thirty; then
    // Phu Kradueng Credit Union 664.50 and Mueang Loei Savings 661.00
    assertThat(standings.subList(0, 3))
        .extracting(Standing::rank, Standing::subjectId, s -> s.totalPoints().toPlainString())
        .containsExactly(
            tuple(1, "udonthani-08-credit-union", "742.00"),
            tuple(2, "loei-08-credit-union", "664.50"),
            tuple(3, "loei-01-savings", "661.00"));
    assertThat(standings.get(0).totalPoints())
        .isEqualTo(totals.values().stream().max(Comparator.naturalOrder()).get());
  }

  @Test
  void ranks_each_province_on_its_own() {
    // when
    Map<String, Ranking> byProvince = ANALYSIS.rankings().byProvince();

    // then three provinces of ten, each ranked 1 to 10 by its own totals
    assertThat(byProvince).containsOnlyKeys("Loei", "Nong Bua Lam Phu", "Udon Thani");
    Map<String, BigDecimal> totals = totals();
    byProvince.forEach(
        (province, ranking) -> {
          assertThat(ranking.standings()).hasSize(10);
          assertThat(ranking.standings())
              .extracting(Standing::rank)
              .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
          assertThat(ranking.standings())
              .allSatisfy(
                  s -> assertThat(member(s.subjectId()).subject().province()).isEqualTo(province));
          BigDecimal best =
              ranking.standings().stream()
                  .map(s -> totals.get(s.subjectId()))
                  .max(Comparator.naturalOrder())
                  .get();
          assertThat(ranking.standings().get(0).totalPoints()).isEqualTo(best);
        });
    // Loei's best is Phu Kradueng Credit Union (664.50), second overall behind an Udon Thani one
    assertThat(byProvince.get("Loei").standings().get(0).subjectId())
        .isEqualTo("loei-08-credit-union");
  }

  @Test
  void takes_every_organisation_of_the_round_as_each_assessment_is_final_and_says_so() {
    // when
    List<String> lines = printed().lines().toList();

    // then the 30 sample assessments are final: the cohort takes all 30 and leaves out none
    assertThat(ANALYSIS.cohort().size()).isEqualTo(30);
    assertThat(ANALYSIS.cohort().leftOut()).isEmpty();
    assertThat(lines)
        .containsSubsequence(
            "By the total, ties broken by percent of 1, then points of 7 (ranks 1, 2, 2, 4)",
            "ผลประเมินฉบับสุดท้าย 30 องค์กร ไม่นับ 0 ที่ยังไม่เป็นฉบับสุดท้าย / Final assessments"
                + " taken: 30; left out as not final: 0");
  }

  @Test
  void prints_the_first_ten_of_the_ranking_and_each_provinces_first_three() {
    // when
    List<String> lines = printed().lines().toList();

    // then a line per standing shown, as the ranking has it, and what is left out
    List<Standing> standings = ANALYSIS.rankings().overall().standings();
    List<String> expected = new ArrayList<>();
    expected.add("== อันดับตามเกณฑ์ CQA / Ranking on the CQA set ==");
    expected.add("By the total, ties broken by percent of 1, then points of 7 (ranks 1, 2, 2, 4)");
    for (Standing s : standings.subList(0, RoundPrinter.RANKING_SHOWN)) {
      expected.add(
          String.format(
                  Locale.ROOT,
                  "  %2d. %7s %s: ",
                  s.rank(),
                  s.totalPoints().toPlainString(),
                  s.subjectId())
              + ProvinceRoundDemo.both(member(s.subjectId()).subject().name()));
    }
    expected.add("  … อีก 20 แห่ง / … 20 more not shown");
    expected.add(
        "  คะแนนรวมไม่ซ้ำกันเลย จึงไม่ต้องใช้เกณฑ์ตัดสินเสมอ / no two totals are equal: no tie-break was needed");
    assertThat(lines).containsSubsequence(expected);
    assertThat(lines)
        .contains(
            "   1.  742.00 udonthani-08-credit-union: สหกรณ์เครดิตยูเนี่ยนหนองวัวซอ จำกัด / Nong Wua So"
                + " Credit Union Cooperative Ltd.",
            "  เลย / Loei (10): 1. loei-08-credit-union 664.50, 2. loei-01-savings 661.00, 3."
                + " loei-07-service 659.50");
    assertThat(lines.stream().filter(l -> l.matches("  \\S.* \\(10\\): 1\\. .*"))).hasSize(3);
  }

  @Test
  void gives_the_five_plaques_to_the_best_ranked_at_tqc_plus_or_higher() {
    // given those whose CQA scorecard wins TQC Plus or a higher tier, best total first
    Set<String> tiers =
        Set.of(CqaCriteria.TIER_TQC_PLUS, CqaCriteria.TIER_TQA, CqaCriteria.TIER_GLOBAL_EXCELLENCE);
    Map<String, BigDecimal> totals = totals();
    List<String> qualified = new ArrayList<>();
    for (int i = 0; i < ROUND.members().size(); i++) {
      if (ROUND
          .cqa()
          .get(i)
          .award(CqaCriteria.AWARD_SCHEME)
          .orElseThrow()
          .tier()
          .filter(tiers::contains)
          .isPresent()) {
        qualified.add(ROUND.members().get(i).subject().id());
      }
    }
    qualified.sort(Comparator.comparing(totals::get, Comparator.reverseOrder()));

    // when
    Plaques plaques = ANALYSIS.plaques();

    // then ten qualify (the roster: four TQA, six TQC Plus); the five best receive one, the
    // fifth (649.00) ahead of the sixth (631.00) on the total, so no tie straddles the cap
    assertThat(plaques.eligible())
        .extracting(Standing::subjectId)
        .containsExactlyElementsOf(qualified);
    assertThat(qualified).hasSize(10);
    assertThat(plaques.cap()).isEqualTo(5);
    assertThat(plaques.rule()).isEqualTo(TieAtCap.BREAK_BY_TIE_BREAK);
    assertThat(plaques.ruleApplied()).isNull();
    assertThat(plaques.capExceeded()).isFalse();
    assertThat(plaques.recipients())
        .extracting(Standing::subjectId)
        .containsExactlyElementsOf(qualified.subList(0, 5));
    assertThat(plaques.leftOutByCap())
        .extracting(Standing::subjectId)
        .containsExactlyElementsOf(qualified.subList(5, 10));
    assertThat(plaques.recipients())
        .extracting(Standing::subjectId)
        .containsExactly(
            "udonthani-08-credit-union",
            "loei-08-credit-union",
            "loei-01-savings",
            "loei-07-service",
            "loei-10-land-settlement");
    assertThat(plaques.recipients().get(4).totalPoints())
        .isGreaterThan(plaques.leftOutByCap().get(0).totalPoints());

    // and printed: the decision, the rule named, the five, and who the cap left out
    List<String> lines = printed().lines().toList();
    assertThat(lines)
        .containsSubsequence(
            "== โล่ 5 รางวัล / The 5 plaques ==",
            "Decision: the CQA award at TQC Plus or higher, in the ranking above, at most 5; a tie on"
                + " the total across the cap: break ties by the tie-break order",
            "ผ่านเกณฑ์ 10 แห่ง มอบโล่ 5 แห่ง (จำกัด 5) / 10 qualify, 5 receive a plaque (cap 5)",
            "  🏆 1. udonthani-08-credit-union 742.00: สหกรณ์เครดิตยูเนี่ยนหนองวัวซอ จำกัด / Nong Wua So"
                + " Credit Union Cooperative Ltd.",
            "  ไม่มีผลเสมอคร่อมจำนวนจำกัด จึงไม่ต้องใช้กฎ / no tie straddles the cap: the rule was not"
                + " needed",
            "  ผ่านเกณฑ์แต่เกินจำนวนจำกัด / Qualified but left out by the cap: 6. nongbualamphu-04-store,"
                + " 7. udonthani-07-service, 8. nongbualamphu-07-service, 9. udonthani-06-farmer-group,"
                + " 13. loei-03-farmer-group");
    assertThat(lines.stream().filter(l -> l.startsWith("  🏆 "))).hasSize(5);
  }

  @Test
  void names_the_leaders_of_each_category_at_or_above_the_declared_percent() {
    List<String> lines = printed().lines().toList();
    assertThat(ANALYSIS.exchanges())
        .extracting(e -> e.rule().criterionId())
        .containsExactlyElementsOf(RoundAnalysis.CATEGORIES);
    Ratio leaderAt = Ratio.of(RoundAnalysis.LEADER_AT_LEAST);
    for (LearningExchange e : ANALYSIS.exchanges()) {
      // given the organisations at or above 60 % in the category, from the scorecards
      Map<String, Ratio> percents = percents(e.rule().criterionId());
      Set<String> expected =
          percents.entrySet().stream()
              .filter(p -> p.getValue().compareTo(leaderAt) >= 0)
              .map(Map.Entry::getKey)
              .collect(Collectors.toSet());

      // then exactly those lead, the highest percent first
      assertThat(e.leaders())
          .extracting(CriterionStanding::subjectId)
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(e.leaders())
          .allSatisfy(l -> assertThat(l.percent()).isEqualTo(percents.get(l.subjectId())));
      assertThat(e.leaders())
          .extracting(CriterionStanding::percent)
          .isSortedAccordingTo(Comparator.reverseOrder());
      // and printed with their count
      String prefix = "  " + e.rule().criterionId() + " ";
      assertThat(lines)
          .anyMatch(
              l ->
                  l.startsWith(prefix)
                      && l.contains(
                          ": ผู้นำ "
                              + expected.size()
                              + " แห่ง / "
                              + expected.size()
                              + " leaders: 1. "
                              + e.leaders().get(0).subjectId()));
    }
    // category 1 (Leadership): six at 60 % or more, the first Phu Kradueng Credit Union at
    // 74.35 %, as the demo prints
    assertThat(lines)
        .contains(
            "  1 การนำองค์กร / Leadership: ผู้นำ 6 แห่ง / 6 leaders: 1. loei-08-credit-union 74.35 %, 2."
                + " udonthani-08-credit-union 73.48 %, 3. udonthani-07-service 70.00 % (อีก 3 / 3 more)");
  }

  @Test
  void pairs_each_learner_with_one_other_leader_within_the_capacity_and_explains_every_pair() {
    String out = printed();
    List<String> lines = out.lines().toList();
    Ratio learnerBelow = Ratio.of(RoundAnalysis.LEARNER_BELOW);
    for (LearningExchange e : ANALYSIS.exchanges()) {
      String category = e.rule().criterionId();
      Map<String, Ratio> percents = percents(category);
      // the learners: exactly those below 40 % in the category
      assertThat(e.learners())
          .extracting(CriterionStanding::subjectId)
          .containsExactlyInAnyOrderElementsOf(
              percents.entrySet().stream()
                  .filter(p -> p.getValue().compareTo(learnerBelow) < 0)
                  .map(Map.Entry::getKey)
                  .toList());
      Set<String> leaders =
          e.leaders().stream().map(CriterionStanding::subjectId).collect(Collectors.toSet());
      for (LearningPair p : e.pairs()) {
        assertThat(p.leader().subjectId()).isNotEqualTo(p.learner().subjectId()).isIn(leaders);
        assertThat(p.criterionId()).isEqualTo(category);
        SampleRound.Member leader = member(p.leader().subjectId());
        SampleRound.Member learner = member(p.learner().subjectId());
        boolean province = leader.subject().province().equals(learner.subject().province());
        boolean type = leader.subject().type() == learner.subject().type();
        switch (p.preference()) {
          case SAME_PROVINCE_AND_TYPE -> assertThat(province && type).isTrue();
          case SAME_PROVINCE -> assertThat(province && !type).isTrue();
          case SAME_TYPE -> assertThat(!province && type).isTrue();
          case ANY -> assertThat(!province && !type).isTrue();
        }
      }
      // no leader above its capacity; each learner paired at most once, or listed as unpaired
      Map<String, Long> perLeader =
          e.pairs().stream()
              .collect(Collectors.groupingBy(p -> p.leader().subjectId(), Collectors.counting()));
      assertThat(perLeader.values())
          .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo((long) RoundAnalysis.CAPACITY));
      List<String> paired = e.pairs().stream().map(p -> p.learner().subjectId()).toList();
      List<String> unpaired = e.unpaired().stream().map(u -> u.learner().subjectId()).toList();
      assertThat(paired).doesNotHaveDuplicates();
      assertThat(unpaired).noneMatch(paired::contains);
      assertThat(e.learners())
          .extracting(CriterionStanding::subjectId)
          .containsExactlyInAnyOrderElementsOf(
              Stream.concat(paired.stream(), unpaired.stream()).toList());
      // no leader is a learner (60 % or more against less than 40 %), so every learner finds a
      // place until the leaders are full: min(learners, leaders × 2) pairs
      assertThat(e.pairs())
          .hasSize(Math.min(e.learners().size(), e.leaders().size() * RoundAnalysis.CAPACITY));
      for (UnpairedLearner u : e.unpaired()) {
        assertThat(u.noLeader()).isFalse();
        assertThat(perLeader.values())
            .allSatisfy(n -> assertThat(n).isEqualTo((long) RoundAnalysis.CAPACITY));
        assertThat(lines)
            .contains(
                "    ✗ "
                    + u.learner().subjectId()
                    + " ("
                    + u.learner().shownPercent().toPlainString()
                    + " %): "
                    + ProvinceRoundDemo.both(u.reason()));
      }
      // printed: the count for every category, each pair's explanation for categories 1 and 5
      assertThat(lines)
          .anyMatch(
              l ->
                  l.startsWith("  " + category + " ")
                      && l.contains(
                          " / "
                              + e.pairs().size()
                              + " pairs, "
                              + e.unpaired().size()
                              + " without a leader"));
      for (LearningPair p : e.pairs()) {
        String en = "    " + p.explanation().get(Language.EN);
        if (RoundPrinter.PAIRS_IN_FULL.contains(category)) {
          assertThat(lines).contains(en, "    " + p.explanation().get(Language.TH));
        } else {
          assertThat(lines).doesNotContain(en);
        }
      }
    }
    // category 5 (Workforce): six leaders at 60 % or more take two learners each, 12 of the 16
    // learners below 40 %; the four left are the highest of the learners (37.06, 37.06, 37.65,
    // 38.24 %), as learners choose lowest first
    LearningExchange workforce = ANALYSIS.exchanges().get(4);
    assertThat(workforce.leaders()).hasSize(6);
    assertThat(workforce.learners()).hasSize(16);
    assertThat(workforce.pairs()).hasSize(12);
    assertThat(workforce.unpaired()).hasSize(4);
    assertThat(lines)
        .contains(
            "  5 บุคลากร / Workforce (staff, board, volunteers): 12 คู่ ไม่มีพี่เลี้ยง 4 แห่ง / 12 pairs,"
                + " 4 without a leader",
            "    ✗ udonthani-10-fisheries (38.24 %): ผู้นำทุกแห่งรับผู้เรียนรู้ครบจำนวนแล้ว / every leader"
                + " already has as many learners as it can take");
    // the sections come in the order of the issue, before the what-if plan
    assertThat(lines)
        .containsSubsequence(
            "== อันดับตามเกณฑ์ CQA / Ranking on the CQA set ==",
            "== โล่ 5 รางวัล / The 5 plaques ==",
            "== ผู้นำรายหมวด (ร้อยละ ≥ 60) / Category leaders (percent ≥ 60) ==",
            "== คู่พี่เลี้ยง / Learning pairs ==",
            "== ถ้ายกระดับ: แผนสู่ TQC Plus / What if: a plan to TQC Plus ==");
  }
}
