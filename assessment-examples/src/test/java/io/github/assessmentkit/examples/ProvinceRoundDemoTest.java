package io.github.assessmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.cqa.GovernanceCriteria;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the province demo and checks what it prints. The planned organisation's CQA percentages are
 * written out in {@link SampleRound#PLANNED_CQA}; its numbers are worked out here by hand.
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
}
