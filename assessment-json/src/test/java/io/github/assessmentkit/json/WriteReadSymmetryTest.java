package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * What a codec writes, the same codec reads back equal: the scorecard of every rubric it reads
 * nests within its limit for scorecards, and a value past the byte or nesting limit is refused when
 * written, not when read back (see {@link JsonLimits}).
 */
class WriteReadSymmetryTest {
  private static final AssessmentJson JSON = AssessmentJson.standard();

  /** How deep a document nests, read without limits. */
  static int depth(String json) {
    JsonFactory free =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(100_000)
                    .maxDocumentLength(-1)
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();
    int depth = 0;
    int deepest = 0;
    try (JsonParser p = free.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isStructStart()) {
          deepest = Math.max(deepest, ++depth);
        } else if (t.isStructEnd()) {
          depth--;
        }
      }
    }
    return deepest;
  }

  /** The scorecard of a rubric read with the codec: its one indicator "i" rated partly met. */
  private static Scorecard scoreOf(Rubric rubric) {
    Assessment a =
        MiniRubrics.assessmentOf(rubric)
            .rating(Rating.of("i", RatingValue.choice("partial")))
            .build();
    return Scorer.standard().score(rubric, a);
  }

  private static Violation refusal(Runnable read) {
    Throwable thrown = catchThrowable(read::run);
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return ((JsonFormatException) thrown).report().violations().get(0);
  }

  @Test
  void the_scorecard_of_a_rubric_thirty_criteria_deep_reads_back_equal() {
    // given criteria nested 30 deep, the deepest the default 64 levels allow: root 1, criteria
    // array 2, criterion k's object 2k + 1 (61 for k = 30), indicators 62, indicator 63, scale 64
    String doc = DeepNestingTest.nested(30);
    assertThat(depth(doc)).isEqualTo(64);
    Rubric rubric = JSON.readRubric(doc);
    Scorecard card = scoreOf(rubric);

    // when
    String written = JSON.writeString(card);

    // then the scorecard nests one level more (criterion k at 2k + 2 under "root", its indicator
    // line's label at 2k + 5 = 65), and the same codec reads it back equal
    assertThat(depth(written)).isEqualTo(65);
    assertThat(JSON.readScorecard(written)).isEqualTo(card);
    assertThat(JSON.writeString(JSON.readScorecard(written))).isEqualTo(written);
  }

  @Test
  void the_scorecard_of_the_deepest_rubric_a_caller_may_allow_reads_back_on_a_small_stack() {
    // given the highest nesting limit, 500: criteria 248 deep (2 x 248 + 4 = 500), whose
    // scorecard nests 501 levels
    Rubric rubric = SmallStack.DEEPEST.readRubric(DeepNestingTest.nested(248));
    Scorecard card = scoreOf(rubric);
    String written = SmallStack.DEEPEST.writeString(card);
    assertThat(depth(written)).isEqualTo(501);

    // when read on a thread with a 512 KiB stack
    SmallStack.Outcome<Scorecard> outcome =
        SmallStack.run(() -> SmallStack.DEEPEST.readScorecard(written));

    // then
    assertThat(outcome.thrown()).isNull();
    assertThat(outcome.value()).isEqualTo(card);
  }

  @Test
  void a_scorecard_deeper_than_its_limit_is_refused_when_read() {
    // given the scorecard of criteria nested 31 deep (2 x 31 + 5 = 67 levels), written by a codec
    // that reads such rubrics (2 x 31 + 4 = 66 levels)
    AssessmentJson deep = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxNestingDepth(66));
    String written = deep.writeString(scoreOf(deep.readRubric(DeepNestingTest.nested(31))));
    assertThat(depth(written)).isEqualTo(67);

    // when read with the defaults, whose scorecards may nest 64 + 1 = 65 levels
    Violation v = refusal(() -> JSON.readScorecard(written));

    // then
    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.message().en()).isEqualTo("the document nests deeper than the limit of 65 levels");
  }

  @Test
  void a_rubric_deeper_than_the_codec_reads_is_refused_when_written_with_a_clear_message() {
    // given criteria nested 31 deep (66 levels), read with a codec that allows them
    Rubric rubric =
        AssessmentJson.of(JsonLimits.DEFAULTS.withMaxNestingDepth(66))
            .readRubric(DeepNestingTest.nested(31));

    // when written with the defaults, which read rubrics of 64 levels
    Throwable thrown = catchThrowable(() -> JSON.writeString(rubric));

    // then
    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    assertThat(thrown.getMessage())
        .isEqualTo(
            "the document to be written nests deeper than the limit of 64 levels that this codec"
                + " reads, so writing stopped; write and read it with a codec whose"
                + " JsonLimits.maxNestingDepth is raised");
    assertThat(((InvalidValueException) thrown).text().get(Language.TH))
        .startsWith("เอกสารที่จะเขียนซ้อนกันลึกเกิน 64 ชั้น");
  }

  /** The example rubric, written without any layout: its smallest form. */
  private static byte[] compact() {
    String indented =
        JSON.writeString(JSON.readRubric(Resources.open("examples/rubric-mini.json")));
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < indented.length(); i++) {
      char c = indented.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(indented.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c != ' ' && c != '\n') {
        out.append(c);
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_rubric_read_compact_that_is_larger_written_indented_is_refused_when_written() {
    // given a codec whose byte limit is exactly the size of the compact example rubric, and the
    // size of the same rubric as the library writes it (indented, Thai text three bytes a letter)
    byte[] compact = compact();
    Rubric rubric = JSON.readRubric(compact);
    int indented = JSON.writeString(rubric).getBytes(StandardCharsets.UTF_8).length;
    assertThat(indented).isGreaterThan(compact.length);
    AssessmentJson tight =
        AssessmentJson.of(JsonLimits.DEFAULTS.withMaxDocumentBytes(compact.length));
    assertThat(tight.readRubric(compact)).isEqualTo(rubric);

    // when written as a string, to a writer and to a stream
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    Throwable asString = catchThrowable(() -> tight.writeString(rubric));
    Throwable toWriter = catchThrowable(() -> tight.write(rubric, new StringWriter()));
    Throwable toStream = catchThrowable(() -> tight.write(rubric, stream));

    // then each is refused, and nothing past the limit reached the stream
    String expected =
        "the document to be written is larger than the limit of "
            + compact.length
            + " bytes that this codec reads, so writing stopped; write and read it with a codec"
            + " whose JsonLimits.maxDocumentBytes is raised";
    for (Throwable t : new Throwable[] {asString, toWriter, toStream}) {
      assertThat(t).isInstanceOf(InvalidValueException.class).hasMessage(expected);
    }
    assertThat(stream.size()).isLessThanOrEqualTo(compact.length);
  }

  @Test
  void a_document_exactly_at_the_byte_limit_is_written_and_read_back_one_byte_less_is_refused() {
    // given the example rubric and the size of its document in bytes of UTF-8, last line end
    // included
    Rubric rubric = JSON.readRubric(Resources.open("examples/rubric-mini.json"));
    String written = JSON.writeString(rubric);
    int size = written.getBytes(StandardCharsets.UTF_8).length;
    AssessmentJson exact = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxDocumentBytes(size));
    AssessmentJson under = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxDocumentBytes(size - 1));

    // when / then: counted alike whether written as characters or as bytes
    assertThat(exact.writeString(rubric)).isEqualTo(written);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    exact.write(rubric, bytes);
    assertThat(bytes.toByteArray()).isEqualTo(written.getBytes(StandardCharsets.UTF_8));
    assertThat(exact.readRubric(written)).isEqualTo(rubric);
    assertThat(catchThrowable(() -> under.writeString(rubric)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(catchThrowable(() -> under.write(rubric, new ByteArrayOutputStream())))
        .isInstanceOf(InvalidValueException.class);
    assertThat(refusal(() -> under.readRubric(written)).rule()).isEqualTo("json.limit");
  }

  @Test
  void with_the_byte_limit_raised_the_larger_document_is_written_and_read_back_equal() {
    // given the rubric read from its compact form, and a codec that takes its indented form
    byte[] compact = compact();
    Rubric rubric = JSON.readRubric(compact);
    int indented = JSON.writeString(rubric).getBytes(StandardCharsets.UTF_8).length;
    AssessmentJson raised = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxDocumentBytes(indented));

    // when
    String written = raised.writeString(rubric);

    // then
    assertThat(raised.readRubric(written)).isEqualTo(rubric);
  }

  /** The longest string or property name of a document, in characters. */
  private static int longestString(String json) {
    int longest = 0;
    try (JsonParser p =
        JsonFactory.builder().build().createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME) {
          longest = Math.max(longest, p.getString().length());
        }
      }
    }
    return longest;
  }

  @Test
  void a_string_longer_than_the_codec_reads_is_refused_when_written() {
    // given the example rubric and the length of its longest string
    Rubric rubric = JSON.readRubric(Resources.open("examples/rubric-mini.json"));
    String written = JSON.writeString(rubric);
    int longest = longestString(written);
    AssessmentJson exact = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxStringLength(longest));
    AssessmentJson under = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxStringLength(longest - 1));

    // when / then: at the limit it is written and read back; one character less, it is refused
    // when written, as it would be when read
    assertThat(exact.writeString(rubric)).isEqualTo(written);
    assertThat(exact.readRubric(written)).isEqualTo(rubric);
    Throwable thrown = catchThrowable(() -> under.writeString(rubric));
    assertThat(thrown)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "a string of the document to be written is longer than the limit of "
                + (longest - 1)
                + " characters that this codec reads, so writing stopped; write and read it with a"
                + " codec whose JsonLimits.maxStringLength is raised");
    assertThat(refusal(() -> under.readRubric(written)).rule()).isEqualTo("json.limit");
  }
}
