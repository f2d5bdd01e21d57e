package io.github.assessmentkit.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RubricRefTest {

  @Test
  void reads_and_writes_id_at_version() {
    // when
    RubricRef ref = RubricRef.parse("cqa@2025.1");

    // then
    assertThat(ref.id()).isEqualTo("cqa");
    assertThat(ref.version()).isEqualTo("2025.1");
    assertThat(ref).hasToString("cqa@2025.1").isEqualTo(new RubricRef("cqa", "2025.1"));
  }

  @Test
  void refuses_text_that_is_not_id_at_version() {
    // when / then
    for (String bad : new String[] {"cqa", "@2025.1", "cqa@", "a@b@c"}) {
      assertThatThrownBy(() -> RubricRef.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("rubric reference must read id@version, was '" + bad + "'");
    }
    assertThatThrownBy(() -> new RubricRef("a@b", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rubric id and version cannot contain '@'");
  }
}
