package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/** The messages of assessments and the rubric's rules on them, word for word. */
class AssessmentMessagesTest {

  @Test
  void parts_of_an_assessment() {
    // when / then
    assertThat(AssessmentMessages.malformedSha256("e1"))
        .isEqualTo(
            Text.of(
                "sha256 ของหลักฐาน 'e1' ต้องเป็นเลขฐานสิบหกตัวพิมพ์เล็ก 64 หลัก",
                "sha256 of evidence e1 must be 64 lowercase hex digits"));
    assertThat(AssessmentMessages.twoValuesInOnePeriod("reserve", "FY2025"))
        .isEqualTo(
            Text.of(
                "ตัวชี้วัดเชิงปริมาณ 'reserve' มีสองค่าสำหรับ FY2025",
                "measure reserve has two values for FY2025"));
  }

  @Test
  void the_rubric_rules_and_the_summary_of_an_invalid_assessment() {
    // given
    Text first = AssessmentMessages.ratedTwice("G1.1");

    // when / then
    assertThat(first)
        .isEqualTo(
            Text.of(
                "ตัวชี้วัด 'G1.1' ถูกประเมินมากกว่าหนึ่งครั้ง",
                "indicator 'G1.1' is rated more than once"));
    assertThat(AssessmentMessages.invalidAssessment(1, "/ratings/3/indicator", first))
        .isEqualTo(
            Text.of(
                "การประเมินไม่ถูกต้อง 1 จุด; จุดแรก: /ratings/3/indicator"
                    + " ตัวชี้วัด 'G1.1' ถูกประเมินมากกว่าหนึ่งครั้ง",
                "the assessment is invalid in 1 place; first: /ratings/3/indicator"
                    + " indicator 'G1.1' is rated more than once"));
    assertThat(AssessmentMessages.invalidAssessment(2, "/rubric", first).en())
        .startsWith("the assessment is invalid in 2 places; ");
  }

  @Test
  void the_ratings_of_dimensions() {
    // when / then
    assertThat(AssessmentMessages.dimensionNotAPercentage("D", "120"))
        .isEqualTo(
            Text.of(
                "ผลการประเมินมิติ 'D' ต้องเป็นร้อยละตั้งแต่ 0 ถึง 100 แต่ได้รับ 120",
                "the rating of dimension 'D' must be a percentage from 0 to 100, was 120"));
    assertThat(AssessmentMessages.dimensionsNotRated("7.1", "45", java.util.List.of("C")))
        .isEqualTo(
            Text.of(
                "ตัวชี้วัด '7.1' ได้ร้อยละ 45 ซึ่งมากกว่า 0 แต่ยังไม่ได้ประเมินมิติ C"
                    + " เกณฑ์กำหนดให้ประเมินทุกมิติ",
                "indicator '7.1' is rated 45, above 0, but dimension C is not rated;"
                    + " the rubric requires every dimension"));
    assertThat(AssessmentMessages.noSuchDimension("1.1", "Q", java.util.List.of()).en())
        .isEqualTo("the scale of indicator '1.1' has no dimension 'Q' (dimensions: -)");
  }
}
