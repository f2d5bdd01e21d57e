package io.github.assessmentkit;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;

/**
 * Something that carries its message in Thai and English. Every exception the library throws
 * implements it: {@link AssessmentException} and its subclasses for domain errors, and {@link
 * InvalidValueException}, {@link MissingValueException} and {@link ConflictingStateException} for
 * bad arguments and settings. Their {@code getMessage()} is the English text, for logs; the Thai is
 * one call away.
 *
 * <pre>{@code
 * try {
 *   new FiscalQuarter(FiscalYear.ofCommonEra(2025), 5);
 * } catch (IllegalArgumentException e) {
 *   if (e instanceof Bilingual b) {
 *     b.getMessage(Language.TH); // "ไตรมาสต้องเป็น 1 ถึง 4 แต่ได้รับ 5"
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Bilingual {

  /** {@return the message in Thai and English} */
  Text text();

  /**
   * Returns the message in a language.
   *
   * @param language the wanted language
   * @return the message, in the other language when the wanted one is missing
   */
  default String getMessage(Language language) {
    return text().get(language);
  }
}
