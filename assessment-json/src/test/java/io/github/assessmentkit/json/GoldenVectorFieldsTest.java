package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fields of a golden vector that hold text refuse blank text and, where a value is needed,
 * null; an expectation of an indicator must expect something. Each problem stands at its pointer.
 */
class GoldenVectorFieldsTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final String assessment =
      json.writeString(
          MiniRubrics.assessmentOf(MiniRubrics.award()).rating(Rating.of("1.1", 70)).build());

  private List<Violation> refused(String id, String rest) {
    String doc =
        "{\"format\": \"assessmentkit/golden-vector\", \"formatVersion\": 1, \"id\": "
            + id
            + ", \"assessment\": "
            + assessment
            + ", "
            + rest
            + "}";
    JsonFormatException e =
        catchThrowableOfType(() -> json.readGoldenVector(doc), JsonFormatException.class);
    assertThat(e).isNotNull();
    return e.report().violations();
  }

  @Test
  void a_blank_id_or_strategy_is_refused() {
    assertThat(refused("\" \"", "\"strategy\": \" \", \"expected\": {\"total\": 28}"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/id", "value.not-blank"), tuple("/strategy", "value.not-blank"));
  }

  @Test
  void a_level_that_is_null_or_blank_is_refused() {
    assertThat(
            refused(
                "\"v\"", "\"expected\": {\"total\": 28, \"levels\": {\"a\": null, \"b\": \" \"}}"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/expected/levels/a", "value.required"),
            tuple("/expected/levels/b", "value.not-blank"));
  }

  @Test
  void an_indicator_expecting_nothing_is_refused() {
    List<Violation> found =
        refused("\"v\"", "\"expected\": {\"total\": 28, \"indicators\": {\"1.1\": {}}}");

    assertThat(found)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/expected/indicators/1.1", "vector.nothing-expected"));
    assertThat(found.get(0).message().en()).contains("indicator");
  }

  @Test
  void a_blank_tier_is_refused() {
    assertThat(
            refused(
                "\"v\"",
                "\"expected\": {\"total\": 28, \"awards\": {\"mini\": {\"tier\": \" \"}}}"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/expected/awards/mini/tier", "value.not-blank"));
  }

  @Test
  void a_total_that_is_missing_is_required() {
    assertThat(refused("\"v\"", "\"expected\": {\"percent\": 28}"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/expected/total", "value.required"));
  }
}
