package io.github.assessmentkit;

import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/** What the library's exceptions share. */
final class Exceptions {
  private Exceptions() {}

  /**
   * The message of an exception: the bilingual text it was made with, or, once the exception has
   * been serialised and read back (the text is not serialised), its English message alone.
   */
  static Text text(@Nullable Text text, Throwable thrown) {
    if (text != null) {
      return text;
    }
    String english = thrown.getMessage();
    return Text.en(english == null || english.isBlank() ? thrown.getClass().getName() : english);
  }
}
