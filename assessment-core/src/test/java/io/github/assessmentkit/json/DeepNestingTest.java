package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.rubric.Rubric;
import org.junit.jupiter.api.Test;

class DeepNestingTest {
  /** A rubric whose criteria nest {@code levels} deep, one leaf at the bottom. */
  static String nested(int levels) {
    StringBuilder b = new StringBuilder();
    b.append(
        "{\"format\": \"assessmentkit/rubric\", \"formatVersion\": 1, \"id\": \"deep\","
            + " \"version\": \"1\", \"title\": {\"en\": \"deep\"}, \"provenance\": {\"source\":"
            + " {\"en\": \"t\"}, \"verified\": false, \"note\": {\"en\": \"t\"}},"
            + " \"defaultStrategy\": \"points-sum\", \"criteria\": [");
    for (int i = 0; i < levels; i++) {
      b.append("{\"id\": \"c").append(i).append("\", \"title\": {\"en\": \"c\"}, \"points\": 10,");
      b.append(i == levels - 1 ? " \"indicators\": [" : " \"children\": [");
    }
    b.append(
        "{\"id\": \"i\", \"text\": {\"en\": \"i\"}, \"scale\": {\"type\": \"yes-partial-no\","
            + " \"partialCredit\": 0.5}}");
    b.append("]}".repeat(levels));
    b.append("]}");
    return b.toString();
  }

  @Test
  void the_deepest_nesting_a_caller_may_allow_reads_without_exhausting_the_stack() {
    // given a reader at the highest limit (500), and criteria nested 248 deep: the root object is
    // level 1, the criteria array 2, criterion k's object 2k + 1 (497 for k = 248), its indicators
    // array 498, the indicator 499 and its scale 500
    AssessmentJson deepest =
        AssessmentJson.builder()
            .limits(JsonLimits.DEFAULTS.withMaxNestingDepth(JsonLimits.MAX_NESTING_DEPTH))
            .build();

    String doc = nested(248);
    Rubric[] read = new Rubric[1];
    Throwable[] thrown = new Throwable[1];

    // when read on a thread with a 512 KiB stack, as small as a server's worker threads get
    Thread reader =
        new Thread(
            null,
            () -> thrown[0] = catchThrowable(() -> read[0] = deepest.readRubric(doc)),
            "reader",
            512 * 1024);
    reader.start();
    join(reader);

    // then
    assertThat(thrown[0]).isNull();
    assertThat(read[0].criterion("c247")).isPresent();
  }

  @Test
  void one_level_more_is_refused_at_the_limit_and_not_by_the_stack() {
    // given criteria nested 249 deep: the scale sits at level 502
    AssessmentJson deepest =
        AssessmentJson.builder()
            .limits(JsonLimits.DEFAULTS.withMaxNestingDepth(JsonLimits.MAX_NESTING_DEPTH))
            .build();

    // when
    Throwable thrown = catchThrowable(() -> deepest.readRubric(nested(249)));

    // then
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations().get(0).message().en())
        .isEqualTo("the document nests deeper than the limit of 500 levels");
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
