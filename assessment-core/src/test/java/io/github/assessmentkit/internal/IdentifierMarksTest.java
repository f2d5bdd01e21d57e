package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.internal.Identifiers.Fault;
import io.github.assessmentkit.internal.Identifiers.Problem;
import org.junit.jupiter.api.Test;

/** {@link Identifiers#problem}: the three kinds of leading mark and the first invisible one. */
class IdentifierMarksTest {

  @Test
  void a_leading_mark_of_any_of_the_three_kinds_is_a_mark_fault() {
    // U+0E31 Thai mai han-akat (Mn), U+0903 Devanagari visarga (Mc), U+20DD enclosing circle (Me)
    assertThat(Identifiers.problem("\u0E31ก")).isEqualTo(new Problem(Fault.MARK, 0x0E31));
    assertThat(Identifiers.problem("\u0903a")).isEqualTo(new Problem(Fault.MARK, 0x0903));
    assertThat(Identifiers.problem("\u20DDa")).isEqualTo(new Problem(Fault.MARK, 0x20DD));
  }

  @Test
  void a_mark_after_the_first_character_is_fine() {
    // กั: ก then U+0E31
    assertThat(Identifiers.problem("ก\u0E31")).isNull();
  }

  @Test
  void a_nul_character_first_among_invisible_ones_is_the_one_named() {
    // U+0000 comes before U+200B, and code point 0 is still the first found
    assertThat(Identifiers.problem("a\u0000b\u200Bc")).isEqualTo(new Problem(Fault.INVISIBLE, 0));
  }
}
