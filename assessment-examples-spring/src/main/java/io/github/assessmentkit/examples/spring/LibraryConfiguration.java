package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorer;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The library's objects, one of each for the whole service: all are immutable and thread-safe, and
 * the codec and the scorer keep what they build once (the validator, the scoring plans).
 */
@Configuration(proxyBeanMethods = false)
class LibraryConfiguration {
  /** The JSON codec with the library's default limits (16 MiB documents and so on). */
  @Bean
  AssessmentJson assessmentJson() {
    return AssessmentJson.standard();
  }

  /** The standard scorer, with the standard strategies and those on the class path. */
  @Bean
  Scorer scorer() {
    return Scorer.standard();
  }

  /** Every criteria set a {@code RubricProvider} on the class path supplies (the CQA sets here). */
  @Bean
  RubricRegistry rubricRegistry() {
    return RubricRegistry.builder().discover().build();
  }

  /**
   * Thai or English by {@code Accept-Language}: the best of the two for the header, English when
   * there is none or it names neither.
   */
  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setSupportedLocales(List.of(Locale.ENGLISH, Locale.forLanguageTag("th")));
    resolver.setDefaultLocale(Locale.ENGLISH);
    return resolver;
  }
}
