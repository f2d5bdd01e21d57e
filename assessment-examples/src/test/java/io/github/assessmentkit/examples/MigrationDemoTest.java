package io.github.assessmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the migration demo and checks what it prints: the diff of the two CQA versions, the split of
 * item 6.1 carried to both halves, and the same total under the new version.
 */
class MigrationDemoTest {
  private static List<String> printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MigrationDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void lists_the_changes_of_the_new_version_in_both_languages() {
    // the version, the two new items and their indicators in tree order, then the removed one
    assertThat(printed())
        .containsSubsequence(
            "การเปลี่ยนแปลงจาก cqa@2025.1 เป็น cqa@2026.1 (6 รายการ)",
            "Changes from cqa@2025.1 to cqa@2026.1 (6)",
            "- rubric version: 2025.1 → 2026.1",
            "- criterion '6.1a' added under '6.1': Design of work processes",
            "- criterion '6.1b' added under '6.1': Management of work processes")
        .anySatisfy(
            l -> assertThat(l).startsWith("- indicator '6.1' removed from '6.1': Item 6.1"));
  }

  @Test
  void carries_item_6_1_to_both_halves_and_keeps_the_total() {
    // the sample cooperative rated 6.1 at 55 %: 40 × 55 % = 22.00 before; each half 20 × 55 % =
    // 11.00 after, so the total stays 551.50 (DemoTest works out the 551.50) and TQC Plus holds;
    // 16 of the 17 items are kept as they were, and 16 + 2 = 18 ratings are carried
    assertThat(printed())
        .containsSubsequence(
            "  SPLIT 6.1 → 6.1a: ยกมาจาก '6.1' ซึ่งถูกแยกเป็นหลายตัวชี้วัด / carried from '6.1',"
                + " which was split",
            "  SPLIT 6.1 → 6.1b: ยกมาจาก '6.1' ซึ่งถูกแยกเป็นหลายตัวชี้วัด / carried from '6.1',"
                + " which was split",
            "  ยกมาตามเดิม / carried as they were: 16",
            "  6.1: 22.00 → 6.1a 11.00 + 6.1b 11.00",
            "  migrated cqa: ยกมาจาก cqa@2025.1: ยกคะแนนมา 18 รายการ, ยังไม่ได้ประเมิน 0 ตัวชี้วัด /"
                + " migrated from cqa@2025.1: 18 ratings carried, 0 indicators left unrated")
        .anySatisfy(l -> assertThat(l).startsWith("cqa@2025.1: 551.50 คะแนน / points,"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("cqa@2026.1: 551.50 คะแนน / points,")
                    .endsWith("(TQC Plus)"));
  }
}
