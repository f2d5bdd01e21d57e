package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.validation.AssessmentValidator;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Checking a document against its rubric gives the same violations as before, path, rule, value and
 * message alike; those found by the rubric's rules also name the indicator of the rating at fault,
 * as they do for an assessment built in code, and those about the document's form name none.
 */
class ViolationIndicatorJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final Rubric rubric = json.readRubric(Resources.open("examples/rubric-mini.json"));

  private static String document(String ratings) {
    return "{\"format\": \"assessmentkit/assessment\", \"formatVersion\": 1, \"id\": \"a\","
        + " \"subject\": {\"id\": \"s\", \"name\": {\"en\": \"S\"}, \"type\": \"savings\"},"
        + " \"rubric\": \"mini-json@1\", \"period\": {\"era\": \"BE\", \"fiscalYear\": 2566},"
        + " \"ratings\": ["
        + ratings
        + "]}";
  }

  @Test
  void the_rubrics_rules_name_the_indicator_of_each_rating_at_fault() {
    // given 1.1 without the evidence it requires, G2 at 6 on a 1-5 scale, X not in the rubric
    String bad =
        document(
            "{\"indicator\": \"1.1\", \"value\": 35}, {\"indicator\": \"G2\", \"value\": 6},"
                + " {\"indicator\": \"X\", \"value\": 1}");

    // when
    ValidationReport report = json.validateAssessment(rubric, bad);

    // then
    assertThat(report.violations())
        .extracting(Violation::path, Violation::rule, Violation::indicator)
        .containsExactly(
            tuple("/ratings/0/evidence", "rating.evidence-required", Optional.of("1.1")),
            tuple("/ratings/1/value", "rating.value-in-scale", Optional.of("G2")),
            tuple("/ratings/2/indicator", "rating.indicator-exists", Optional.of("X")));
    // and the same as the validator gives for the assessment the document reads as
    assertThat(report).isEqualTo(AssessmentValidator.validate(rubric, json.readAssessment(bad)));
  }

  @Test
  void a_problem_with_the_form_of_a_document_names_no_indicator() {
    // given a rating whose indicator id starts with a space, and one out of scale after it
    String bad =
        document("{\"indicator\": \" 1.1\", \"value\": 35}, {\"indicator\": \"G2\", \"value\": 6}");

    // when
    ValidationReport report = json.validateAssessment(rubric, bad);

    // then the rating that could not be read names nothing; the one after it is still checked
    assertThat(report.violations())
        .extracting(Violation::path, Violation::rule, Violation::indicator)
        .containsExactly(
            tuple("/ratings/0/indicator", "value.identifier-space", Optional.empty()),
            tuple("/ratings/1/value", "rating.value-in-scale", Optional.of("G2")));
  }
}
