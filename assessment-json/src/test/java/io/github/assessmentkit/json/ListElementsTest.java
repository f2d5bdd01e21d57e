package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each element of a list at fault is reported at its own place, with its own rule and value; and a
 * repeated key is reported as such even when the value after it is broken too.
 */
class ListElementsTest {
  private static final AssessmentJson JSON = AssessmentJson.standard();

  private static List<Violation> violations(String doc) {
    Throwable thrown = catchThrowable(() -> JSON.readAssessment(doc));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return ((JsonFormatException) thrown).report().violations();
  }

  private static String withRating(String rating) {
    return BadInputCorpusTest.minimal()
        .replace(
            "\"id\": \"a\",",
            "\"id\": \"a\", \"ratings\": [" + rating + "], \"assessors\": [], \"evidence\": [],");
  }

  @Test
  void every_bad_evidence_reference_is_reported_at_its_index_with_its_value() {
    // given references: a leading space, a zero-width space, null, a leading Thai tone mark, blank
    String doc =
        withRating(
            "{\"indicator\": \"1.1\", \"value\": 1,"
                + " \"evidence\": [\" e1\", \"e\\u200b2\", null, \"\\u0e48x\", \"\", \"ok\"]}");

    // when
    List<Violation> found = violations(doc);

    // then one violation per bad element, in document order; the valid "ok" adds none
    assertThat(found)
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(
            tuple("/ratings/0/evidence/0", "value.identifier-space", " e1"),
            tuple("/ratings/0/evidence/1", "value.identifier", "e\\u200b2"),
            tuple("/ratings/0/evidence/2", "value.required", null),
            tuple("/ratings/0/evidence/3", "value.identifier-mark", "\u0e48x"),
            tuple("/ratings/0/evidence/4", "value.not-blank", ""));
    assertThat(found.get(1).message().en())
        .isEqualTo(
            "evidence holds the invisible character U+200B; ids must look exactly as they are");
    assertThat(found.get(3).message().th())
        .isEqualTo("evidence ขึ้นต้นด้วยเครื่องหมายกำกับ U+0E48 ซึ่งต้องตามหลังอักษรตัวอื่น");
  }

  @Test
  void two_invisible_characters_in_two_references_are_each_named() {
    // given two references, one with U+200B and one with U+200D
    String doc =
        withRating(
            "{\"indicator\": \"1.1\", \"value\": 1, \"evidence\": [\"a\\u200bb\", \"c\\u200dd\"]}");

    // when
    List<Violation> found = violations(doc);

    // then each message names its own character
    assertThat(found)
        .extracting(v -> v.message().en())
        .containsExactly(
            "evidence holds the invisible character U+200B; ids must look exactly as they are",
            "evidence holds the invisible character U+200D; ids must look exactly as they are");
  }

  @Test
  void a_missing_strength_or_improvement_is_required_at_its_index() {
    // given null as the second strength and the first improvement
    String doc =
        withRating(
            "{\"indicator\": \"1.1\", \"value\": 1, \"strengths\": [\"x\", null],"
                + " \"improvements\": [null]}");

    // when
    List<Violation> found = violations(doc);

    // then
    assertThat(found)
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(
            tuple("/ratings/0/improvements/0", "value.required", null),
            tuple("/ratings/0/strengths/1", "value.required", null));
    assertThat(found.get(1).message().th()).isEqualTo("strengths ต้องระบุ");
    assertThat(found.get(1).message().en()).isEqualTo("strengths is required");
  }

  @Test
  void a_null_rating_is_reported_once_at_its_index() {
    // given a rating list whose second element is null
    String doc = withRating("{\"indicator\": \"1.1\", \"value\": 1}, null");

    // when
    List<Violation> found = violations(doc);

    // then the reader's type error stands alone: the missing element adds nothing at that place
    assertThat(found)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/ratings/1", "json.type"));
  }

  @Test
  void a_repeated_key_is_reported_even_when_its_value_is_broken() {
    // given "id" twice in the subject, the second time with the broken word tru
    String doc =
        "{\"format\": \"assessmentkit/assessment\", \"formatVersion\": 1,"
            + " \"subject\": {\"id\": \"x\", \"id\": tru}}";

    // when
    List<Violation> found = violations(doc);

    // then the key is named at the place the parser stopped: just after the second "id", whose
    // closing quote is the 86th character of the line, so column 87
    assertThat(found)
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/subject/id", "json.duplicate-key", "id"));
    assertThat(found.get(0).message().en())
        .isEqualTo("the property 'id' appears twice in one object at line 1, column 87");
  }
}
