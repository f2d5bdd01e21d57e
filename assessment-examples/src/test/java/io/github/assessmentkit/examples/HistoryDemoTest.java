package io.github.assessmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.history.FlagRule;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.history.NodeSeries;
import io.github.assessmentkit.history.YearEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the history demo and checks what it prints against numbers worked out by hand.
 *
 * <p>The governance set shares its 100 points among the principles by weight 3, 2, 3, 3, 2, 2: G1
 * 20, G2 13.34, G3 20, G4 20, G5 13.33, G6 13.33; within a principle, by the indicators' weights;
 * "yes" or level 4 earns all of an indicator's share, level k earns k / 4 of it, "no" nothing. The
 * answers that are not full (see {@link SampleYears}) give, per principle (weights in brackets):
 *
 * <pre>
 * 2563  G1: G1.2 = 2 [3], G1.5 = 2 [3] lose 1.5 + 1.5 of 15 -> 80.00 %, 16.00 points
 *       G4: G4.1 = 2 [3], G4.2 = 2 [3] lose 1.5 + 1.5 of 12 -> 75.00 %, 15.00 points
 *       G6: G6.1 = 2 [3], G6.2 = 2 [3], G6.4 = 2 [2] lose 1.5 + 1.5 + 1 of 12 -> 8/12 = 66.67 %,
 *           13.33 x 8/12 = 8.887 -> 8.89 points
 *       total 16 + 13.34 + 20 + 15 + 13.33 + 8.89 = 86.56: very good (80 to 90)
 * 2564  G6: G6.1 = 3, G6.2 = 3, G6.4 = 2 lose 0.75 + 0.75 + 1 -> 9.5/12 = 79.17 %, 10.55 points
 *       total 20 + 13.34 + 20 + 20 + 13.33 + 10.55 = 97.22: outstanding; every principle at 60 %
 *       or more and G2.3 "yes": the plaque
 * 2565  G2: G2.3 = no [3 of 11] -> 8/11 = 72.73 %, 13.34 x 8/11 = 9.70 points
 *       G4: G4.1 = 2 loses 1.5 of 12 -> 87.50 %, 17.50 points
 *       G6: G6.2 = 3, G6.4 = 3 lose 0.75 + 0.5 -> 10.75/12 = 89.58 %, 11.94 points
 *       total 20 + 9.70 + 20 + 17.50 + 13.33 + 11.94 = 92.47: still outstanding, but G2.3 is not
 *       a full "yes": no plaque
 * 2566  (version 2026.1, G3.2 split into G3.2a and G3.2b, weight 1 each)
 *       G3: G3.2b = 2 loses 0.5 of 12 -> 95.83 %, 19.17 points
 *       total 20 + 13.34 + 19.17 + 20 + 13.33 + 13.33 = 99.17: outstanding, the plaque again
 * </pre>
 */
class HistoryDemoTest {
  private static List<String> printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HistoryDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void prints_each_year_with_its_version_total_level_and_plaque() {
    assertThat(printed())
        .containsSubsequence(
            "2563  coop-governance@2025.1  86.56 %  governance-level: ดีมาก / Very good "
                + " provincial-plaque: ไม่ได้รับรางวัล / no award",
            "2564  coop-governance@2025.1  97.22 %  governance-level: ดีเด่น / Outstanding "
                + " provincial-plaque: ได้รับโล่ / Plaque granted",
            "2565  coop-governance@2025.1  92.47 %  governance-level: ดีเด่น / Outstanding "
                + " provincial-plaque: ไม่ได้รับรางวัล / no award",
            "2566  coop-governance@2026.1  99.17 %  governance-level: ดีเด่น / Outstanding "
                + " provincial-plaque: ได้รับโล่ / Plaque granted");
  }

