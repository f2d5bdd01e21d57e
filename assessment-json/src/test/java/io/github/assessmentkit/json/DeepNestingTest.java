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
    String doc = nested(248);

    // when read on a thread with a 512 KiB stack, as small as a server's worker threads get
    SmallStack.Outcome<Rubric> outcome = SmallStack.run(() -> SmallStack.DEEPEST.readRubric(doc));

    // then
    assertThat(outcome.thrown()).isNull();
    assertThat(outcome.value().criterion("c247")).isPresent();
  }

  @Test
  void one_level_more_is_refused_at_the_limit_and_not_by_the_stack() {
    // given criteria nested 249 deep: the scale sits at level 502
    // when
    Throwable thrown = catchThrowable(() -> SmallStack.DEEPEST.readRubric(nested(249)));

    // then
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations().get(0).message().en())
        .isEqualTo("the document nests deeper than the limit of 500 levels");
  }
}
