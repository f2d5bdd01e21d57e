package io.github.assessmentkit.rubric.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/** A rubric whose figures become verified says so, in both languages, in its diff. */
class ProvenanceChangeWordingTest {

  @Test
  void a_source_checked_in_the_new_version_reads_unverified_then_verified() {
    // given the mini award (unverified, "test", "made up for tests") and a version 2 checked
    // against a manual
    Rubric v1 = MiniRubrics.award();
    Rubric v2 =
        Rubric.from(v1)
            .version("2")
            .provenance(
                Provenance.verified(
                    Text.of("คู่มือ", "the manual"),
                    Text.of("ตรวจทุกตัวเลข", "every figure checked")))
            .build();

    // when
    RubricDiff diff = RubricDiff.between(v1, v2);

    // then
    assertThat(diff.changes())
        .filteredOn(c -> c.target().equals("provenance"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.describe())
                    .isEqualTo(
                        Text.of(
                            "ที่มา: test (ยังไม่ได้ตรวจสอบ: made up for tests) → คู่มือ (ตรวจสอบแล้ว:"
                                + " ตรวจทุกตัวเลข)",
                            "provenance: test (unverified: made up for tests) → the manual"
                                + " (verified: every figure checked)")));
  }
}
