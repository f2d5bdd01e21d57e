package io.github.assessmentkit;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;

/**
 * Thrown where a value enters the library (a constructor, a builder, a factory) when it is not
 * allowed: out of range, blank, malformed, or at odds with the values given with it. An {@link
 * IllegalArgumentException}, so callers that catch that keep working; {@link #getMessage()} is the
 * English message and {@link #text()} has the Thai as well.
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidValueException extends IllegalArgumentException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The bilingual message; after deserialisation only the English survives. */
  private final transient Text text;

  /**
   * Creates the exception.
   *
   * @param message the message in Thai and English
   */
  public InvalidValueException(Text message) {
    super(message.get(Language.EN));
    this.text = message;
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the message in Thai and English
   * @param cause the underlying cause
   */
  public InvalidValueException(Text message, Throwable cause) {
    super(message.get(Language.EN), cause);
    this.text = message;
  }

  @Override
  public Text text() {
    return Exceptions.text(text, this);
  }
}
