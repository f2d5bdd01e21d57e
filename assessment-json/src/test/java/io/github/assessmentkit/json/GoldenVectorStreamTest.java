package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A golden vector written to a stream is the same UTF-8 document as the one written to a string,
 * and reads back equal; a codec names its limits when printed.
 */
class GoldenVectorStreamTest {
  private final AssessmentJson json = AssessmentJson.standard();

  @Test
  void a_vector_written_to_a_stream_is_the_string_document_in_utf8() {
    // given a vector with a Thai title, whose assessment rates 1.1 70 %: 0.7 x 40 = 28
    GoldenVector v =
        new GoldenVector(
            "thai-title",
            Text.of("ผู้นำ", "Leaders"),
            MiniRubrics.assessmentOf(MiniRubrics.award()).rating(Rating.of("1.1", 70)).build(),
            null,
            new GoldenVector.Expected(
                new BigDecimal("28"), null, Map.of(), Map.of(), Map.of(), Map.of()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // when
    json.write(v, out);

    // then
    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(json.writeString(v)).contains("ผู้นำ");
    assertThat(json.readGoldenVector(out.toByteArray())).isEqualTo(v);
  }

  @Test
  void a_codec_names_its_limits() {
    JsonLimits shallow = JsonLimits.DEFAULTS.withMaxNestingDepth(7);

    assertThat(AssessmentJson.of(shallow).toString()).isEqualTo("AssessmentJson[" + shallow + "]");
  }
}
