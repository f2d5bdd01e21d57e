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
 * Checking an assessment document against its rubric when its lists are broken: a list that is not
 * an array, an entry that is not an object and an unreadable id are each reported once, and the
 * rubric's rules still run on what could be read, without a crash or a false alarm.
 *
 * <p>The document is the example assessment (ratings of 1.1, 1.2, G1, G2 and G3, the first citing
 * evidence e1 and assessor p1), with changes.
 */
class PartialListsValidationTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final AssessmentJson json = AssessmentJson.standard();
  private final Rubric rubric = json.readRubric(Resources.open("examples/rubric-mini.json"));

  private List<Violation> validate(Consumer<ObjectNode> change) {
    JsonNode tree = MAPPER.readTree(Resources.bytes("examples/assessment-mini.json"));
    change.accept((ObjectNode) tree);
    return json.validateAssessment(rubric, MAPPER.writeValueAsString(tree)).violations();
  }

  @Test
  void lists_that_are_not_arrays_are_reported_and_the_rules_still_run() {
    List<Violation> found =
        validate(
            doc -> {
              doc.put("assessors", 5);
              doc.put("evidence", 5);
              doc.put("measures", 5);
              doc.put("ratings", 5);
            });

    assertThat(found)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/assessors", "json.type"),
            tuple("/evidence", "json.type"),
            tuple("/measures", "json.type"),
            tuple("/ratings", "json.type"));
    assertThat(found.get(0).message().en()).isEqualTo("must be an array, found a number");
  }

  @Test
  void entries_that_are_not_objects_are_reported_once_each() {
    List<Violation> found =
        validate(
            doc -> {
              ((ArrayNode) doc.get("assessors")).add(5);
              ((ArrayNode) doc.get("evidence")).add(5);
              doc.putArray("measures").add(5);
              ((ArrayNode) doc.get("ratings")).add(5);
            });

    assertThat(found)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/assessors/1", "json.type"),
            tuple("/evidence/1", "json.type"),
            tuple("/measures/0", "json.type"),
            tuple("/ratings/5", "json.type"));
    assertThat(found.get(3).message().en()).isEqualTo("must be an object, found a number");
  }

  @Test
  void an_unreadable_assessor_or_evidence_id_stands_for_one_that_matches_nothing() {
    List<Violation> found =
        validate(
            doc -> {
              ((ObjectNode) doc.get("assessors").get(0)).put("id", 5);
              ((ObjectNode) doc.get("evidence").get(0)).put("id", 5);
            });

    // p1 and e1 cannot be read, so the ratings citing them cite what the assessment lacks
    assertThat(found)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/assessors/0/id", "json.type"),
            tuple("/evidence/0/id", "json.type"),
            tuple("/ratings/0/assessor", "rating.assessor-exists"),
            tuple("/ratings/0/evidence/0", "rating.evidence-exists"),
            tuple("/ratings/1/assessor", "rating.assessor-exists"));
    assertThat(found.get(2).message().en()).isEqualTo("assessor 'p1' is not among the assessors");
  }

  @Test
  void a_rating_with_a_problem_of_form_is_left_out_of_the_rules() {
    List<Violation> found =
        validate(doc -> ((ObjectNode) doc.get("ratings").get(1)).put("assessor", 5));

    // the second rating is left out; nothing else of it is reported
    assertThat(found)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/ratings/1/assessor", "json.type"));
  }
}
