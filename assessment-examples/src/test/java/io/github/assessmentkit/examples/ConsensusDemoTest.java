package io.github.assessmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the consensus demo and checks what it prints; every number is worked out again here. CQA
 * item points: 1.1 65, 1.2 50, 2.1 45, 2.2 45, 3.1 40, 3.2 45, 4.1 45, 4.2 45, 5.1 40, 5.2 45, 6.1
 * 40, 6.2 45, 7.1 120, 7.2 80, 7.3 80, 7.4 80, 7.5 90; bands 0,5 | 10..25 | 30..45 | 50..65 |
 * 70..85 | 90..100.
 */
class ConsensusDemoTest {

  private static List<String> printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsensusDemo.run(
        new PrintStream(bytes, true, StandardCharsets.UTF_8),
        Clock.fixed(ConsensusDemo.MEETING, ZoneOffset.UTC));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void prints_each_examiners_own_total() {
    // anong: 42.25 + 30.00 + 24.75 + 31.50 + 16.00 + 27.00 + 24.75 + 29.25 + 20.00 + 15.75 +
    // 22.00 + 18.00 + 54.00 + 52.00 + 36.00 + 44.00 + 58.50 = 545.75
    // boonmee: 45.50 + 32.50 + 24.75 + 22.50 + 10.00 + 27.00 + 22.50 + 27.00 + 18.00 + 18.00 +
    // 24.00 + 20.25 + 84.00 + 48.00 + 36.00 + 24.00 + 81.00 = 565.00
    // chanida: 45.50 + 22.50 + 22.50 + 29.25 + 24.00 + 24.75 + 24.75 + 31.50 + 20.00 + 13.50 +
    // 20.00 + 15.75 + 48.00 + 56.00 + 40.00 + 40.00 + 54.00 = 532.00
    assertThat(printed())
        .containsSubsequence(
            "สหกรณ์ออมทรัพย์พนักงานภูผาเงิน จำกัด / Phu Pha Ngoen Employees' Savings Cooperative Ltd.",
            "ปีงบประมาณ พ.ศ. 2566 / Fiscal year 2023 (B.E. 2566) · cqa@2025.1",
            "  anong (Anong Srisuk): 545.75 คะแนน / points",
            "  boonmee (Boonmee Chaiyo): 565.00 คะแนน / points",
            "  chanida (Chanida Phromma): 532.00 คะแนน / points");
  }

  @Test
  void lists_the_items_more_than_one_band_apart_with_the_median_proposed() {
    // 3.1: 40 (band 3), 25 (band 2), 60 (band 4): 2 bands; median of 25, 40, 60 = 40
    // 7.1: 45 (3), 70 (5), 40 (3): 2 bands; median 45. 7.5: 65 (4), 90 (6), 60 (4): 2; median 65
    // every other item is at most one band apart, e.g. 1.2: 60 (4), 65 (4), 45 (3) is not listed
    List<String> lines = printed();
    assertThat(lines)
        .containsSubsequence(
            "หัวข้อที่ผู้ตรวจประเมินให้คะแนนต่างกันเกินหนึ่งช่วง / Items where the examiners differ by"
                + " more than one band:",
            "  3.1 เสียงของสมาชิก / Voice of the member",
            "      anong 40%, boonmee 25%, chanida 60% → ห่าง 2 ช่วง / 2 bands apart;"
                + " เสนอ / proposed 40%",
            "      anong 45%, boonmee 70%, chanida 40% → ห่าง 2 ช่วง / 2 bands apart;"
                + " เสนอ / proposed 45%",
            "      anong 65%, boonmee 90%, chanida 60% → ห่าง 2 ช่วง / 2 bands apart;"
                + " เสนอ / proposed 65%");
    assertThat(lines.stream().filter(l -> l.contains("bands apart"))).hasSize(3);
    assertThat(lines).noneMatch(l -> l.startsWith("  1.2 "));
  }

