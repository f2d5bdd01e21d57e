package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.migration.MigrationEntry;
import io.github.assessmentkit.migration.MigrationOutcome;
import io.github.assessmentkit.migration.MigrationReport;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every document goes to a caller's stream as the UTF-8 of the characters it gives a caller's
 * writer; both are flushed, never closed, and a writer is held to the same byte limit as a stream,
 * counting the bytes of UTF-8 each character makes.
 */
class WritingTargetsTest {
  private final AssessmentJson json = AssessmentJson.standard();

  /** A stream that records whether it was closed. */
  private static final class Kept extends ByteArrayOutputStream {
    private boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  private static MigrationReport report(String reason) {
    return new MigrationReport(
        RubricRef.parse("a@1"),
        RubricRef.parse("a@2"),
        List.of(
            new MigrationEntry(
                MigrationOutcome.KEPT, List.of("1.1"), "1.1", Text.of(reason, "kept"))));
  }

  @Test
  void a_migration_report_a_plan_review_and_suggestions_go_to_a_stream_as_their_characters() {
    // given
    MigrationReport report = report("คงไว้ตามเดิม");
    Kept a = new Kept();
    Kept b = new Kept();
    Kept c = new Kept();

    // when
    json.write(report, a);
    json.write(PlanSamples.review(), b);
    json.write(PlanSamples.suggestions(), c);

    // then
    assertThat(a.toString(StandardCharsets.UTF_8)).isEqualTo(json.writeString(report));
    assertThat(b.toString(StandardCharsets.UTF_8))
        .isEqualTo(json.writeString(PlanSamples.review()));
    assertThat(c.toString(StandardCharsets.UTF_8))
        .isEqualTo(json.writeString(PlanSamples.suggestions()));
    assertThat(json.readMigrationReport(a.toByteArray())).isEqualTo(report);
    assertThat(json.readPlanReview(b.toByteArray())).isEqualTo(PlanSamples.review());
    assertThat(json.readSuggestions(c.toByteArray())).isEqualTo(PlanSamples.suggestions());
    assertThat(List.of(a.closed, b.closed, c.closed)).containsOnly(false);
  }

  @Test
  void a_buffered_stream_and_a_buffered_writer_are_flushed_by_the_write_itself() {
    // given: buffers far larger than the document, which hold it until flushed
    MigrationReport report = report("คงไว้ตามเดิม");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter chars = new StringWriter();
    BufferedOutputStream stream = new BufferedOutputStream(bytes, 1 << 16);
    BufferedWriter writer = new BufferedWriter(chars, 1 << 16);

    // when
    json.write(report, stream);
    json.write(report, writer);

    // then: the whole document reached what the buffers wrap, without a flush by the caller
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json.writeString(report));
    assertThat(chars.toString()).isEqualTo(json.writeString(report));
  }

  @Test
  void a_writer_counts_one_two_three_and_four_bytes_as_utf8_makes_them() {
    // given: U+007F and U+0080 (one and two bytes), U+07FF and U+0800 (two and three bytes),
    // U+1F600 as a surrogate pair (four bytes); 1 + 2 + 2 + 3 + 4 = 12 bytes for 6 characters
    String edges = "\u007f\u0080\u07ff\u0800\uD83D\uDE00";
    MigrationReport report = report(edges);
    String document = json.writeString(report);
    int utf8 = document.getBytes(StandardCharsets.UTF_8).length;
    assertThat(utf8 - document.replace(edges, "").length()).isEqualTo(12);

    // when
    AssessmentJson exact = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxDocumentBytes(utf8));
    AssessmentJson short1 = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxDocumentBytes(utf8 - 1));
    StringWriter out = new StringWriter();
    exact.write(report, out);
    InvalidValueException refused =
        catchThrowableOfType(
            InvalidValueException.class, () -> short1.write(report, new StringWriter()));

    // then
    assertThat(out.toString()).isEqualTo(document);
    assertThat(refused).isNotNull();
    assertThat(refused.getMessage(Language.EN))
        .startsWith(
            "the document to be written is larger than the limit of "
                + (utf8 - 1)
                + " bytes that this codec reads, so writing stopped");
    assertThat(refused.getMessage(Language.TH))
        .startsWith("เอกสารที่จะเขียนมีขนาดเกิน " + (utf8 - 1) + " ไบต์");
  }
}
