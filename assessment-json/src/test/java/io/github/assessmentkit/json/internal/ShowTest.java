package io.github.assessmentkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An offending value shown in a message: its first 200 characters, each character counted once even
 * when it takes two chars, with "…" only when something was cut; invisible ones escaped.
 */
class ShowTest {
  @Test
  void two_hundred_characters_are_shown_whole_and_the_next_is_cut() {
    String exact = "a".repeat(200);

    assertThat(Show.value(exact)).isEqualTo(exact);
    assertThat(Show.value(exact + "b")).isEqualTo(exact + "…");
  }

  @Test
  void a_character_beyond_the_basic_plane_counts_as_one() {
    // 199 letters and one emoji (two chars) are 200 characters: all shown
    String emoji = "\uD83D\uDE00";
    String full = "a".repeat(199) + emoji;

    assertThat(Show.value(full)).isEqualTo(full);
    assertThat(Show.value(full + "z")).isEqualTo(full + "…");
  }

  @Test
  void an_invisible_character_is_escaped_and_counts_as_one() {
    // a zero-width space between two letters
    assertThat(Show.value("a\u200bb")).isEqualTo("a\\u200bb");
  }
}
