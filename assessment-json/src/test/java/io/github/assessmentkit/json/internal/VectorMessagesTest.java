package io.github.assessmentkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The wording of a golden vector's reports: the place in a referenced file only when there is one,
 * one problem or several, the explanation of a mismatch in brackets, and a node's allotment only
 * when it has one; always in Thai and English.
 */
class VectorMessagesTest {
  private static final Text MISSING = Text.of("ต้องระบุ", "is required");

  @Test
  void a_problem_in_a_referenced_file_names_its_place_only_when_it_has_one() {
    Text at = VectorMessages.inReferenced("a/x.json", "/id", MISSING);
    Text whole = VectorMessages.inReferenced("a/x.json", "", MISSING);

    assertThat(at.get(Language.EN)).isEqualTo("in the assessment file 'a/x.json' /id: is required");
    assertThat(at.get(Language.TH)).isEqualTo("ในไฟล์แบบประเมิน 'a/x.json' /id: ต้องระบุ");
    assertThat(whole.get(Language.EN)).isEqualTo("in the assessment file 'a/x.json': is required");
    assertThat(whole.get(Language.TH)).isEqualTo("ในไฟล์แบบประเมิน 'a/x.json': ต้องระบุ");
  }

  @Test
  void an_unreadable_file_counts_one_problem_or_several() {
    assertThat(VectorMessages.unreadableFile("v.json", 1, MISSING).get(Language.EN))
        .isEqualTo("the golden vector file 'v.json' cannot be read: 1 problem; first: is required");
    assertThat(VectorMessages.unreadableFile("v.json", 2, MISSING).get(Language.EN))
        .isEqualTo(
            "the golden vector file 'v.json' cannot be read: 2 problems; first: is required");
    assertThat(VectorMessages.unreadableFile("v.json", 2, MISSING).get(Language.TH))
        .isEqualTo("อ่านไฟล์เวกเตอร์ทองคำ 'v.json' ไม่ได้ พบปัญหา 2 จุด; จุดแรก: ต้องระบุ");
  }

  @Test
  void a_mismatch_gives_its_explanation_in_brackets() {
    Text m =
        VectorMessages.mismatch(
            Text.of("คะแนนรวม", "total"), "28", "30", Text.of("ผลรวม", "the sum"));

    assertThat(m.get(Language.EN)).isEqualTo("total: expected 28, got 30 (the sum)");
    assertThat(m.get(Language.TH)).isEqualTo("คะแนนรวม: คาดไว้ 28 แต่ได้ 30 (ผลรวม)");
  }

  @Test
  void a_node_s_explanation_names_its_allotment_only_when_it_has_one() {
    Text with = VectorMessages.nodeExplanation("10 + 20 = 30", "40 of 100", "30 / 40 = 75.00");
    Text without = VectorMessages.nodeExplanation("10 + 20 = 30", "", "30 / 40 = 75.00");

    assertThat(with.get(Language.EN))
        .isEqualTo("calculation 10 + 20 = 30; allotment 40 of 100; percent 30 / 40 = 75.00");
    assertThat(with.get(Language.TH))
        .isEqualTo("การคำนวณ 10 + 20 = 30; การแบ่งคะแนนเต็ม 40 of 100; ร้อยละ 30 / 40 = 75.00");
    assertThat(without.get(Language.EN))
        .isEqualTo("calculation 10 + 20 = 30; percent 30 / 40 = 75.00");
    assertThat(without.get(Language.TH)).isEqualTo("การคำนวณ 10 + 20 = 30; ร้อยละ 30 / 40 = 75.00");
  }
}