  @Test
  void prints_the_two_overrides_with_who_when_and_why_and_the_trail() {
    // the first at the meeting's time, the second twenty minutes later; the 15 other items
    // (17 - 2) are confirmed in one go: 17 entries
    assertThat(printed())
        .containsSubsequence(
            "การเปลี่ยนค่าที่เสนอ / Overrides:",
            "  #1 3.1: 40% → 35% · fac-dara · 2023-06-15T03:00:00Z",
            "      เหตุผล: รับฟังสมาชิกเฉพาะในที่ประชุมใหญ่ ยังไม่มีการสำรวจสมาชิกรุ่นใหม่",
            "      Why: members are heard at the general meeting only; younger members have not"
                + " been surveyed",
            "  #2 7.1: 45% → 50% · fac-dara · 2023-06-15T03:20:00Z",
            "      Why: loan approval time has three years of data and is compared with the"
                + " provincial average",
            "ยืนยันตามที่เสนอ 15 หัวข้อ / 15 proposals confirmed as they stood",
            "บันทึกการตัดสิน 17 รายการ บันทึกเป็น JSON และอ่านกลับได้ตรงกัน: ใช่",
            "Trail of 17 entries saved as JSON and read back unchanged: yes");
  }

  @Test
  void scores_the_consensus_with_its_band_and_award() {
    // consensus: medians, with 3.1 at 35 and 7.1 at 50
    // 1: 70 % x 65 = 45.50 + 60 % x 50 = 30.00 -> 75.50 of 115 = 65.65 %
    // 2: 55 % x 45 = 24.75 + 65 % x 45 = 29.25 -> 54.00 of 90 = 60.00 %
    // 3: 35 % x 40 = 14.00 + 60 % x 45 = 27.00 -> 41.00 of 85 = 48.24 %
    // 4: 55 % x 45 = 24.75 + 65 % x 45 = 29.25 -> 54.00 of 90 = 60.00 %
    // 5: 50 % x 40 = 20.00 + 35 % x 45 = 15.75 -> 35.75 of 85 = 42.06 %
    // 6: 55 % x 40 = 22.00 + 40 % x 45 = 18.00 -> 40.00 of 85 = 47.06 %
    // 7: 50 % x 120 = 60.00 + 65 % x 80 = 52.00 + 45 % x 80 = 36.00 + 50 % x 80 = 40.00
    //    + 65 % x 90 = 58.50 -> 246.50 of 450 = 54.78 %
    // total 75.50 + 54.00 + 41.00 + 54.00 + 35.75 + 40.00 + 246.50 = 546.75: band 4 (476-575)
    // TQC Plus: 546.75 > 450, category 1 65.65 >= 50, and the Innovation theme holds (6.1 55,
    // category 2 60.00, 7.1 50 all >= 50); TQC Plus is the highest tier met (not > 650)
    assertThat(printed())
        .containsSubsequence(
            "== ผลฉันทามติ / Consensus [phu-pha-ngoen-cqa-2566-consensus] ==",
            "คะแนนรวม 546.75 จาก 1000",
            "Total: 546.75 of 1000",
            "  1 การนำองค์กร / Leadership: 75.50 (65.65 %)",
            "  3 ลูกค้า (สมาชิกและผู้มีส่วนได้ส่วนเสีย) / Customers (members, stakeholders): 41.00"
                + " (48.24 %)",
            "  7 ผลลัพธ์ / Results: 246.50 (54.78 %)",
            "ช่วงคะแนนรวม / Overall band: ช่วงที่ 4 ได้ผลและใช้ทั่วถึง (476–575) / Band 4, effective"
                + " and widely used (476–575)",
            "รางวัล / Award: รางวัลการบริหารสู่ความเป็นเลิศที่มีความโดดเด่นรายด้าน (TQC Plus) /"
                + " Thailand Quality Class Plus (TQC Plus)",
            "อ้างอิงการประเมินรายบุคคล / Links to the individual assessments:"
                + " phu-pha-ngoen-cqa-2566-anong, phu-pha-ngoen-cqa-2566-boonmee,"
                + " phu-pha-ngoen-cqa-2566-chanida");
  }
}
