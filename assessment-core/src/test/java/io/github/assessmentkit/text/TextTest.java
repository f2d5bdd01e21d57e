package io.github.assessmentkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void gives_each_language_its_own_text() {
    // given
    Text leadership = Text.of("การนำองค์กร", "Leadership");

    // when / then
    assertThat(leadership.get(Language.TH)).isEqualTo("การนำองค์กร");
    assertThat(leadership.get(Language.EN)).isEqualTo("Leadership");
    assertThat(leadership.isBilingual()).isTrue();
  }

  @Test
  void falls_back_to_the_other_language_when_one_is_missing() {
    // given
    Text englishOnly = Text.en("Results");
    Text thaiOnly = Text.th("ผลลัพธ์");

    // when / then
    assertThat(englishOnly.get(Language.TH)).isEqualTo("Results");
    assertThat(thaiOnly.get(Language.EN)).isEqualTo("ผลลัพธ์");
    assertThat(englishOnly.isBilingual()).isFalse();
  }

  @Test
  void treats_a_blank_language_as_missing() {
    // given
    Text text = Text.of("   ", "Strategy");

    // when / then
    assertThat(text.th()).isNull();
    assertThat(text.get(Language.TH)).isEqualTo("Strategy");
  }

  @Test
  void refuses_a_text_with_neither_language() {
    // when / then
    assertThatThrownBy(() -> Text.of(null, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text needs Thai or English, both are blank");
  }

  @Test
  void refuses_a_name_of_spaces_nobody_can_see_in_both_languages() {
    // given texts with nothing visible: a no-break space (U+00A0), a narrow no-break space
    // (U+202F), a zero-width space (U+200B) beside a space, variation selector 16 (U+FE0F), and
    // the Hangul filler (U+3164): before, each made a text
    for (String blank : new String[] {"\u00a0", "\u202f", "\u200b ", "\ufe0f", "\u3164"}) {
      // when / then
      assertThatThrownBy(() -> Text.th(blank))
          .as("%s", Integer.toHexString(blank.codePointAt(0)))
          .isInstanceOf(io.github.assessmentkit.InvalidValueException.class)
          .hasMessage("text needs Thai or English, both are blank")
          .satisfies(
              e ->
                  assertThat(((io.github.assessmentkit.Bilingual) e).text().get(Language.TH))
                      .isEqualTo(
                          "ข้อความต้องมีภาษาไทยหรือภาษาอังกฤษอย่างน้อยหนึ่งภาษา แต่ว่างทั้งสองภาษา"));
    }
  }

  @Test
  void keeps_a_name_with_something_visible_beside_invisible_characters() {
    // given a heart with variation selector 16, and a Thai vowel sign on its own
    Text heart = Text.en("\u2764\ufe0f");
    Text vowel = Text.th("\u0e31");

    // when / then
    assertThat(heart.en()).isEqualTo("\u2764\ufe0f");
    assertThat(vowel.th()).isEqualTo("\u0e31");
    // and a language with nothing visible beside one that has text counts as missing
    assertThat(Text.of("\u00a0", "Coop").th()).isNull();
  }

  @Test
  void picks_the_language_of_a_locale_and_english_for_any_other_locale() {
    // given
    Text text = Text.of("กลยุทธ์", "Strategy");

    // when / then
    assertThat(text.get(Locale.forLanguageTag("th-TH"))).isEqualTo("กลยุทธ์");
    assertThat(text.get(Locale.UK)).isEqualTo("Strategy");
    assertThat(text.get(Locale.FRENCH)).isEqualTo("Strategy");
    assertThat(Language.TH.other()).isEqualTo(Language.EN);
    assertThat(Language.EN.other()).isEqualTo(Language.TH);
  }

  @Test
  void prints_as_english_or_thai_when_english_is_missing() {
    // when / then
    assertThat(Text.of("การนำองค์กร", "Leadership")).hasToString("Leadership");
    assertThat(Text.th("การนำองค์กร")).hasToString("การนำองค์กร");
  }

  @Test
  void equal_texts_are_equal_values() {
    // when / then
    assertThat(Text.of("ก", "a")).isEqualTo(Text.of("ก", "a")).isNotEqualTo(Text.en("a"));
  }
}
