package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/** {@link DiffMessages#moved}: a node moved to or from the top level, in Thai and English. */
class DiffMovedMessageTest {

  @Test
  void a_criterion_moved_up_to_the_top_says_so_in_both_languages() {
    // from under '1' to the top
    assertThat(DiffMessages.moved(true, "1.2", "1", null))
        .isEqualTo(
            Text.of(
                "เกณฑ์ '1.2' ย้ายจาก '1' ไป (ระดับบนสุด)",
                "criterion '1.2' moved from '1' to (top)"));
  }

  @Test
  void an_indicator_moved_down_from_the_top_says_so_in_both_languages() {
    // from the top to under '2'
    assertThat(DiffMessages.moved(false, "2.1", null, "2"))
        .isEqualTo(
            Text.of(
                "ตัวชี้วัด '2.1' ย้ายจาก (ระดับบนสุด) ไป '2'",
                "indicator '2.1' moved from (top) to '2'"));
  }
}
