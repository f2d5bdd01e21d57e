package io.github.assessmentkit.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The note a derived rubric's error carries lists every change the derivation made at the node, in
 * the order made, separated by commas; a change without details reads as the call alone.
 */
class DerivationNotesTest {
  private final Rubric award = MiniRubrics.award();

  @Test
  void two_changes_under_one_node_are_both_named_and_a_plain_modify_is_the_call_alone() {
    // category 1 keeps its 60 points from mini-award@1; 1.2 is reweighted to 15 and 1.1 modified
    // to 35 points: 35 + 15 = 50, not 60. Both changes were made under '1', reweight first.
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(
            () ->
                Rubric.from(award)
                    .version("2")
                    .reweight("1.2", 15)
                    .modify("1.1", c -> c.points(35))
                    .build())
        .withMessage(
            "the points of the children of '1' add up to 50, not 60"
                + " (the 60 of '1' from the base set mini-award@1;"
                + " changed by this derivation: reweight('1.2') gave it 15 fixed points,"
                + " modify('1.1'))")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo(
                        "คะแนนของเกณฑ์ย่อยภายใต้ '1' รวมได้ 50 แต่ต้องเท่ากับ 60"
                            + " (คะแนนเต็ม 60 ของ '1' มาจากเกณฑ์ชุดต้นแบบ mini-award@1;"
                            + " เปลี่ยนในการดัดแปลงนี้: reweight('1.2') ให้คะแนนเต็ม 15,"
                            + " modify('1.1'))"));
  }
}
