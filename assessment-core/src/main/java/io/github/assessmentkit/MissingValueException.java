package io.github.assessmentkit;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;

/**
 * Thrown where a value enters the library (a constructor, a builder, a factory) when a required
 * value is null. A {@link NullPointerException}, so callers that catch that keep working; {@link
 * #getMessage()} is the English message, for example "{@code title cannot be null}", and {@link
 * #text()} has the Thai as well.
 *
 * <p>Immutable and thread-safe.
 */
public final class MissingValueException extends NullPointerException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The bilingual message; after deserialisation only the English survives. */
  private final transient Text text;

  /**
   * Creates the exception.
   *
   * @param message the message in Thai and English
   */
  public MissingValueException(Text message) {
    super(message.get(Language.EN));
    this.text = message;
  }

  @Override
  public Text text() {
    return Exceptions.text(text, this);
  }
}
