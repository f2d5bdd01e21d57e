package io.github.assessmentkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/**
 * What an exception says once serialised and read back, when only its English message survives:
 * that message, or its class name when it has none.
 */
class ExceptionTextAfterReadingBackTest {

  /** An exception of a library that hides its message, as a subclass may. */
  static final class Silent extends AssessmentException {
    private static final long serialVersionUID = 1L;

    Silent() {
      super(Text.of("เงียบ", "silent"));
    }

    @Override
    public String getMessage() {
      return null;
    }
  }

  /** An exception whose message is only white space. */
  static final class Blank extends AssessmentException {
    private static final long serialVersionUID = 1L;

    Blank() {
      super(Text.of("ว่าง", "blank"));
    }

    @Override
    public String getMessage() {
      return "  ";
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T readBack(T thrown) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void before_serialising_the_bilingual_text_is_kept_whatever_the_message() {
    assertThat(new Silent().text()).isEqualTo(Text.of("เงียบ", "silent"));
    assertThat(new Blank().getMessage(Language.TH)).isEqualTo("ว่าง");
  }

  @Test
  void read_back_without_a_message_it_names_its_class() throws Exception {
    // the text is not serialised and getMessage gives null, then blank: the class name stands in
    assertThat(readBack(new Silent()).text()).isEqualTo(Text.en(Silent.class.getName()));
    assertThat(readBack(new Blank()).text()).isEqualTo(Text.en(Blank.class.getName()));
  }

  @Test
  void read_back_every_kind_keeps_its_english_for_both_languages() throws Exception {
    Text message = Text.of("สถานะขัดแย้ง", "the state conflicts");
    assertThat(readBack(new ConflictingStateException(message)).text())
        .isEqualTo(Text.en("the state conflicts"));
    assertThat(readBack(new MissingValueException(message)).getMessage(Language.TH))
        .isEqualTo("the state conflicts");
    assertThat(readBack(new AssessmentException(message, new IllegalStateException())).text())
        .isEqualTo(Text.en("the state conflicts"));
  }
}
