package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An assessment document with problems of form is still checked against the rubric's rules on its
 * well-formed parts: a problem of form and a broken rule are reported together, each at the place
 * it has in the document, and the parts that could not be read cause no false alarm.
 *
 * <p>The document is the example assessment (five ratings, of 1.1, 1.2, G1, G2 and G3, the first
 * citing evidence e1 and assessor p1), with changes.
 */
class PartialValidationTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final AssessmentJson json = AssessmentJson.standard();
  private final Rubric rubric = json.readRubric(Resources.open("examples/rubric-mini.json"));

  private List<Violation> validate(Consumer<ObjectNode> change) {
    JsonNode tree = MAPPER.readTree(Resources.bytes("examples/assessment-mini.json"));
    change.accept((ObjectNode) tree);
    return json.validateAssessment(rubric, MAPPER.writeValueAsString(tree)).violations();
  }

  private static void subjectAsList(ObjectNode doc) {
    doc.putArray("subject").add("coop-0042");
  }

  private static void ratingOfNine(ObjectNode doc) {
    // a sixth rating, index 5, of an indicator the rubric lacks
    ((ArrayNode) doc.get("ratings")).addObject().put("indicator", "9.9").put("value", 1);
  }

  @Test
  void the_example_is_valid_as_it_is() {
    assertThat(validate(doc -> {})).isEmpty();
  }

  @Test
  void a_problem_of_form_and_a_broken_rule_are_reported_together() {
    List<Violation> found =
        validate(
            doc -> {
              subjectAsList(doc);
              ratingOfNine(doc);
            });

    assertThat(found)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/ratings/5/indicator", "rating.indicator-exists"),
            tuple("/subject", "json.type"));
  }

  @Test
  void a_rating_left_out_for_its_form_does_not_shift_the_place_of_the_next() {
    // given the second rating (index 1) with an object as value: it is left out of the rules, and
    // the rating of 9.9 is still reported at index 5, not 4
    List<Violation> found =
        validate(
            doc -> {
              ((ObjectNode) doc.get("ratings").get(1)).putObject("value");
              ratingOfNine(doc);
            });

    assertThat(found)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/ratings/1/value", "json.type"),
            tuple("/ratings/5/indicator", "rating.indicator-exists"));
  }

  @Test
  void an_unreadable_rubric_reference_stands_for_the_rubric_checked_against() {
    // given the rubric reference is a number: only that is reported, not a mismatch of rubrics
    List<Violation> found =
        validate(
            doc -> {
              doc.put("rubric", 5);
              ratingOfNine(doc);
            });

    assertThat(found)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/ratings/5/indicator", "rating.indicator-exists"),
            tuple("/rubric", "json.type"));
  }

  @Test
  void a_readable_reference_to_another_rubric_is_still_checked() {
    List<Violation> found =
        validate(
            doc -> {
              subjectAsList(doc);
              doc.put("rubric", "other@1");
            });

    assertThat(found).extracting(Violation::path).contains("/rubric", "/subject");
  }

  @Test
  void evidence_and_assessors_with_a_problem_of_form_elsewhere_still_count_as_listed() {
    // given the subject broken: the first rating still cites e1 and p1, which are listed, so
    // neither is reported as missing
    List<Violation> found = validate(PartialValidationTest::subjectAsList);

    assertThat(found).extracting(Violation::path).containsExactly("/subject");
  }
}
