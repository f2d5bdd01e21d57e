package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The byte limit is inclusive, counts UTF-8 bytes rather than characters, and holds for a document
 * given as a string, as bytes or as a stream alike; text that cannot be UTF-8 is refused with the
 * index of the first unpaired surrogate; each stream limit is named in its own words.
 */
class DocumentSizeAndEncodingTest {
  private static AssessmentJson upTo(long bytes) {
    return AssessmentJson.of(JsonLimits.DEFAULTS.withMaxDocumentBytes(bytes));
  }

  /** The minimal assessment, padded with spaces after its closing brace to exactly n bytes. */
  private static String padded(String document, int n) {
    int have = document.getBytes(StandardCharsets.UTF_8).length;
    return document + " ".repeat(n - have);
  }

  private static Violation onlyViolation(Throwable thrown) {
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    var violations = ((JsonFormatException) thrown).report().violations();
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  private static String thaiNamed() {
    // the minimal document with the subject's English name "S" replaced by three Thai letters,
    // each one character but three bytes in UTF-8
    return BadInputCorpusTest.minimal().replace("{\"en\": \"S\"}", "{\"th\": \"กขค\"}");
  }

  @Test
  void a_document_of_exactly_the_limit_is_read_in_every_form() {
    // given the minimal document padded to 400 bytes and a reader of up to 400 bytes
    String doc = padded(BadInputCorpusTest.minimal(), 400);
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes).hasSize(400);
    AssessmentJson json = upTo(400);

    // then it is read from a string, from bytes and from a stream
    assertThat(json.readAssessment(doc).id()).isEqualTo("a");
    assertThat(json.readAssessment(bytes).id()).isEqualTo("a");
    assertThat(json.readAssessment(new ByteArrayInputStream(bytes)).id()).isEqualTo("a");
  }

  @Test
  void one_byte_over_the_limit_is_refused_in_every_form() {
    // given the minimal document padded to 401 bytes and a reader of up to 400 bytes
    String doc = padded(BadInputCorpusTest.minimal(), 401);
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    AssessmentJson json = upTo(400);

    // then each form is refused at the root, naming the limit of 400 bytes
    for (Throwable thrown :
        new Throwable[] {
          catchThrowable(() -> json.readAssessment(doc)),
          catchThrowable(() -> json.readAssessment(bytes)),
          catchThrowable(() -> json.readAssessment(new ByteArrayInputStream(bytes)))
        }) {
      Violation v = onlyViolation(thrown);
      assertThat(v.rule()).isEqualTo("json.limit");
      assertThat(v.path()).isEmpty();
      assertThat(v.message().en()).isEqualTo("the document is larger than the limit of 400 bytes");
      assertThat(v.message().th())
          .isEqualTo("เอกสารมีขนาดเกิน 400 ไบต์ ซึ่งเป็นขนาดสูงสุดที่รับได้");
    }
  }

  @Test
  void the_limit_counts_bytes_not_characters() {
    // given a document whose three Thai letters take 3 x 3 = 9 bytes but 3 characters: it has
    // 6 more bytes than characters
    String doc = thaiNamed();
    int chars = doc.length();
    int bytes = doc.getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).isEqualTo(chars + 6);

    // when the limit is its length in characters, then it is refused though its length fits
    Violation v = onlyViolation(catchThrowable(() -> upTo(chars).readAssessment(doc)));
    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.message().en())
        .isEqualTo("the document is larger than the limit of " + chars + " bytes");

    // and when the limit is its length in bytes, it is read
    assertThat(upTo(bytes).readAssessment(doc).subject().name().th()).isEqualTo("กขค");
  }

  @Test
  void an_unpaired_surrogate_is_refused_with_its_index() {
    // each text below is given as the whole document; the index is that of the first surrogate
    // without its pair: a lone high surrogate at the very end (0), one followed by a letter (0),
    // a lone low surrogate after a letter (1), a lone low one after a pair (2, the pair being
    // indexes 0 and 1), a high surrogate followed by a pair (0)
    assertThat(surrogateIndex("\ud800")).isEqualTo(0);
    assertThat(surrogateIndex("\ud800a")).isEqualTo(0);
    assertThat(surrogateIndex("a\udc00")).isEqualTo(1);
    assertThat(surrogateIndex("\ud83d\ude00\udc00")).isEqualTo(2);
    assertThat(surrogateIndex("\ud800\ud83d\ude00")).isEqualTo(0);
  }

  @Test
  void an_unpaired_surrogate_is_named_in_both_languages() {
    // given "{" then a lone high surrogate, at index 1
    Violation v =
        onlyViolation(catchThrowable(() -> AssessmentJson.standard().readAssessment("{\ud800")));

    assertThat(v.rule()).isEqualTo("json.encoding");
    assertThat(v.message().en())
        .isEqualTo("the text holds an unpaired surrogate (at index 1) and cannot be UTF-8");
    assertThat(v.message().th())
        .isEqualTo(
            "ข้อความมีอักขระ surrogate ที่ไม่มีคู่ (ตำแหน่ง 1) จึงเข้ารหัสเป็น UTF-8 ไม่ได้");
  }

  private static int surrogateIndex(String text) {
    Violation v =
        onlyViolation(catchThrowable(() -> AssessmentJson.standard().readAssessment(text)));
    assertThat(v.rule()).isEqualTo("json.encoding");
    String en = v.message().en();
    String at = en.substring(en.indexOf("(at index ") + "(at index ".length(), en.indexOf(')'));
    return Integer.parseInt(at);
  }

  @Test
  void a_string_longer_than_the_limit_is_named_as_a_string() {
    // given strings of at most 5 characters; "abcdef" has 6
    AssessmentJson json = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxStringLength(5));

    Violation v = onlyViolation(catchThrowable(() -> json.readAssessment("{\"a\": \"abcdef\"}")));

    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.message().en())
        .isEqualTo("a string in the document is longer than the limit of 5 characters");
  }

  @Test
  void a_property_name_longer_than_the_limit_is_named_as_a_name() {
    // given names of at most 5 characters; "abcdef" has 6
    AssessmentJson json = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxStringLength(5));

    Violation v = onlyViolation(catchThrowable(() -> json.readAssessment("{\"abcdef\": 1}")));

    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.message().en())
        .isEqualTo("a property name is longer than the limit of 5 characters");
  }

  @Test
  void a_number_written_too_long_is_named_as_a_number() {
    // given numbers of at most 3 characters; 12345 has 5
    AssessmentJson json = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxNumberLength(3));

    Violation v = onlyViolation(catchThrowable(() -> json.readAssessment("{\"a\": 12345}")));

    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.message().en())
        .isEqualTo("a number is written with more than the limit of 3 characters");
  }

  @Test
  void content_after_the_document_is_refused() {
    Violation v =
        onlyViolation(catchThrowable(() -> AssessmentJson.standard().readAssessment("{} {}")));

    assertThat(v.rule()).isEqualTo("json.syntax");
    assertThat(v.message().en())
        .startsWith("there is more content after the end of the JSON document");
  }
}
