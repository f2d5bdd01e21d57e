package io.github.assessmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the JSON demo and checks what it prints. */
class JsonDemoTest {

  private static List<String> printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void reads_checks_scores_and_stores_the_sample_document() {
    // when
    List<String> lines = printed();

    // then the document names coop-governance@2025.1 and has no problem; its ratings are those
    // of the sample cooperative's governance self-assessment, worked out in DemoTest:
    // exactly 20 + 40/3 + 115/6 + 85/6 + 115/9 + 35/3 = 1640/18 = 91.111.. -> 91.11 of 100
    // (before, from rounded shares, 91.09), >= 90: outstanding
    assertThat(lines)
        .containsSubsequence(
            "อ่านเอกสาร / read: phu-pha-ngoen-employees-savings-governance-2566"
                + " → coop-governance@2025.1",
            "ปัญหา / problems: 0",
            "คะแนนรวม / total: 91.11 / 100.00 — ดีเด่น / Outstanding",
            "บันทึกผลเป็น JSON / scorecard stored as JSON, read back equal: true",
            "ฟิลด์ที่ไม่รู้จักยังอยู่ / unknown field officeNote kept: true");
  }

  @Test
  void reports_every_mistake_of_a_mistaken_document_and_does_not_score_it() {
    // when
    List<String> lines = printed();

    // then rating 1 (G1.2) takes level "5" on a 0-4 scale, and rating 2 names G1.9, which the
    // set lacks: two problems, each with its place, rule and message in both languages
    assertThat(lines)
        .containsSubsequence(
            "เอกสารที่ผิด / mistaken document: 2 problems",
            "  /ratings/1/value [rating.value-in-scale]",
            "    '5' ไม่ใช่ระดับของมาตรวัดนี้ (ระดับที่ใช้ได้: 0, 1, 2, 3, 4)",
            "    '5' is not a level of this scale (levels: 0, 1, 2, 3, 4)",
            "  /ratings/2/indicator [rating.indicator-exists]",
            "    เกณฑ์ coop-governance@2025.1 ไม่มีตัวชี้วัด 'G1.9'",
            "    rubric coop-governance@2025.1 has no indicator 'G1.9'",
            "ไม่คิดคะแนน / not scored: 2 problems reported");
    assertThat(lines).doesNotContain("scored (unexpected)");
  }
}
