package io.github.assessmentkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Extensions}: unknown JSON fields kept to be written back. */
class ExtensionsTest {

  @Test
  void no_fields_is_none_and_empty() {
    assertThat(Extensions.of(Map.of())).isSameAs(Extensions.NONE);
    assertThat(Extensions.NONE.isEmpty()).isTrue();
    assertThat(new Extensions(new HashMap<>()).isEmpty()).isTrue();
  }

  @Test
  void fields_are_kept_in_name_order_and_cannot_be_changed() {
    // given fields out of order in a mutable map
    Map<String, String> raw = new HashMap<>();
    raw.put("zeta", "1");
    raw.put("alpha", "{\"a\":true}");

    // when
    Extensions e = Extensions.of(raw);
    raw.put("beta", "2");

    // then: alpha before zeta; the later change does not reach them
    assertThat(e.isEmpty()).isFalse();
    assertThat(e.fields().keySet()).containsExactly("alpha", "zeta");
    assertThat(e.fields()).containsEntry("alpha", "{\"a\":true}");
    assertThat(e).isEqualTo(new Extensions(Map.of("zeta", "1", "alpha", "{\"a\":true}")));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> e.fields().put("beta", "2"));
  }

  @Test
  void the_fields_cannot_be_null() {
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new Extensions(null))
        .withMessage("fields cannot be null");
  }
}
