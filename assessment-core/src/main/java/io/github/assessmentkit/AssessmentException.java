package io.github.assessmentkit;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;

/**
 * The root of every exception the library throws on purpose. Each carries a bilingual message;
 * {@link #getMessage()} gives the English one.
 *
 * <p>Unchecked: a caller that wants to react catches this type or one of its subclasses.
 */
public class AssessmentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The bilingual message. */
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
  public Text text() {
    return text;
  }

  /**
   * Returns the message in a language.
   *
   * @param language the wanted language
   * @return the message
   */
  public String getMessage(Language language) {
    return text.get(language);
  }
}
