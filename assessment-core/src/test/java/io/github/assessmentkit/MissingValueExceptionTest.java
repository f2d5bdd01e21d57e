package io.github.assessmentkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MissingValueExceptionTest {

  @Test
  void is_a_null_pointer_whose_message_is_the_english_with_the_thai_alongside() {
    // given
    Text message = Text.of("title ต้องไม่เป็น null", "title cannot be null");

    // when
    MissingValueException e = new MissingValueException(message);

    // then
    assertThat(e).isInstanceOf(NullPointerException.class).isInstanceOf(Bilingual.class);
    assertThat(e.getMessage()).isEqualTo("title cannot be null");
    assertThat(e.text().get(Language.TH)).isEqualTo("title ต้องไม่เป็น null");
    assertThat(e.getMessage(Language.TH)).isEqualTo("title ต้องไม่เป็น null");
  }

  @Test
  void is_what_a_constructor_throws_for_a_null() {
    // when / then
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new DateRange(null, LocalDate.of(2025, 1, 1)))
        .withMessage("from cannot be null")
        .satisfies(e -> assertThat(e.text().get(Language.TH)).isEqualTo("from ต้องไม่เป็น null"));
  }
}
