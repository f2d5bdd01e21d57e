package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/** The messages of a cohort, word for word in both languages. */
class CohortMessagesTest {

  @Test
  void a_summary_that_does_not_belong() {
    assertThat(CohortMessages.otherRubric("coop-1", "cqa@2", "cqa@1"))
        .isEqualTo(
            Text.of(
                "องค์กร coop-1 ประเมินตามเกณฑ์ cqa@2 ไม่ใช่ cqa@1",
                "organisation coop-1 was scored against cqa@2, not cqa@1"));
    assertThat(CohortMessages.otherNodes("coop-1", "cqa@1"))
        .isEqualTo(
            Text.of(
                "รายการเกณฑ์ในสรุปผลขององค์กร coop-1 ไม่ตรงกับเกณฑ์ cqa@1",
                "the nodes of organisation coop-1's summary are not those of cqa@1"));
    assertThat(CohortMessages.unknownOutcome("coop-1", "tqa", "gold"))
        .isEqualTo(
            Text.of(
                "องค์กร coop-1: tqa ไม่มีขั้นหรือระดับรางวัล gold",
                "organisation coop-1: tqa has no rung or tier gold"));
  }

  @Test
  void what_separated_two_neighbours() {
    assertThat(
            CohortMessages.separated(
                "coop-1", Text.of("ร้อยละของ 1", "percent of 1"), "65.00", "60.00", 1))
        .isEqualTo(
            Text.of(
                "ต่ำกว่า coop-1 ด้วยเกณฑ์ตัดสินเสมอลำดับที่ 1 ร้อยละของ 1: 65.00 > 60.00",
                "below coop-1 on tie-break 1, percent of 1: 65.00 > 60.00"));
    assertThat(CohortMessages.separated("coop-1", CohortMessages.total(), "700.00", "650.00", 0))
        .isEqualTo(
            Text.of(
                "ต่ำกว่า coop-1 ด้วยคะแนนรวม: 700.00 > 650.00",
                "below coop-1 on total: 700.00 > 650.00"));
  }

  @Test
  void plaques_and_pairs() {
    assertThat(CohortMessages.plaques(5, 7, 5, null, false))
        .isEqualTo(
            Text.of(
                "ผ่านเกณฑ์ 7 แห่ง มอบโล่ 5 แห่ง (จำกัด 5)",
                "7 qualify, 5 receive a plaque (cap 5)"));
    assertThat(
            CohortMessages.pair(
                "1", "coop-1", "80.00", "coop-9", "30.00", CohortMessages.sameProvince()))
        .isEqualTo(
            Text.of(
                "coop-1 (80.00 %) เป็นพี่เลี้ยงให้ coop-9 (30.00 %) ในเกณฑ์ 1: จังหวัดเดียวกัน"
                    + " (ไม่มีผู้นำประเภทเดียวกันในจังหวัดที่ยังรับได้)",
                "coop-1 (80.00 %) teaches coop-9 (30.00 %) in 1: same province (no leader of the"
                    + " same type in the province has room)"));
  }
}
