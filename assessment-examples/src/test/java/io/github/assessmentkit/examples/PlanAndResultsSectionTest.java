package io.github.assessmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the action-plan and results section and checks its numbers: the plan written after FY2564
 * judged at FY2565 one action each way, and the band suggested for item 7.1 from its KPI series.
 */
class PlanAndResultsSectionTest {
  private static List<String> printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PlanAndResultsSection.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void judges_each_action_of_the_plan_one_way_with_its_points() {
    // 5.2 (45 points): 35 % → 15.75 in FY2564, 50 % → 22.50 in FY2565: band 3 → 4, +6.75, met
    // 6.2 (45 points): 40 % → 18.00, 50 % → 22.50: short of 60 % but above 40 %, +4.50, partly met
    // 3.1 (40 points): 40 % → 16.00 both years: band 3, not band 4, +0.00, not met
    // 7.4: not rated in FY2565, not assessed
    // points where the plan aimed: 6.75 + 4.50 + 0.00 = 11.25
    assertThat(printed())
        .containsSubsequence(
            "แผนปฏิบัติการหลังการประเมินปี 2564 / Action plan after FY2564 (4):",
            "  A1 5.2 → band 4, ผู้จัดการ / manager, ไตรมาส 3 ปีงบประมาณ พ.ศ. 2565 / Q3 of fiscal"
                + " year 2022",
            "  A1 (5.2): met: band 4 now, target band 4, was band 3; 50.00 %, 22.50 points (+6.75)",
            "  A2 (6.2): partly met: 50.00 % now, target 60 %, was 40.00 %; 50.00 %, 22.50 points"
                + " (+4.50)",
            "  A3 (3.1): not met: band 3 now, target band 4, was band 3; 40.00 %, 16.00 points"
                + " (+0.00)",
            "  A4 (7.4): not assessed, nothing in the node is rated",
            "  4 actions: 1 met, 1 partly met, 1 not met, 1 not assessed; 11.25 points gained where"
                + " the plan aimed");
  }

  @Test
  void suggests_band_4_for_item_7_1_and_says_what_band_5_is_missing() {
    // of 3 series: Levels 2 at target (savings 5.4 ≥ 5, arrears 7.9 ≤ 8), 1 also beyond every
    // comparison → most good → band 4; Trends 3 improving (streaks 3, 3, 2), none over 4 periods
    // → band 4; Comparisons 2 beyond every one → most strong → band 5; Integration all linked with
    // ≥ 3 points → band 6. Best fit: the second lowest of 4, 4, 5, 6 is 4, at 50 %.
    assertThat(printed())
        .containsSubsequence(
            "ข้อเสนอจากข้อมูลตัวชี้วัด / Suggested from KPI data: 7.1: เสนอช่วงคะแนนที่ 4 (ร้อยละ 50):"
                + " Le 4, T 4, C 5, I 6 / 7.1: band 4 suggested (50 %): Le 4, T 4, C 5, I 6",
            "  band 5 needs 3 of the 4 dimensions at band 5 or above; 2 are; Levels: band 5 needs 1"
                + " more measure at or beyond its target and every comparison; Trends: band 5 needs"
                + " 2 more measures improving over the last 4 periods (at least five points)",
            "  ผู้ประเมินให้ 7.1 ไว้ที่ 45 และยังคงเดิมจนกว่าจะนำข้อเสนอไปใช้ / the assessor's 45"
                + " stands until the suggestion is applied");
  }
}
