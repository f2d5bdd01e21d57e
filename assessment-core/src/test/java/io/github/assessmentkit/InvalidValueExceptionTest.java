package io.github.assessmentkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalQuarter;
import io.github.assessmentkit.time.FiscalYear;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

  @Test
  void is_an_illegal_argument_whose_message_is_the_english_with_the_thai_alongside() {
    // given
    Text message = Text.of("ค่าไม่ถูกต้อง", "bad value");

    // when
    InvalidValueException e = new InvalidValueException(message);

    // then
    assertThat(e).isInstanceOf(IllegalArgumentException.class).isInstanceOf(Bilingual.class);
    assertThat(e.getMessage()).isEqualTo("bad value");
    assertThat(e.text().get(Language.TH)).isEqualTo("ค่าไม่ถูกต้อง");
    assertThat(e.getMessage(Language.TH)).isEqualTo("ค่าไม่ถูกต้อง");
    assertThat(e.getMessage(Language.EN)).isEqualTo("bad value");
    assertThat(e.text()).isSameAs(message);
  }

  @Test
  void keeps_its_cause() {
    // given
    ArithmeticException cause = new ArithmeticException("overflow");

    // when
    InvalidValueException e = new InvalidValueException(Text.of("ล้น", "too large"), cause);

    // then
    assertThat(e).hasCause(cause).hasMessage("too large");
    assertThat(e.text().get(Language.TH)).isEqualTo("ล้น");
  }

  @Test
  void is_what_a_constructor_throws_for_a_value_out_of_range() {
    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new FiscalQuarter(FiscalYear.ofCommonEra(2025), 5))
        .withMessage("quarter must be 1 to 4, was 5")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo("ไตรมาสต้องเป็น 1 ถึง 4 แต่ได้รับ 5"));
  }

  @Test
  void keeps_the_english_when_serialised_and_read_back() throws Exception {
    // given
    InvalidValueException e = new InvalidValueException(Text.of("ค่าไม่ถูกต้อง", "bad value"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }

    // when
    Object read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }

    // then the text is not serialised; the English message is, and stands in for both languages
    InvalidValueException back = (InvalidValueException) read;
    assertThat(back.getMessage()).isEqualTo("bad value");
    assertThat(back.text()).isEqualTo(Text.en("bad value"));
    assertThat(back.getMessage(Language.TH)).isEqualTo("bad value");
  }
}
