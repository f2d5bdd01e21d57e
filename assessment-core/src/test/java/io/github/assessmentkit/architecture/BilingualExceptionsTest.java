package io.github.assessmentkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.github.assessmentkit.Bilingual;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Every exception the core throws carries its message in Thai and English: none of the JDK's
 * exceptions is made with an English-only message, and no precondition is written with {@code
 * Objects.requireNonNull(value, "message")}. Thrown instead: {@code InvalidValueException}, {@code
 * MissingValueException}, {@code ConflictingStateException} or an {@code AssessmentException}, with
 * a message from the factories in {@code internal}.
 */
@AnalyzeClasses(
    packages = "io.github.assessmentkit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class BilingualExceptionsTest {

  /** The JDK's exceptions a library is tempted to throw with an English message. */
  private static final List<Class<?>> ENGLISH_ONLY =
      List.of(
          IllegalArgumentException.class,
          IllegalStateException.class,
          NullPointerException.class,
          UnsupportedOperationException.class,
          ArithmeticException.class,
          RuntimeException.class);

  private static final DescribedPredicate<JavaConstructorCall> MAKING_AN_ENGLISH_ONLY_EXCEPTION =
      DescribedPredicate.describe(
          "a constructor of " + ENGLISH_ONLY.stream().map(Class::getSimpleName).toList(),
          call ->
              ENGLISH_ONLY.stream().anyMatch(type -> call.getTargetOwner().isEquivalentTo(type)));

  /** Every exception type of the core is bilingual. */
  @ArchTest
  static final ArchRule every_exception_is_bilingual =
      classes().that().areAssignableTo(Throwable.class).should().implement(Bilingual.class);

  /**
   * Only the bilingual exceptions themselves call the JDK's constructors (as their super
   * constructor); nothing else makes an English-only exception. The same as {@code
   * callConstructor(IllegalArgumentException.class, String.class)} and the like, for every
   * constructor of each type.
   */
  @ArchTest
  static final ArchRule no_english_only_exception_is_made =
      noClasses()
          .that()
          .doNotImplement(Bilingual.class)
          .should()
          .callConstructorWhere(MAKING_AN_ENGLISH_ONLY_EXCEPTION);

  /** The four common ones, spelled out. */
  @ArchTest
  static final ArchRule no_exception_is_made_with_an_english_message =
      noClasses()
          .that()
          .doNotImplement(Bilingual.class)
          .should()
          .callConstructor(IllegalArgumentException.class, String.class)
          .orShould()
          .callConstructor(IllegalStateException.class, String.class)
          .orShould()
          .callConstructor(NullPointerException.class, String.class)
          .orShould()
          .callConstructor(UnsupportedOperationException.class, String.class)
          .orShould()
          .callConstructor(ArithmeticException.class, String.class);

  /** A null is reported by {@code Checks.notNull}, in both languages. */
  @ArchTest
  static final ArchRule no_null_check_has_an_english_message =
      noClasses()
          .should()
          .callMethod(Objects.class, "requireNonNull", Object.class, String.class)
          .orShould()
          .callMethod(Objects.class, "requireNonNull", Object.class, Supplier.class);
}
