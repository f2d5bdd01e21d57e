package io.github.assessmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {

  @Test
  void should_print_the_heading_in_thai_and_english() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // then
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("การประเมินสหกรณ์ / Cooperative assessment")
        .contains("cqa, coop-governance, internal-control");
  }
}
