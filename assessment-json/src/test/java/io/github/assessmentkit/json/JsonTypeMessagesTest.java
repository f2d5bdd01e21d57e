package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value of the wrong JSON type is reported at its own pointer as {@code json.type}, saying in
 * both languages what was expected and which of the six JSON types was found; the value itself is
 * shown when it is a scalar and left out when it is an object or an array.
 */
class JsonTypeMessagesTest {
  private final AssessmentJson json = AssessmentJson.standard();

  /** The minimal assessment with one rating whose value and evidence are given. */
  private static String withRating(String value, String evidence) {
    String minimal = BadInputCorpusTest.minimal();
    return minimal.substring(0, minimal.length() - 1)
        + ", \"ratings\": [{\"indicator\": \"1.1\", \"value\": "
        + value
        + ", \"evidence\": "
        + evidence
        + "}]}";
  }

  private Violation typeProblemAt(String document, String pointer) {
    JsonFormatException e =
        catchThrowableOfType(() -> json.readAssessment(document), JsonFormatException.class);
    assertThat(e).as("refused").isNotNull();
    List<Violation> at =
        e.report().violations().stream().filter(v -> v.path().equals(pointer)).toList();
    assertThat(at).as("violations at %s in %s", pointer, e.report()).hasSize(1);
    assertThat(at.get(0).rule()).isEqualTo("json.type");
    return at.get(0);
  }

  @Test
  void a_rating_value_that_is_an_object_names_an_object_and_shows_no_value() {
    Violation v = typeProblemAt(withRating("{}", "[]"), "/ratings/0/value");

    assertThat(v.message().en()).isEqualTo("must be a number or a string, found an object");
    assertThat(v.message().th()).isEqualTo("ต้องเป็น ตัวเลขหรือข้อความ แต่พบ ออบเจกต์");
    assertThat(v.value()).isNull();
  }

  @Test
  void a_rating_value_that_is_an_array_names_an_array() {
    Violation v = typeProblemAt(withRating("[1]", "[]"), "/ratings/0/value");

    assertThat(v.message().en()).isEqualTo("must be a number or a string, found an array");
    assertThat(v.message().th()).isEqualTo("ต้องเป็น ตัวเลขหรือข้อความ แต่พบ อาร์เรย์");
    assertThat(v.value()).isNull();
  }

  @Test
  void a_rating_value_that_is_true_names_true_or_false_and_shows_it() {
    Violation v = typeProblemAt(withRating("true", "[]"), "/ratings/0/value");

    assertThat(v.message().en()).isEqualTo("must be a number or a string, found true/false");
    assertThat(v.message().th())
        .isEqualTo("ต้องเป็น ตัวเลขหรือข้อความ แต่พบ ค่าจริง/เท็จ (true/false)");
    assertThat(v.value()).isEqualTo("true");
  }

  @Test
  void an_id_that_is_a_number_names_a_number_and_shows_it() {
    String doc = BadInputCorpusTest.minimal().replace("\"id\": \"a\"", "\"id\": 5");

    Violation v = typeProblemAt(doc, "/id");

    assertThat(v.message().en()).isEqualTo("must be a string, found a number");
    assertThat(v.message().th()).isEqualTo("ต้องเป็น ข้อความ (string) แต่พบ ตัวเลข");
    assertThat(v.value()).isEqualTo("5");
  }

  @Test
  void evidence_that_is_not_a_list_names_a_string() {
    Violation v = typeProblemAt(withRating("1", "\"e1\""), "/ratings/0/evidence");

    assertThat(v.message().en()).isEqualTo("must be an array, found a string");
    assertThat(v.value()).isEqualTo("e1");
  }

  @Test
  void an_evidence_id_that_is_not_a_string_is_named_by_its_index() {
    // given the second of two evidence ids is a number: index 1
    Violation v = typeProblemAt(withRating("1", "[\"e1\", 7]"), "/ratings/0/evidence/1");

    assertThat(v.message().en()).isEqualTo("must be a string, found a number");
    assertThat(v.value()).isEqualTo("7");
  }

  @Test
  void a_fiscal_year_must_be_a_whole_number() {
    String asText = BadInputCorpusTest.minimal().replace("2566}", "\"2566\"}");
    String withFraction = BadInputCorpusTest.minimal().replace("2566}", "2566.5}");

    Violation text = typeProblemAt(asText, "/period/fiscalYear");
    Violation fraction = typeProblemAt(withFraction, "/period/fiscalYear");

    assertThat(text.message().en()).isEqualTo("must be a whole number, found a string");
    assertThat(fraction.message().en()).isEqualTo("must be a whole number, found a number");
    assertThat(fraction.message().th()).isEqualTo("ต้องเป็น จำนวนเต็ม แต่พบ ตัวเลข");
    assertThat(fraction.value()).isEqualTo("2566.5");
  }

  @Test
  void a_subject_given_as_a_list_names_an_array() {
    String doc =
        BadInputCorpusTest.minimal()
            .replace(
                "{\"id\": \"s\", \"name\": {\"en\": \"S\"}, \"type\": \"savings\"}", "[\"s\"]");

    Violation v = typeProblemAt(doc, "/subject");

    assertThat(v.message().en()).isEqualTo("must be an object, found an array");
    assertThat(v.value()).isNull();
  }

  @Test
  void a_flag_that_is_not_true_or_false_names_its_type() {
    // the example rubric's provenance says "verified": false
    String rubric =
        new String(Resources.bytes("examples/rubric-mini.json"), StandardCharsets.UTF_8)
            .replaceFirst("\"verified\": false", "\"verified\": \"no\"");
    JsonFormatException e =
        catchThrowableOfType(() -> json.readRubric(rubric), JsonFormatException.class);

    assertThat(e.report().violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/provenance/verified");
              assertThat(v.rule()).isEqualTo("json.type");
              assertThat(v.value()).isEqualTo("no");
              assertThat(v.message().en()).isEqualTo("must be true or false, found a string");
            });
  }
}
