package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.internal.Identifiers.Fault;
import io.github.assessmentkit.internal.Identifiers.Problem;
import org.junit.jupiter.api.Test;

/** {@link Identifiers}: what is wrong with an id or a text, character by character. */
class IdentifierProblemsTest {

  @Test
  void printable_ascii_from_bang_to_tilde_is_fine() {
    assertThat(Identifiers.problem("!")).isNull();
    assertThat(Identifiers.problem("~")).isNull();
    assertThat(Identifiers.problem("a b")).isNull();
    assertThat(Identifiers.problem("เกณฑ์")).isNull();
  }

  @Test
  void only_white_space_is_blank() {
    assertThat(Identifiers.problem("  ")).isEqualTo(new Problem(Fault.BLANK, -1));
    assertThat(Identifiers.problem("\t\n")).isEqualTo(new Problem(Fault.BLANK, -1));
    // a non-breaking space is not white space to Java, but it is invisible
    assertThat(Identifiers.problem("\u00A0")).isEqualTo(new Problem(Fault.INVISIBLE, 0xA0));
  }

  @Test
  void white_space_at_either_end_is_a_space_fault() {
    assertThat(Identifiers.problem(" a")).isEqualTo(new Problem(Fault.SPACE, -1));
    assertThat(Identifiers.problem("a ")).isEqualTo(new Problem(Fault.SPACE, -1));
    assertThat(Identifiers.problem("a\t")).isEqualTo(new Problem(Fault.SPACE, -1));
  }

  @Test
  void a_leading_combining_mark_is_a_mark_fault_unless_it_is_ignorable() {
    // U+0301 combining acute accent; U+034F combining grapheme joiner is default ignorable
    assertThat(Identifiers.problem("\u0301a")).isEqualTo(new Problem(Fault.MARK, 0x301));
    assertThat(Identifiers.problem("\u034Fa")).isEqualTo(new Problem(Fault.INVISIBLE, 0x34F));
  }

  @Test
  void the_first_invisible_character_is_named() {
    // DEL U+007F, NUL U+0000, then U+200B before U+200C
    assertThat(Identifiers.problem("a\u007Fb")).isEqualTo(new Problem(Fault.INVISIBLE, 0x7F));
    assertThat(Identifiers.problem("a\u0000b")).isEqualTo(new Problem(Fault.INVISIBLE, 0));
    assertThat(Identifiers.problem("a\u200Bb\u200Cc"))
        .isEqualTo(new Problem(Fault.INVISIBLE, 0x200B));
  }

  @Test
  void default_ignorable_code_points_are_known_at_the_edges_of_their_ranges() {
    // U+00AD (the first), U+200B and U+200F (a range's ends), U+E0FFF (the last); not U+00AC,
    // U+2010 nor U+E1000
    assertThat(Identifiers.isDefaultIgnorable(0xAD)).isTrue();
    assertThat(Identifiers.isDefaultIgnorable(0x200B)).isTrue();
    assertThat(Identifiers.isDefaultIgnorable(0x200F)).isTrue();
    assertThat(Identifiers.isDefaultIgnorable(0xE0FFF)).isTrue();
    assertThat(Identifiers.isDefaultIgnorable(0xAC)).isFalse();
    assertThat(Identifiers.isDefaultIgnorable(0x2010)).isFalse();
    assertThat(Identifiers.isDefaultIgnorable(0xE1000)).isFalse();
  }

  @Test
  void blank_text_is_white_space_and_invisible_characters_only() {
    assertThat(Identifiers.isBlankText(" ")).isTrue();
    assertThat(Identifiers.isBlankText("\u007F")).isTrue();
    assertThat(Identifiers.isBlankText(" \u200B\u00A0")).isTrue();
    assertThat(Identifiers.isBlankText("!")).isFalse();
    assertThat(Identifiers.isBlankText("~")).isFalse();
    assertThat(Identifiers.isBlankText(" ก")).isFalse();
  }
}
