package io.github.assessmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the demo and checks what it prints. The sample cooperative's CQA percentages are those of
 * the strong savings cooperative of the rubric module's golden vectors; the numbers are worked out
 * again here.
 */
class DemoTest {

  private static List<String> printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void prints_the_cqa_total_and_every_category_in_thai_and_english() {
    // when
    List<String> lines = printed();

    // then items: 1.1 70 % x 65 = 45.50, 1.2 65 % x 50 = 32.50 -> 78.00 of 115 = 67.83 %;
    // 2.1 55 % x 45 = 24.75, 2.2 70 % x 45 = 31.50 -> 56.25 of 90 = 62.50 %;
    // 3.1 40 % x 40 = 16.00, 3.2 60 % x 45 = 27.00 -> 43.00 of 85 = 50.59 %;
    // 4.1 55 % x 45 = 24.75, 4.2 65 % x 45 = 29.25 -> 54.00 of 90 = 60.00 %;
    // 5.1 50 % x 40 = 20.00, 5.2 35 % x 45 = 15.75 -> 35.75 of 85 = 42.06 %;
    // 6.1 55 % x 40 = 22.00, 6.2 40 % x 45 = 18.00 -> 40.00 of 85 = 47.06 %;
    // 7.1 45 % x 120 = 54.00, 7.2 65 % x 80 = 52.00, 7.3 45 % x 80 = 36.00, 7.4 55 % x 80 =
    // 44.00, 7.5 65 % x 90 = 58.50 -> 244.50 of 450 = 54.33 %;
    // total 78.00 + 56.25 + 43.00 + 54.00 + 35.75 + 40.00 + 244.50 = 551.50
    assertThat(lines)
        .contains(
            "สหกรณ์ออมทรัพย์พนักงานภูผาเงิน จำกัด / Phu Pha Ngoen Employees' Savings Cooperative Ltd.",
            "ปีงบประมาณ พ.ศ. 2566 / Fiscal year 2023 (B.E. 2566)",
            "คะแนนรวม CQA 551.50 จาก 1000",
            "CQA total: 551.50 of 1000",
            "  1 การนำองค์กร / Leadership: 78.00 / 115 (67.83 %)",
            "  3 ลูกค้า (สมาชิกและผู้มีส่วนได้ส่วนเสีย) / Customers (members, stakeholders):"
                + " 43.00 / 85 (50.59 %)",
            "  7 ผลลัพธ์ / Results: 244.50 / 450 (54.33 %)");
    assertThat(lines.stream().filter(l -> l.matches("  [1-7] .*"))).hasSize(7);
  }

  @Test
  void prints_the_band_and_the_award_with_its_reasons() {
    // when
    List<String> lines = printed();

    // then 551.50 > 475 and not > 575: band 4 (ranges unverified); not > 750 nor > 650; TQC Plus:
    // 551.50 > 450, category 1 67.83 >= 50, Customer theme: category 3 50.59 and 7.2 65 >= 50;
    // the theme is told by the name its condition carries, the only theme that held
    assertThat(lines)
        .contains(
            "ช่วงคะแนนรวม: ช่วงที่ 4 ได้ผลและใช้ทั่วถึง (476–575) (ช่วงคะแนนยังไม่ได้ตรวจสอบ)",
            "Overall band: Band 4, effective and widely used (476–575) (ranges unverified)",
            "รางวัล: รางวัลการบริหารสู่ความเป็นเลิศที่มีความโดดเด่นรายด้าน (TQC Plus)",
            "Award: Thailand Quality Class Plus (TQC Plus)",
            "  เหตุผล: คะแนนรวม = 551.50 > 450; ร้อยละของ 1 = 67.83 ≥ 50;"
                + " ด้านลูกค้า: ผ่านทุกเงื่อนไข",
            "  Why: total points = 551.50 > 450; percent of 1 = 67.83 ≥ 50;"
                + " Customer theme: all conditions hold");
  }

