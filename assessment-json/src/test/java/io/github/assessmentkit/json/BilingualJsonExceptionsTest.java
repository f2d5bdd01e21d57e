package io.github.assessmentkit.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.github.assessmentkit.Bilingual;

/**
 * What the JSON module throws carries its message in Thai and English, as in the core: a problem in
 * a document is a {@link JsonFormatException} with its report, a bad setting an {@code
 * InvalidValueException}, a broken invariant a {@code ConflictingStateException}, each with a
 * message from {@code JsonMessages}. The one exception left as the JDK makes it is the {@code
 * UncheckedIOException} around a failure of the caller's own stream.
 */
@AnalyzeClasses(
    packages = "io.github.assessmentkit.json",
    importOptions = ImportOption.DoNotIncludeTests.class)
class BilingualJsonExceptionsTest {

  /** The public exception of the module is bilingual. */
  @ArchTest
  static final ArchRule the_public_exceptions_are_bilingual =
      classes()
          .that()
          .areAssignableTo(Throwable.class)
          .and()
          .arePublic()
          .should()
          .implement(Bilingual.class);

  /** No English-only exception is made, with or without a cause. */
  @ArchTest
  static final ArchRule no_exception_is_made_with_an_english_message =
      noClasses()
          .should()
          .callConstructor(IllegalArgumentException.class, String.class)
          .orShould()
          .callConstructor(IllegalArgumentException.class, String.class, Throwable.class)
          .orShould()
          .callConstructor(IllegalStateException.class, String.class)
          .orShould()
          .callConstructor(IllegalStateException.class, String.class, Throwable.class)
          .orShould()
          .callConstructor(NullPointerException.class, String.class)
          .orShould()
          .callConstructor(UnsupportedOperationException.class, String.class)
          .orShould()
          .callConstructor(ArithmeticException.class, String.class);
}
