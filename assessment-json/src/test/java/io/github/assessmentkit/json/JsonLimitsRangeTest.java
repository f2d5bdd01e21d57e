package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Every limit takes each value of its documented range, both ends included, and refuses the values
 * just outside it, naming the limit and the value.
 */
class JsonLimitsRangeTest {
  private static final JsonLimits D = JsonLimits.DEFAULTS;

  @Test
  void the_document_size_is_from_1_byte_to_2147483639() {
    // Integer.MAX_VALUE - 8 = 2,147,483,647 - 8 = 2,147,483,639: the largest array a JVM makes
    assertThat(D.withMaxDocumentBytes(1).maxDocumentBytes()).isEqualTo(1);
    assertThat(D.withMaxDocumentBytes(2_147_483_639L).maxDocumentBytes()).isEqualTo(2_147_483_639L);
    assertThatThrownBy(() -> D.withMaxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentBytes must be from 1 to 2147483639, was 0");
    assertThatThrownBy(() -> D.withMaxDocumentBytes(2_147_483_640L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentBytes must be from 1 to 2147483639, was 2147483640");
  }

  @Test
  void the_nesting_depth_is_from_1_to_500() {
    assertThat(D.withMaxNestingDepth(1).maxNestingDepth()).isEqualTo(1);
    assertThat(D.withMaxNestingDepth(500).maxNestingDepth())
        .isEqualTo(JsonLimits.MAX_NESTING_DEPTH);
    assertThatThrownBy(() -> D.withMaxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be from 1 to 500, was 0");
  }

  @Test
  void each_count_is_1_or_more() {
    Map<String, IntFunction<JsonLimits>> counts =
        Map.of(
            "maxStringLength", D::withMaxStringLength,
            "maxNumberLength", D::withMaxNumberLength,
            "maxArrayLength", D::withMaxArrayLength,
            "maxRatings", D::withMaxRatings,
            "maxEvidence", D::withMaxEvidence,
            "maxCriteria", D::withMaxCriteria,
            "maxIndicators", D::withMaxIndicators,
            "maxViolations", D::withMaxViolations);
    counts.forEach(
        (name, with) -> {
          assertThat(with.apply(1)).as(name).isNotEqualTo(D);
          assertThatThrownBy(() -> with.apply(0))
              .as(name)
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessage(name + " must be 1 or more, was 0");
          assertThatThrownBy(() -> with.apply(-1))
              .as(name)
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessage(name + " must be 1 or more, was -1");
        });
  }

  @Test
  void each_count_set_is_the_one_read_back() {
    // each limit set to a value of its own: 2, 3, ... 9, so that no two can be confused
    JsonLimits set =
        D.withMaxStringLength(2)
            .withMaxNumberLength(3)
            .withMaxArrayLength(4)
            .withMaxRatings(5)
            .withMaxEvidence(6)
            .withMaxCriteria(7)
            .withMaxIndicators(8)
            .withMaxViolations(9);

    assertThat(set)
        .isEqualTo(
            new JsonLimits(D.maxDocumentBytes(), D.maxNestingDepth(), 2, 3, 4, 5, 6, 7, 8, 9));
  }
}
