package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A golden vector's {@code assessment} is required, and is either an assessment document or a
 * relative path of plain segments inside the vector's folder; an expected indicator's values are an
 * object. Each refusal stands at the field's pointer and carries what was written.
 */
class GoldenVectorAssessmentFieldTest {
  private final AssessmentJson json = AssessmentJson.standard();

  private static String vector(String assessmentField, String expected) {
    return "{\"format\": \"assessmentkit/golden-vector\", \"formatVersion\": 1, \"id\": \"v\""
        + assessmentField
        + ", \"expected\": "
        + expected
        + "}";
  }

  private List<Violation> refused(String document) {
    JsonFormatException e =
        catchThrowableOfType(() -> json.readGoldenVector(document), JsonFormatException.class);
    assertThat(e).as("refused: %s", document).isNotNull();
    return e.report().violations();
  }

  @Test
  void a_vector_without_an_assessment_is_refused_at_assessment() {
    assertThat(refused(vector("", "{\"total\": 28}")))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/assessment", "value.required", null));
  }

  @Test
  void an_assessment_that_is_a_number_or_a_list_is_refused_with_what_was_written() {
    // a value node is quoted in the report; a list is not a value, so nothing is quoted
    assertThat(refused(vector(", \"assessment\": 3", "{\"total\": 28}")))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/assessment", "json.type", "3"));
    assertThat(refused(vector(", \"assessment\": [1]", "{\"total\": 28}")))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/assessment", "json.type", null));
  }

  @Test
  void a_path_that_leaves_the_folder_or_has_an_odd_segment_is_refused() {
    // blank; absolute; a backslash; a colon (a drive); an empty, "." or ".." segment
    for (String path :
        List.of(
            " ",
            "/a.json",
            "a\\\\b.json",
            "c:a.json",
            "a//b.json",
            "a/",
            "./a.json",
            "a/../b.json")) {
      assertThat(refused(vector(", \"assessment\": \"" + path + "\"", "{\"total\": 28}")))
          .as("path %s", path)
          .extracting(Violation::path, Violation::rule, v -> v.message().get(Language.EN))
          .containsExactly(
              tuple(
                  "/assessment",
                  "vector.assessment-reference",
                  // the message quotes the path as read: the JSON escape \\ is one backslash
                  "the path '"
                      + path.replace("\\\\", "\\")
                      + "' must be relative and stay inside the vector's folder"
                      + " (no leading /, no ..)"));
    }
  }

  @Test
  void expected_values_that_are_not_objects_are_refused_where_they_stand() {
    String assessment =
        json.writeString(
            MiniRubrics.assessmentOf(MiniRubrics.award()).rating(Rating.of("1.1", 70)).build());

    List<Violation> found =
        refused(
            vector(
                ", \"assessment\": " + assessment,
                "{\"total\": 28, \"nodes\": {\"1\": 5}, \"indicators\": {\"1.1\": \"x\"}}"));

    assertThat(found)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/expected/indicators/1.1", "json.type"),
            tuple("/expected/nodes/1", "json.type"));
  }
}