  @Test
  void prints_the_series_with_changes_breaks_and_least_squares_directions() {
    // total: 86.56, 97.22, 92.47, 99.17 (x = 0..3): Σy = 375.42, Σxy = 97.22 + 184.94 + 297.51
    // = 579.67; slope = (4 × 579.67 − 6 × 375.42) / (4 × 14 − 6²) = 66.16 / 20 = 3.308 -> 3.31
    // G6: 66.67, 79.17, 89.58, 100: Σy = 335.42, Σxy = 79.17 + 179.16 + 300 = 558.33;
    // (2233.32 − 2012.52) / 20 = 11.04, three rises in a row
    // G2: 100, 100, 72.73, 100: Σy = 372.73, Σxy = 100 + 145.46 + 300 = 545.46;
    // (2181.84 − 2236.38) / 20 = −2.727 -> −2.73: falling by the declared rule, though it is back
    // G3.2 ends at the version change and its halves start there: breaks, too short for a direction
    assertThat(printed())
        .containsSubsequence(
            "  coop-governance:  86.56  97.22 (+10.66)  92.47 (-4.75)  99.17 (+6.70)",
            "      การประเมินธรรมาภิบาลสหกรณ์ / Cooperative good governance assessment; ดีขึ้น /"
                + " rising (ความชัน / slope +3.31 จุดต่อปี / points a year, 4 ปี / years,"
                + " เพิ่มขึ้นติดต่อกัน / rises in a row 1)",
            "  G2:  100.00  100.00 (0.00)  72.73 (-27.27)  100.00 (+27.27)",
            "      หลักคุณธรรม / Morality; ลดลง / falling (ความชัน / slope -2.73 จุดต่อปี / points"
                + " a year, 4 ปี / years, เพิ่มขึ้นติดต่อกัน / rises in a row 1)",
            "  G3.2a:  —  —  — ‖ 100.00",
            "  G3.2b:  —  —  — ‖ 50.00",
            "  G4:  75.00  100.00 (+25.00)  87.50 (-12.50)  100.00 (+12.50)",
            "  G6:  66.67  79.17 (+12.50)  89.58 (+10.41)  100.00 (+10.42)",
            "      หลักความคุ้มค่า / Value for money; ดีขึ้น / rising (ความชัน / slope +11.04"
                + " จุดต่อปี / points a year, 4 ปี / years, เพิ่มขึ้นติดต่อกัน / rises in a row 3)",
            "  G3.2:  100.00  100.00 (0.00)  100.00 (0.00) ‖ —");
  }

  @Test
  void prints_the_plaque_won_lost_and_regained_and_the_other_flags() {
    // 2564: outstanding for the first time, plaque won; 2565: plaque lost on G2.3, G2 falls
    // 27.27 and G4 12.50 (10 or more); the total falls 4.75 (less than 10) and is not flagged;
    // 2566: plaque regained, G6 has risen three years running
    assertThat(printed())
        .containsSubsequence(
            "  2564 first-top-rung [ฟื้นตัวหรือก้าวหน้า / recovery] governance-level",
            "  2564 plaque-won [ฟื้นตัวหรือก้าวหน้า / recovery] provincial-plaque",
            "  2565 plaque-lost [ถดถอย / regression] provincial-plaque",
            "      โล่ธรรมาภิบาลดีเด่นระดับจังหวัด ซึ่งผ่านในปี 2564 ไม่ผ่านแล้ว: ร้อยละของ G2.3 = 0.00"
                + " ไม่ ≥ 100",
            "      Provincial governance plaque, held in B.E. 2564, no longer holds: percent of G2.3"
                + " = 0.00 not ≥ 100",
            "  2565 node-fell [ถดถอย / regression] G2",
            "      Morality fell from 100 % (B.E. 2564) to 72.73 % (-27.27 points; flagged at a fall"
                + " of 10 or more)",
            "  2565 node-fell [ถดถอย / regression] G4",
            "  2566 plaque-regained [ฟื้นตัวหรือก้าวหน้า / recovery] provincial-plaque",
            "      Provincial governance plaque holds again (last held in B.E. 2564, not held in"
                + " B.E. 2565)",
            "  2566 improvement-streak [ฟื้นตัวหรือก้าวหน้า / recovery] G6",
            "      Value for money rose 3 years running, from 66.67 % (B.E. 2563) to 100 %");
  }

  @Test
  void the_history_printed_is_the_one_the_sample_years_make() {
    History h = new SampleYears().history();

    assertThat(h.years())
        .extracting(YearEntry::plaquesHeld)
        .extracting(List::size)
        .containsExactly(0, 1, 0, 1);
    assertThat(h.flags())
        .extracting(f -> f.rule())
        .containsExactly(
            FlagRule.FIRST_TOP_RUNG,
            FlagRule.PLAQUE_WON,
            FlagRule.PLAQUE_LOST,
            FlagRule.NODE_FELL,
            FlagRule.NODE_FELL,
            FlagRule.PLAQUE_REGAINED,
            FlagRule.IMPROVEMENT_STREAK);
    // the split indicator breaks; the principles, kept under their ids, do not
    assertThat(h.nodes().stream().filter(NodeSeries::hasBreak).map(NodeSeries::nodeId))
        .containsExactly("G3.2a", "G3.2b", "G3.2");
  }
}
