package io.github.assessmentkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * A text with one language only, seen from the Thai side: a blank English text is dropped like a
 * blank Thai one, a Thai-only text is not bilingual, and a text blank in both is refused in both
 * languages.
 */
class TextOneLanguageTest {
  @Test
  void a_blank_english_text_counts_as_missing() {
    // given
    Text text = Text.of("กลยุทธ์", "  ");

    // then
    assertThat(text.en()).isNull();
    assertThat(text.th()).isEqualTo("กลยุทธ์");
    assertThat(text.get(Language.EN)).isEqualTo("กลยุทธ์");
  }

  @Test
  void a_thai_only_text_is_not_bilingual() {
    assertThat(Text.th("ผลลัพธ์").isBilingual()).isFalse();
    assertThat(Text.th("ผลลัพธ์").get(Language.TH)).isEqualTo("ผลลัพธ์");
  }

  @Test
  void a_text_blank_in_thai_and_missing_in_english_is_refused_in_both_languages() {
    // when
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> Text.of("  ", null));

    // then
    assertThat(e.getMessage()).isEqualTo("text needs Thai or English, both are blank");
    assertThat(e.text().get(Language.TH))
        .isEqualTo("ข้อความต้องมีภาษาไทยหรือภาษาอังกฤษอย่างน้อยหนึ่งภาษา แต่ว่างทั้งสองภาษา");
  }
}
