package io.github.assessmentkit.text;

import java.util.Locale;

/**
 * The languages every human-facing string of the library is written in.
 *
 * <p>Thread-safe: an enum.
 */
public enum Language {
  /** Thai ({@code th}). */
  TH,
  /** English ({@code en}). */
  EN;

  /**
   * Maps a locale to a language: Thai locales give {@link #TH}, every other locale {@link #EN}.
   *
   * @param locale the locale, for example {@code Locale.forLanguageTag("th-TH")}
   * @return the matching language
   */
  public static Language of(Locale locale) {
    return "th".equals(locale.getLanguage()) ? TH : EN;
  }

  /** {@return the other language, used as the fallback} */
  public Language other() {
    return this == TH ? EN : TH;
  }
}
