package io.github.assessmentkit;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;

/**
 * Thrown when a call does not fit the state of what it is made on, or settings given together
 * conflict, for example an inner invariant of a rubric found broken while scoring. An {@link
 * IllegalStateException}, so callers that catch that keep working; {@link #getMessage()} is the
 * English message and {@link #text()} has the Thai as well.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConflictingStateException extends IllegalStateException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The bilingual message; after deserialisation only the English survives. */
  private final transient Text text;

  /**
   * Creates the exception.
   *
   * @param message the message in Thai and English
   */
  public ConflictingStateException(Text message) {
    super(message.get(Language.EN));
    this.text = message;
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the message in Thai and English
   * @param cause the underlying cause
   */
  public ConflictingStateException(Text message, Throwable cause) {
    super(message.get(Language.EN), cause);
    this.text = message;
  }

  @Override
  public Text text() {
    return Exceptions.text(text, this);
  }
}
