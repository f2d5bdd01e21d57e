package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Writing to a caller's {@link Writer} gives the same characters as writing UTF-8 to a stream, and
 * leaves the writer open.
 */
class WriterOutputTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final Rubric rubric = json.readRubric(Resources.open("examples/rubric-mini.json"));

  /** A writer that records whether it was closed. */
  private static final class Watched extends StringWriter {
    private boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void a_rubric_written_to_a_writer_is_the_document_written_to_a_stream() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(rubric, bytes);
    Watched chars = new Watched();

    // when
    json.write(rubric, chars);

    // then
    assertThat(chars.toString()).isEqualTo(bytes.toString(StandardCharsets.UTF_8));
    assertThat(chars.closed).isFalse();
    assertThat(json.readRubric(chars.toString())).isEqualTo(rubric);
    assertThat(json.writeString(rubric)).isEqualTo(chars.toString());
  }

  @Test
  void an_assessment_written_to_a_writer_reads_back_equal() {
    // given
    Assessment a = json.readAssessment(BadInputCorpusTest.minimal());
    StringWriter chars = new StringWriter();

    // when
    json.write(a, chars);

    // then
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(a, bytes);
    assertThat(chars.toString()).isEqualTo(bytes.toString(StandardCharsets.UTF_8));
    assertThat(json.readAssessment(chars.toString())).isEqualTo(a);
  }
}