  @Test
  void prints_the_top_three_strengths_and_opportunities() {
    // when
    List<String> lines = printed();

    // then strengths, highest percent first, then most points: 1.1 70 % (45.50), 2.2 70 %
    // (31.50), 7.5 65 % (58.50, ahead of 7.2 52.00, 1.2 32.50 and 4.2 29.25)
    assertThat(lines)
        .containsSubsequence(
            "จุดแข็ง 3 อันดับแรก / Top 3 strengths:",
            "  1.1 การนำองค์กรโดยผู้นำระดับสูง / Senior leadership: 70.00 % (45.50 / 65.00)",
            "  2.2 การนำกลยุทธ์ไปปฏิบัติ / Strategy implementation: 70.00 % (31.50 / 45.00)",
            "  7.5 ผลลัพธ์ด้านการเงิน ตลาด และกลยุทธ์ / Financial, market and strategy results:"
                + " 65.00 % (58.50 / 90.00)");
    // OFIs, most points at stake first: 7.1 120 - 54.00 = 66.00, 7.3 80 - 36.00 = 44.00, 7.4 80
    // - 44.00 = 36.00 (then 7.5 31.50, 5.2 29.25 ...); 7.1 at 45 % reaching band 4 (50 %):
    // 0.50 x 120 = 60.00, 6.00 more; 7.4 at 55 % reaching band 5 (70 %): 56.00 - 44.00 = 12.00
    assertThat(lines)
        .containsSubsequence(
            "โอกาสในการปรับปรุง 3 อันดับแรก / Top 3 opportunities for improvement:",
            "  7.1 ผลลัพธ์ด้านผลิตภัณฑ์ บริการ และกระบวนการ / Product, service and process results:"
                + " 66.00 คะแนนที่ยังไม่ได้ / points at stake",
            "      ถึงช่วงคะแนนที่ 4 (ร้อยละ 50) จะได้เพิ่ม 6.00 คะแนน / reaching band 4 (50 %) would"
                + " add 6.00 points",
            "  7.3 ผลลัพธ์ด้านบุคลากร / Workforce results: 44.00 คะแนนที่ยังไม่ได้ / points at stake",
            "  7.4 ผลลัพธ์ด้านการนำองค์กรและการกำกับดูแล / Leadership and governance results: 36.00"
                + " คะแนนที่ยังไม่ได้ / points at stake",
            "      ถึงช่วงคะแนนที่ 5 (ร้อยละ 70) จะได้เพิ่ม 12.00 คะแนน / reaching band 5 (70 %) would"
                + " add 12.00 points");
  }

  @Test
  void prints_the_governance_level_and_the_plaque_decision() {
    // when
    List<String> lines = printed();

    // then, exactly (principles 20, 40/3, 20, 20, 40/3, 40/3 by weight 3:2:3:3:2:2; each earns
    // its points times the weighted mean of its indicators' fractions):
    // G1 all full marks = 20; G2 all full marks = 40/3;
    // G3 = 20 x (3x1 + 2x1 + 2x0.75 + 2x1 + 1x1 + 2x1) / 12 = 115/6 = 19.166.. (95.83 %);
    // G4 = 20 x (3x0.5 + 3x0.75 + 2x0.5 + 2x1 + 1x0.75 + 1x1) / 12 = 85/6 = 14.166.. (70.83 %);
    // G5 = 40/3 x (3x1 + 2x1 + 2x1 + 2x0.75 + 1x1 + 2x1) / 12 = 115/9 = 12.777.. (95.83 %);
    // G6 = 40/3 x (3x0.75 + 3x1 + 2x1 + 2x0.75 + 1x0.75 + 1x1) / 12 = 35/3 = 11.666.. (87.50 %);
    // total 1640/18 = 91.111.. -> 91.11 (before, from rounded shares, 91.09) >= 90: outstanding;
    // every principle >= 60 % (lowest G4 70.83, before 70.80) and G2.3 yes: plaque granted
    assertThat(lines)
        .contains(
            "คะแนนรวม 91.11 จาก 100 ระดับ ดีเด่น",
            "Total 91.11 of 100, level: Outstanding",
            "  ร้อยละของคะแนนรวม = 91.11 ≥ 90 / total percent = 91.11 ≥ 90",
            "โล่ประกาศเกียรติคุณสหกรณ์ที่มีธรรมาภิบาลดีเด่นระดับจังหวัด: ได้รับโล่",
            "Provincial plaque for outstanding good governance: Plaque granted",
            "  ✓ ร้อยละของ G4 = 70.83 ≥ 60 / percent of G4 = 70.83 ≥ 60",
            "  ✓ ร้อยละของ G2.3 = 100.00 ≥ 100 / percent of G2.3 = 100.00 ≥ 100");
    assertThat(lines.stream().filter(l -> l.startsWith("  ✓ "))).hasSize(8);
    assertThat(lines.stream().filter(l -> l.startsWith("  ✗ "))).isEmpty();
  }
}
