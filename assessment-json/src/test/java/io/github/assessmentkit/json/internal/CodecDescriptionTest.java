package io.github.assessmentkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.json.JsonLimits;
import org.junit.jupiter.api.Test;

/** A codec describes itself by the limits it reads under, for messages. */
class CodecDescriptionTest {
  @Test
  void a_codec_is_described_by_its_limits() {
    JsonLimits small = JsonLimits.DEFAULTS.withMaxDocumentBytes(1000);

    assertThat(new Codec(small)).hasToString("Codec[" + small + "]");
    assertThat(new Codec(small).toString()).contains("1000");
  }
}
