package io.github.assessmentkit.report.spi;

import io.github.assessmentkit.text.Language;
import java.util.List;

/** The languages a report is written in: Thai, English, or both side by side. */
public enum ReportLanguage {
  /** Thai only; English where a text has no Thai. */
  THAI(List.of(Language.TH)),
  /** English only; Thai where a text has no English. */
  ENGLISH(List.of(Language.EN)),
  /** Thai and English side by side, Thai first. */
  BOTH(List.of(Language.TH, Language.EN));

  private final List<Language> languages;

  ReportLanguage(List<Language> languages) {
    this.languages = languages;
  }

  /** {@return the languages written, in order} */
  public List<Language> languages() {
    return languages;
  }

  /** {@return the language of the document as a whole: the first written} */
  public Language primary() {
    return languages.get(0);
  }
}
