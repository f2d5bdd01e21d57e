package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Documents given as byte arrays read exactly as the same bytes given as a stream. */
class ByteArrayReadingTest {
  private final AssessmentJson json = AssessmentJson.standard();

  @Test
  void each_document_type_reads_the_same_from_bytes_as_from_a_stream() {
    // given the three example documents
    byte[] rubric = Resources.bytes("examples/rubric-mini.json");
    byte[] assessment = Resources.bytes("examples/assessment-mini.json");
    byte[] scorecard = Resources.bytes("examples/scorecard-mini.json");

    // when read from the arrays
    Rubric r = json.readRubric(rubric);
    Assessment a = json.readAssessment(assessment);
    Scorecard s = json.readScorecard(scorecard);

    // then each equals what the stream gives, and writes back the same bytes
    assertThat(r).isEqualTo(json.readRubric(new ByteArrayInputStream(rubric)));
    assertThat(a).isEqualTo(json.readAssessment(new ByteArrayInputStream(assessment)));
    assertThat(s).isEqualTo(json.readScorecard(new ByteArrayInputStream(scorecard)));
    assertThat(json.writeString(a))
        .isEqualTo(json.writeString(json.readAssessment(new ByteArrayInputStream(assessment))));
  }

  @Test
  void checking_an_assessment_from_bytes_gives_the_report_a_stream_gives() {
    // given the example rubric and a document that rates an indicator twice
    Rubric rubric = json.readRubric(Resources.bytes("examples/rubric-mini.json"));
    byte[] bad = Resources.bytes("bad/duplicate-rating.json");

    // when
    ValidationReport fromBytes = json.validateAssessment(rubric, bad);

    // then
    assertThat(fromBytes.isValid()).isFalse();
    assertThat(fromBytes).isEqualTo(json.validateAssessment(rubric, new ByteArrayInputStream(bad)));
  }

  @Test
  void an_array_longer_than_the_size_limit_is_refused_before_it_is_parsed() {
    // given a reader of documents up to 100 bytes and a 101-byte array (100 spaces and a brace,
    // not even JSON: the size is checked first)
    AssessmentJson small =
        AssessmentJson.builder().limits(JsonLimits.DEFAULTS.withMaxDocumentBytes(100)).build();
    byte[] tooLong = (" ".repeat(100) + "{").getBytes(StandardCharsets.UTF_8);

    // when
    Throwable thrown = catchThrowable(() -> small.readAssessment(tooLong));

    // then
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations().get(0).rule())
        .isEqualTo("json.limit");
  }
}
