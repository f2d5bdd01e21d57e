package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document that is not JSON, or not UTF-8, is refused with one violation at the root whose
 * message says what the parser met in plain words: the word or character it did not expect, a
 * control character that must be escaped, the byte or character where the encoding breaks, or the
 * limit a property name passes.
 */
class ParserComplaintsTest {
  private final AssessmentJson json = AssessmentJson.standard();

  private static Violation only(JsonFormatException e) {
    assertThat(e).isNotNull();
    List<Violation> all = e.report().violations();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private Violation refused(String document) {
    return only(
        catchThrowableOfType(() -> json.readAssessment(document), JsonFormatException.class));
  }

  private Violation refused(byte[] document) {
    return only(
        catchThrowableOfType(() -> json.readAssessment(document), JsonFormatException.class));
  }

  @Test
  void a_misspelt_word_is_quoted() {
    Violation v = refused("{\"id\": tru}");

    assertThat(v.rule()).isEqualTo("json.syntax");
    assertThat(v.message().get(Language.EN))
        .startsWith("not valid JSON")
        .endsWith(": unexpected word 'tru'");
  }

  @Test
  void an_unexpected_character_is_quoted() {
    Violation v = refused("{\"id\": @}");

    assertThat(v.rule()).isEqualTo("json.syntax");
    assertThat(v.message().get(Language.EN)).endsWith(": unexpected character '@'");
  }

  @Test
  void a_control_character_inside_a_string_is_named_by_its_code_point() {
    // U+0001 written as the raw character, not as the escape \u0001
    Violation v = refused("{\"id\": \"a\u0001b\"}");

    assertThat(v.rule()).isEqualTo("json.syntax");
    assertThat(v.message().get(Language.EN))
        .endsWith(": the control character U+0001 must be escaped inside a string");
  }

  @Test
  void another_complaint_keeps_the_parsers_first_line() {
    // \x is no JSON escape; the parser's own words name it
    Violation v = refused("{\"id\": \"a\\x\"}");

    assertThat(v.rule()).isEqualTo("json.syntax");
    assertThat(v.message().get(Language.EN))
        .contains("Unrecognized character escape 'x'")
        .doesNotContain("\n");
  }

  @Test
  void bytes_that_are_not_utf8_are_refused_at_the_first_bad_byte() {
    // {"id": "<FF>"}: the byte 0xFF stands at offset 8 ({ " i d " : space " = 8 bytes before it)
    byte[] inside = "{\"id\": \"?\"}".getBytes(StandardCharsets.US_ASCII);
    inside[8] = (byte) 0xFF;
    byte[] first = "?{}".getBytes(StandardCharsets.US_ASCII);
    first[0] = (byte) 0xFF;

    Violation late = refused(inside);
    Violation early = refused(first);

    assertThat(late.rule()).isEqualTo("json.encoding");
    assertThat(late.message().get(Language.EN))
        .isEqualTo("the document is not valid UTF-8 (at byte 8)");
    assertThat(early.message().get(Language.EN))
        .isEqualTo("the document is not valid UTF-8 (at byte 0)");
  }

  @Test
  void a_text_ending_in_half_a_surrogate_pair_is_refused_at_that_character() {
    // {"id": "a<D800>: the lone high surrogate is the text's last character, at index 9
    String text = "{\"id\": \"a\uD800";

    Violation v = refused(text);

    assertThat(v.rule()).isEqualTo("json.encoding");
    assertThat(v.message().get(Language.EN))
        .isEqualTo("the text holds an unpaired surrogate (at index 9) and cannot be UTF-8");
  }

  @Test
  void a_property_name_longer_than_the_string_limit_is_refused_as_a_name() {
    AssessmentJson short8 = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxStringLength(8));

    JsonFormatException e =
        catchThrowableOfType(
            () -> short8.readAssessment("{\"a-long-property-name\": 1}"),
            JsonFormatException.class);

    Violation v = only(e);
    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.message().get(Language.EN))
        .isEqualTo("a property name is longer than the limit of 8 characters");
  }
}
