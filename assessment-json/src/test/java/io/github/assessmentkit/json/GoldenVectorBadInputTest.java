package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden-vector documents that cannot be read: each problem is reported with its JSON Pointer, rule
 * id and a message in Thai and English, as the codec reports the other documents; the assessment's
 * own problems stand under {@code /assessment}.
 */
class GoldenVectorBadInputTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final String assessment =
      json.writeString(
          MiniRubrics.assessmentOf(MiniRubrics.award()).rating(Rating.of("1.1", 70)).build());

  private String vector(String fields) {
    return "{\"format\": \"assessmentkit/golden-vector\", \"formatVersion\": 1" + fields + "}";
  }

  private String withAssessment(String rest) {
    return vector(", \"id\": \"v\", \"assessment\": " + assessment + ", " + rest);
  }

  private JsonFormatException refused(String document) {
    return catchThrowableOfType(() -> json.readGoldenVector(document), JsonFormatException.class);
  }

  @Test
  void a_document_that_is_not_json_or_of_another_type_gets_that_one_problem() {
    assertThat(refused("{\"format\": ").report().violations())
        .extracting(Violation::rule)
        .containsExactly("json.syntax");
    assertThat(refused(assessment).report().violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/format", "format.unknown"));
    assertThat(json.readGoldenVector(withAssessment("\"expected\": {\"total\": 28}")).id())
        .isEqualTo("v");
  }

  @Test
  void missing_and_unknown_fields_are_named_with_their_pointers() {
    // given no id, no expected, and "expect" misspelt
    String doc = vector(", \"assessment\": " + assessment + ", \"expect\": {\"total\": 28}");

    // when
    JsonFormatException e = refused(doc);

    // then
    assertThat(e.report().violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/expect", "json.unknown-field"),
            tuple("/expected", "value.required"),
            tuple("/id", "value.required"));
    assertThat(e.report().violations().get(0).message().get(Language.TH))
        .isEqualTo("ไม่รู้จักฟิลด์ 'expect' ในตำแหน่งนี้ (ตรวจการสะกด)");
  }

  @Test
  void each_expectation_is_checked_where_it_stands() {
    // given a total that is a string, a node expecting nothing, a status not known, a level that
    // is a number, an award without a tier and a name that is empty
    String doc =
        withAssessment(
            """
            "expected": {
              "total": "28",
              "nodes": {"1": {}},
              "indicators": {"1.1": {"status": "done"}},
              "levels": {"overall": 3},
              "awards": {"mini": {"namedConditionsHeld": [{}]}}
            }
            """);

    // when
    JsonFormatException e = refused(doc);

    // then
    assertThat(e.report().violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/expected/awards/mini/namedConditionsHeld/0", "text.required"),
            tuple("/expected/awards/mini/tier", "vector.tier-required"),
            tuple("/expected/indicators/1.1/status", "value.one-of"),
            tuple("/expected/levels/overall", "json.type"),
            tuple("/expected/nodes/1", "vector.nothing-expected"),
            tuple("/expected/total", "json.type"));
    assertThat(e.report().violations().get(1).message().get(Language.EN))
        .isEqualTo("needs a tier: the id of the tier expected, or null when no tier is reached");
    assertThat(e.report().violations().get(4).message().get(Language.TH))
        .isEqualTo(
            "ต้องระบุค่าที่คาดไว้ของโหนดอย่างน้อยหนึ่งค่า (earned, possible, percent หรือ applicable)");
  }

  @Test
  void a_blank_id_as_a_key_is_named_where_it_stands() {
    // given a node, a ladder and a scheme keyed by a blank id
    String doc =
        withAssessment(
            "\"expected\": {\"total\": 28, \"nodes\": {\" \": {\"earned\": 1}},"
                + " \"levels\": {\"\": \"good\"}, \"awards\": {\" \": {\"tier\": null}}}");

    // when
    JsonFormatException e = refused(doc);

    // then
    assertThat(e.report().violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/expected/awards/ ", "value.not-blank"),
            tuple("/expected/levels/", "value.not-blank"),
            tuple("/expected/nodes/ ", "value.not-blank"));
  }

  @Test
  void the_assessments_own_problems_stand_under_assessment() {
    // given an assessment whose first rating's value is true
    String doc =
        withAssessment("\"expected\": {\"total\": 28}")
            .replaceFirst("\"value\": 70", "\"value\": true");

    // when
    JsonFormatException e = refused(doc);

    // then
    assertThat(e.report().violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/assessment/ratings/0/value", "json.type"));
  }

  @Test
  void an_assessment_must_be_a_document_or_a_path_inside_the_folder() {
    String number = vector(", \"id\": \"v\", \"assessment\": 3, \"expected\": {\"total\": 28}");
    String outside =
        vector(", \"id\": \"v\", \"assessment\": \"../a.json\", \"expected\": {\"total\": 28}");
    String inside =
        vector(", \"id\": \"v\", \"assessment\": \"a/b.json\", \"expected\": {\"total\": 28}");

    assertThat(refused(number).report().violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/assessment", "json.type"));
    assertThat(refused(outside).report().violations())
        .extracting(Violation::path, Violation::rule, v -> v.message().get(Language.EN))
        .containsExactly(
            tuple(
                "/assessment",
                "vector.assessment-reference",
                "the path '../a.json' must be relative and stay inside the vector's folder"
                    + " (no leading /, no ..)"));
    // read without a location, a path cannot be followed
    assertThat(refused(inside).report().violations())
        .extracting(Violation::path, Violation::rule, v -> v.message().get(Language.EN))
        .containsExactly(
            tuple(
                "/assessment",
                "vector.assessment-reference",
                "the assessment 'a/b.json' cannot be found without the vector's location; read it"
                    + " with GoldenVectors.read(Path) or read(URL)"));
  }

  @Test
  void a_referenced_assessment_that_is_missing_or_malformed_is_named_with_its_own_pointer(
      @TempDir Path folder) throws IOException {
    // given
    Files.createDirectory(folder.resolve("assessments"));
    Files.writeString(
        folder.resolve("assessments/bad.json"),
        assessment.replaceFirst("\"value\": 70", "\"value\": true"));
    Path bad = folder.resolve("bad.json");
    Files.writeString(
        bad,
        vector(
            ", \"id\": \"v\", \"assessment\": \"assessments/bad.json\","
                + " \"expected\": {\"total\": 28}"));
    Path missing = folder.resolve("missing.json");
    Files.writeString(
        missing,
        vector(
            ", \"id\": \"v\", \"assessment\": \"assessments/none.json\","
                + " \"expected\": {\"total\": 28}"));

    // when
    GoldenVectorFormatException e =
        catchThrowableOfType(() -> GoldenVectors.read(bad), GoldenVectorFormatException.class);
    GoldenVectorFormatException gone =
        catchThrowableOfType(() -> GoldenVectors.read(missing), GoldenVectorFormatException.class);

    // then
    assertThat(e.report().violations())
        .extracting(Violation::path, Violation::rule, v -> v.message().get(Language.EN))
        .containsExactly(
            tuple(
                "/assessment",
                "json.type",
                "in the assessment file 'assessments/bad.json' /ratings/0/value: must be a number"
                    + " or a string, found true/false"));
    assertThat(gone.report().violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/assessment", "vector.assessment-reference"));
    assertThat(gone.source()).isEqualTo(missing.toString());
  }
}
