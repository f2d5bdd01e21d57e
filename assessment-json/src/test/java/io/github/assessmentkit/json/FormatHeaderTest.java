package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Before anything else, a document must be a JSON object that names a known format, the one the
 * caller asked for, and a format version from 1 up to the one this library reads; each way of
 * failing that is the document's only problem, at {@code /format} or {@code /formatVersion}, with
 * the value found shown as written.
 */
class FormatHeaderTest {
  private final AssessmentJson json = AssessmentJson.standard();

  private Violation onlyProblem(String document) {
    JsonFormatException e =
        catchThrowableOfType(() -> json.readAssessment(document), JsonFormatException.class);
    assertThat(e).as("refused: %s", document).isNotNull();
    List<Violation> violations = e.report().violations();
    assertThat(violations).as("%s", e.report()).hasSize(1);
    return violations.get(0);
  }

  private static String header(String format, String version) {
    return BadInputCorpusTest.minimal()
        .replace("\"format\": \"assessmentkit/assessment\"", "\"format\": " + format)
        .replace("\"formatVersion\": 1", "\"formatVersion\": " + version);
  }

  @Test
  void a_document_that_is_not_an_object_is_refused_at_the_root() {
    Violation v = onlyProblem("[1, 2]");

    assertThat(v.path()).isEmpty();
    assertThat(v.rule()).isEqualTo("json.type");
    assertThat(v.message().en())
        .isEqualTo("the document must be a JSON object with format and formatVersion");
  }

  @Test
  void a_format_missing_or_null_is_not_said() {
    String missing =
        BadInputCorpusTest.minimal().replace("\"format\": \"assessmentkit/assessment\",", "");
    for (String doc : List.of(missing, header("null", "1"))) {
      Violation v = onlyProblem(doc);
      assertThat(v.path()).isEqualTo("/format");
      assertThat(v.rule()).isEqualTo("format.unknown");
      assertThat(v.value()).isNull();
      assertThat(v.message().en())
          .isEqualTo(
              "the document does not say its format (for example \"assessmentkit/assessment\")");
    }
  }

  @Test
  void a_format_that_is_not_a_string_names_its_type() {
    Violation v = onlyProblem(header("7", "1"));

    assertThat(v.path()).isEqualTo("/format");
    assertThat(v.rule()).isEqualTo("json.type");
    assertThat(v.value()).isEqualTo("7");
    assertThat(v.message().en()).isEqualTo("must be a string, found a number");
  }

  @Test
  void an_unknown_format_lists_the_known_ones() {
    Violation v = onlyProblem(header("\"assessmentkit/report\"", "1"));

    assertThat(v.rule()).isEqualTo("format.unknown");
    assertThat(v.value()).isEqualTo("assessmentkit/report");
    assertThat(v.message().en())
        .isEqualTo(
            "unknown document type 'assessmentkit/report' (known: assessmentkit/rubric,"
                + " assessmentkit/assessment, assessmentkit/scorecard,"
                + " assessmentkit/golden-vector, assessmentkit/summaries,"
                + " assessmentkit/rubric-diff, assessmentkit/migration-mapping,"
                + " assessmentkit/migration-report, assessmentkit/consensus-trail,"
                + " assessmentkit/history, assessmentkit/action-plan, assessmentkit/plan-review,"
                + " assessmentkit/result-suggestions)");
  }

  @Test
  void a_known_format_other_than_the_one_asked_for_is_named_with_both() {
    Violation v = onlyProblem(header("\"assessmentkit/rubric\"", "1"));

    assertThat(v.rule()).isEqualTo("format.unknown");
    assertThat(v.message().en())
        .isEqualTo(
            "the document is of type 'assessmentkit/rubric', not the expected"
                + " 'assessmentkit/assessment'");
  }

  @Test
  void a_version_missing_or_null_is_not_said() {
    String missing = BadInputCorpusTest.minimal().replace(" \"formatVersion\": 1,", "");
    for (String doc : List.of(missing, header("\"assessmentkit/assessment\"", "null"))) {
      Violation v = onlyProblem(doc);
      assertThat(v.path()).isEqualTo("/formatVersion");
      assertThat(v.rule()).isEqualTo("format.version");
      assertThat(v.message().en()).isEqualTo("the document does not say its formatVersion");
    }
  }

  @Test
  void a_version_that_is_not_a_whole_number_from_1_is_shown_as_written() {
    // a string is shown in quotes, an object by its type, a number as written
    assertThat(badVersion("\"1\"")).isEqualTo("\"1\"");
    assertThat(badVersion("{}")).isEqualTo("an object");
    assertThat(badVersion("true")).isEqualTo("true");
    assertThat(badVersion("0")).isEqualTo("0");
    assertThat(badVersion("-1")).isEqualTo("-1");
    assertThat(badVersion("1.5")).isEqualTo("1.5");
  }

  private String badVersion(String version) {
    Violation v = onlyProblem(header("\"assessmentkit/assessment\"", version));
    assertThat(v.path()).isEqualTo("/formatVersion");
    assertThat(v.rule()).isEqualTo("format.version");
    String en = v.message().en();
    String prefix = "formatVersion must be a whole number from 1, found ";
    assertThat(en).startsWith(prefix);
    assertThat(v.value()).isEqualTo(en.substring(prefix.length()));
    return en.substring(prefix.length());
  }

  @Test
  void a_version_written_with_trailing_zeros_is_the_same_version() {
    // 1.0 is the whole number 1 written with one decimal place
    assertThat(json.readAssessment(header("\"assessmentkit/assessment\"", "1.0")).id())
        .isEqualTo("a");
  }

  @Test
  void a_newer_version_asks_for_a_newer_library() {
    // this library reads version 1; 2 is the next
    Violation v = onlyProblem(header("\"assessmentkit/assessment\"", "2"));

    assertThat(v.rule()).isEqualTo("format.version");
    assertThat(v.value()).isEqualTo("2");
    assertThat(v.message().en())
        .isEqualTo(
            "the document uses format version 2, newer than version 1 that this library reads;"
                + " upgrade the library");
  }
}
