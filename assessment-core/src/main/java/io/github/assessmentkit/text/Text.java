package io.github.assessmentkit.text;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Identifiers;
import io.github.assessmentkit.internal.Messages;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A human-facing string in Thai and English. At least one of the two is present; a missing one
 * falls back to the other. A language whose text has nothing visible in it (only white space,
 * no-break spaces, zero-width or other characters that cannot be seen) counts as missing.
 *
 * <pre>{@code
 * Text leadership = Text.of("การนำองค์กร", "Leadership");
 * leadership.get(Language.TH); // "การนำองค์กร"
 * Text.en("Results").get(Language.TH); // "Results" (fallback)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param th the Thai text, or {@code null} when only English is known
 * @param en the English text, or {@code null} when only Thai is known
 */
public record Text(@Nullable String th, @Nullable String en) {
  /**
   * Creates the value, checking its components.
   *
   * @param th the Thai text, or {@code null} when only English is known
   * @param en the English text, or {@code null} when only Thai is known
   * @throws IllegalArgumentException if both components are blank, nothing visible in either
   */
  public Text {
    if (isBlank(th) && isBlank(en)) {
      throw new InvalidValueException(Messages.blankText());
    }
    th = isBlank(th) ? null : th;
    en = isBlank(en) ? null : en;
  }

  /**
   * Creates a bilingual text.
   *
   * @param thai the Thai text
   * @param english the English text
   * @return the text
   */
  public static Text of(@Nullable String thai, @Nullable String english) {
    return new Text(thai, english);
  }

  /**
   * Creates an English-only text; Thai readers see the English.
   *
   * @param english the English text
   * @return the text
   */
  public static Text en(String english) {
    return new Text(null, english);
  }

  /**
   * Creates a Thai-only text; English readers see the Thai.
   *
   * @param thai the Thai text
   * @return the text
   */
  public static Text th(String thai) {
    return new Text(thai, null);
  }

  /**
   * Returns the text in the given language, or in the other one when it is missing.
   *
   * @param language the wanted language
   * @return the text, never null
   */
  public String get(Language language) {
    String wanted = language == Language.TH ? th : en;
    if (wanted != null) {
      return wanted;
    }
    String other = language == Language.TH ? en : th;
    return java.util.Objects.requireNonNull(other);
  }

  /**
   * Returns the text for a locale: Thai for Thai locales, English otherwise, with fallback.
   *
   * @param locale the reader's locale
   * @return the text, never null
   */
  public String get(Locale locale) {
    return get(Language.of(locale));
  }

  /** {@return whether both languages are present} */
  public boolean isBilingual() {
    return th != null && en != null;
  }

  /** {@return the English text (or the Thai when English is missing)} */
  @Override
  public String toString() {
    return get(Language.EN);
  }

  private static boolean isBlank(@Nullable String s) {
    // most texts start with a visible character: the check stops there
    return s == null || Identifiers.isBlankText(s);
  }
}
