package io.github.assessmentkit;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;

/**
 * The root of the library's domain errors: a rubric that does not hold together, an assessment that
 * is not valid against its rubric, a strategy or rubric that is not registered. Each carries a
 * bilingual message; {@link #getMessage()} gives the English one. Bad arguments are reported with
 * the JDK's types instead ({@link InvalidValueException}, {@link MissingValueException}, {@link
 * ConflictingStateException}), which are {@link Bilingual} too.
 *
 * <p>Unchecked: a caller that wants to react catches this type or one of its subclasses.
 */
public class AssessmentException extends RuntimeException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The bilingual message; after deserialisation only the English survives. */
  private final transient Text text;

  /**
   * Creates an exception with a bilingual message.
   *
   * @param message the message in Thai and English
   */
  public AssessmentException(Text message) {
    super(message.get(Language.EN));
    this.text = message;
  }

  /**
   * Creates an exception with a bilingual message and a cause.
   *
   * @param message the message in Thai and English
   * @param cause the underlying cause
   */
  public AssessmentException(Text message, Throwable cause) {
    super(message.get(Language.EN), cause);
    this.text = message;
  }

  /** {@return the message in Thai and English} */
  @Override
  public Text text() {
    return Exceptions.text(text, this);
  }
}
