package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents within the byte limit, read and validated on a small heap: the build runs this
 * class alone in its own JVM with {@code -Xmx256m} (see this module's pom), where building every
 * element of these documents would exhaust the heap; each is refused with one {@code json.limit}
 * violation instead.
 */
class HostileMemoryTest {
  private static final Rubric RUBRIC =
      AssessmentJson.standard().readRubric(Resources.open("examples/rubric-mini.json"));

  /** An assessment whose ratings are {@code count} copies of {@code rating}. */
  private static byte[] ratings(String rating, int count) {
    String head =
        "{\"format\": \"assessmentkit/assessment\", \"formatVersion\": 1, \"id\": \"a\","
            + " \"subject\": {\"id\": \"s\", \"name\": {\"en\": \"S\"}, \"type\": \"savings\"},"
            + " \"rubric\": \"mini-json@1\", \"period\": {\"era\": \"BE\", \"fiscalYear\": 2566},"
            + " \"ratings\": [";
    byte[] one = (rating + ",").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + one.length * count);
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < count; i++) {
      out.write(one, 0, i == count - 1 ? one.length - 1 : one.length);
    }
    out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void assertRefusedAtTheLimit(List<Violation> violations) {
    // the 100,001st element, index 100,000, passes the default of 100,000 elements in one array
    assertThat(violations).hasSize(1);
    Violation v = violations.get(0);
    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.path()).isEqualTo("/ratings/100000");
    assertThat(v.message().en())
        .isEqualTo("an array in the document has more elements than the limit of 100000");
  }

  private static List<Violation> readRefusal(byte[] doc) {
    Throwable thrown =
        catchThrowable(
            () -> AssessmentJson.standard().readAssessment(new ByteArrayInputStream(doc)));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return ((JsonFormatException) thrown).report().violations();
  }

  @Test
  void a_million_empty_ratings_are_refused_when_read_and_when_validated() {
    // given 1,000,000 ratings written "{}," (3 bytes each, the last without its comma): about
    // 3,000,000 bytes, well within the 16 MiB (16,777,216 bytes) document limit
    byte[] doc = ratings("{}", 1_000_000);
    assertThat(doc.length).isBetween(3_000_000, 3_001_000);

    // when / then
    assertRefusedAtTheLimit(readRefusal(doc));
    assertRefusedAtTheLimit(AssessmentJson.standard().validateAssessment(RUBRIC, doc).violations());
  }

  @Test
  void half_a_million_ratings_of_one_indicator_are_refused_when_read_and_when_validated() {
    // given 500,000 ratings written {"indicator":"1.1","value":1}, (30 bytes each): about
    // 15,000,000 bytes, within the 16 MiB (16,777,216 bytes) document limit
    byte[] doc = ratings("{\"indicator\":\"1.1\",\"value\":1}", 500_000);
    assertThat(doc.length).isBetween(15_000_000, 15_001_000);

    // when / then
    assertRefusedAtTheLimit(readRefusal(doc));
    ValidationReport report = AssessmentJson.standard().validateAssessment(RUBRIC, doc);
    assertRefusedAtTheLimit(report.violations());
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void with_the_counts_raised_half_a_million_ratings_of_one_indicator_give_a_short_report() {
    // given the same 500,000 ratings and limits that let them through
    byte[] doc = ratings("{\"indicator\":\"1.1\",\"value\":1}", 500_000);
    AssessmentJson raised =
        AssessmentJson.builder()
            .limits(JsonLimits.DEFAULTS.withMaxArrayLength(1_000_000).withMaxRatings(1_000_000))
            .build();

    // when
    ValidationReport report = raised.validateAssessment(RUBRIC, doc);

    // then at most the default 1,000 violations are kept, and one last entry counts the rest
    List<Violation> violations = report.violations();
    assertThat(violations).hasSize(1_001);
    Violation more = violations.get(1_000);
    assertThat(more.rule()).isEqualTo("report.truncated");
    assertThat(Long.parseLong(more.value())).isPositive();
    assertThat(more.message().en()).isEqualTo("and " + more.value() + " more violations not shown");
    assertThat(report.isValid()).isFalse();
  }
}
