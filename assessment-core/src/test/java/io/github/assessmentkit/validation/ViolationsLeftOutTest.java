package io.github.assessmentkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Violations past a report's limit are counted, not built: the validator makes neither the path nor
 * the message in two languages of a violation it does not keep.
 */
class ViolationsLeftOutTest {
  private static final int RATINGS = 200_001;

  /**
   * The bytes this thread has allocated so far, as the JVM counts them; looked up by name, since
   * the module under test does not read the management modules.
   */
  private static long allocated() {
    try {
      Object threads =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      return (Long)
          Class.forName("com.sun.management.ThreadMXBean")
              .getMethod("getCurrentThreadAllocatedBytes")
              .invoke(threads);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void two_hundred_thousand_violations_past_the_limit_are_counted_without_building_their_text() {
    // given 200,001 ratings of indicator 1.1 (one rating object, listed again and again): each
    // after the first is rated twice, 200,000 violations of rule rating.one-per-indicator
    Rubric rubric = MiniRubrics.award();
    Rating one = Rating.of("1.1", 35);
    AssessmentBuilder b = MiniRubrics.assessmentOf(rubric);
    for (int i = 0; i < RATINGS; i++) {
      b.rating(one);
    }
    Assessment assessment = b.build();
    AssessmentValidator.validate(rubric, assessment, 10); // warm up, so the count below is steady

    // when validated keeping 10
    long before = allocated();
    ValidationReport report = AssessmentValidator.validate(rubric, assessment, 10);
    long used = allocated() - before;

    // then 10 kept and 200,000 - 10 = 199,990 counted
    List<Violation> violations = report.violations();
    assertThat(violations).hasSize(11);
    assertThat(violations.get(0).rule()).isEqualTo("rating.one-per-indicator");
    assertThat(violations.get(0).path()).isEqualTo("/ratings/1/indicator");
    assertThat(violations.get(10).value()).isEqualTo("199990");
    // building one such violation takes its path ("/ratings/123456/indicator", 25 characters),
    // two messages (Thai and English, about 40 characters each, Thai at two bytes a character),
    // the strings they are joined from and the violation itself: some 300 bytes or more, so
    // 200,000 of them pass 60,000,000 bytes; counting one takes only the small object that would
    // make it. The checks of a rating that pass allocate a few small objects, so 200,001 ratings
    // stay under 200,001 x 200 = 40,000,200 bytes.
    assertThat(used).as("bytes allocated").isLessThan(RATINGS * 200L);
  }
}
