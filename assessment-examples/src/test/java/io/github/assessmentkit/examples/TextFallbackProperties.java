package io.github.assessmentkit.examples;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/** Property tests run by Surefire because the build includes the {@code *Properties} suffix. */
class TextFallbackProperties {

  @Test
  void a_one_language_text_reads_the_same_in_both_languages() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 30))
        .assuming(s -> !s.isBlank())
        .check(
            s ->
                Text.en(s).get(Language.TH).equals(s)
                    && Text.th(s).get(Language.EN).equals(s)
                    && Text.of(s, s).isBilingual());
  }
}
