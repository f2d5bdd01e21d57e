package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.validation.Violation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Where the structural messages come from, and what that asks of an application. */
class ConstraintMessagesTest {
  private final AssessmentJson json = AssessmentJson.standard();

  private Violation firstViolation(String doc) {
    Throwable thrown = catchThrowable(() -> json.readAssessment(doc));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return ((JsonFormatException) thrown).report().violations().get(0);
  }

  @Test
  void structural_messages_come_in_english_and_in_thai_read_as_utf_8() {
    // given
    String doc = BadInputCorpusTest.minimal().replace("\"id\": \"a\"", "\"id\": \" \"");

    // when
    Violation v = firstViolation(doc);

    // then
    assertThat(v.path()).isEqualTo("/id");
    assertThat(v.rule()).isEqualTo("value.not-blank");
    assertThat(v.message().en()).isEqualTo("id must not be blank");
    assertThat(v.message().th()).isEqualTo("id ต้องไม่เว้นว่าง");
  }

  @Test
  void a_message_parameter_is_filled_in_without_an_expression_language() {
    // given an id holding a zero-width space
    String doc = BadInputCorpusTest.minimal().replace("\"id\": \"a\"", "\"id\": \"a\u200Bb\"");

    // when
    Violation v = firstViolation(doc);

    // then
    assertThat(v.rule()).isEqualTo("value.identifier");
    assertThat(v.value()).isEqualTo("a\\u200bb");
    assertThat(v.message().en())
        .isEqualTo("id holds the invisible character U+200B; ids must look exactly as they are");
    assertThat(v.message().th())
        .isEqualTo("id มีอักขระที่มองไม่เห็น U+200B รหัสต้องไม่มีอักขระที่มองไม่เห็น");
  }

  @Test
  void no_jakarta_el_implementation_is_on_the_class_path() {
    // then the messages above were interpolated without one
    assertThat(catchThrowable(() -> Class.forName("jakarta.el.ExpressionFactory")))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(catchThrowable(() -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl")))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void the_library_ships_contributor_messages_and_no_validation_messages_of_its_own()
      throws Exception {
    // given the class path of the tests: the library's classes and the tests' own resources
    ClassLoader loader = getClass().getClassLoader();

    // when
    List<URL> application = Collections.list(loader.getResources("ValidationMessages.properties"));
    List<URL> contributed =
        Collections.list(loader.getResources("ContributorValidationMessages.properties"));

    // then the only ValidationMessages is the one an application (here, the tests) provides
    assertThat(application).hasSize(1);
    assertThat(application.get(0).toString()).contains("test-classes");
    assertThat(contributed).anySatisfy(u -> assertThat(u.toString()).contains("/classes/"));
  }

  /** A bean of the application's own, with a message from the application's bundle. */
  record MemberCode(@Pattern(regexp = "M[0-9]+", message = "{app.member-code}") String code) {}

  @Test
  void an_application_s_own_validation_messages_still_resolve_next_to_the_library_s() {
    // given the application's validator and a bean it checks
    Validator app =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    // when both are used in one run
    String appMessage = app.validate(new MemberCode("x")).iterator().next().getMessage();
    Violation libraryViolation =
        firstViolation(BadInputCorpusTest.minimal().replace("\"id\": \"a\"", "\"id\": \" \""));

    // then each finds its own text
    assertThat(appMessage).isEqualTo("a member code is M followed by digits");
    assertThat(libraryViolation.message().en()).isEqualTo("id must not be blank");
  }
}
