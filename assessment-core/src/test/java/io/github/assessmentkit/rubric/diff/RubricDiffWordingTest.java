package io.github.assessmentkit.rubric.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/** The words of a rubric diff for nodes added and removed, at the top and under a parent. */
class RubricDiffWordingTest {

  @Test
  void nodes_added_and_removed_name_their_parent_when_they_have_one() {
    // given the mini award, and a version 2 that adds indicator 2.1b under 2.1, adds a top-level
    // criterion 3 of 10 points (110 in all), and removes the ladder "overall"
    Rubric v1 = MiniRubrics.award();
    Rubric v2 =
        Rubric.from(v1)
            .version("2")
            .addIndicator("2.1", MiniRubrics.band("2.1b"))
            .criterion(
                Criterion.builder("3", Text.of("นวัตกรรม", "Innovation"))
                    .points(10)
                    .indicator(MiniRubrics.band("3.1"))
                    .build())
            .removeLadder("overall")
            .totalPoints(110)
            .build();

    // when
    var described = RubricDiff.between(v1, v2).changes().stream().map(RubricChange::describe);

    // then
    assertThat(described)
        .contains(
            Text.of(
                "ตัวชี้วัด '2.1b' เพิ่มใหม่ ใต้ '2.1': How well does item 2.1b work?",
                "indicator '2.1b' added under '2.1': How well does item 2.1b work?"),
            Text.of("เกณฑ์ '3' เพิ่มใหม่: นวัตกรรม", "criterion '3' added: Innovation"),
            Text.of(
                "ลำดับขั้น 'overall' (Overall) ถูกนำออก", "ladder 'overall' (Overall) removed"));

    // and back from version 2 to 1, the same nodes are removed
    var back = RubricDiff.between(v2, v1).changes().stream().map(RubricChange::describe);
    assertThat(back)
        .contains(
            Text.of(
                "ตัวชี้วัด '2.1b' ถูกนำออก จาก '2.1': How well does item 2.1b work?",
                "indicator '2.1b' removed from '2.1': How well does item 2.1b work?"),
            Text.of("เกณฑ์ '3' ถูกนำออก: นวัตกรรม", "criterion '3' removed: Innovation"),
            Text.of("ลำดับขั้น 'overall' (Overall) เพิ่มใหม่", "ladder 'overall' (Overall) added"));
  }
}
