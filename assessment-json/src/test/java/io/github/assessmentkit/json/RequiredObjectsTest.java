package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An object that a rubric or scorecard document requires, left out, is refused with {@code
 * value.required} at its own pointer, like a missing value; a criterion id used again deeper in the
 * tree is refused as a duplicate.
 */
class RequiredObjectsTest {
  private static final AssessmentJson JSON = AssessmentJson.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The example document with one property of one object removed, or replaced. */
  private static String changed(String resource, String parent, String field, String value) {
    JsonNode root = MAPPER.readTree(new String(Resources.bytes(resource), StandardCharsets.UTF_8));
    ObjectNode o = (ObjectNode) root.at(parent);
    assertThat(o.has(field)).as("%s has %s", parent, field).isTrue();
    if (value == null) {
      o.remove(field);
    } else {
      o.set(field, MAPPER.readTree(value));
    }
    return root.toString();
  }

  private static List<Violation> refused(Function<String, ?> read, String document) {
    JsonFormatException e =
        catchThrowableOfType(() -> read.apply(document), JsonFormatException.class);
    assertThat(e).as("refused").isNotNull();
    return e.report().violations();
  }

  private static void missingIsRequired(
      String resource, Function<String, ?> read, String parent, String field) {
    assertThat(refused(read, changed(resource, parent, field, null)))
        .as("%s/%s left out", parent, field)
        .extracting(Violation::path, Violation::rule)
        .contains(tuple(parent + "/" + field, "value.required"));
  }

  @Test
  void a_rubric_without_an_indicators_scale_a_ladders_metric_or_a_tiers_condition_is_refused() {
    String rubric = "examples/rubric-mini.json";
    missingIsRequired(rubric, JSON::readRubric, "/criteria/0/children/0/indicators/0", "scale");
    missingIsRequired(rubric, JSON::readRubric, "/ladders/0", "metric");
    missingIsRequired(rubric, JSON::readRubric, "/awards/0/tiers/0", "condition");
  }

  @Test
  void a_criterion_id_used_again_below_another_criterion_is_refused() {
    // criterion 1's child 1.1 renamed "2", the id of the second top-level criterion
    String twice = changed("examples/rubric-mini.json", "/criteria/0/children/0", "id", "\"2\"");

    assertThat(refused(JSON::readRubric, twice))
        .extracting(Violation::rule, Violation::value)
        .contains(tuple("rubric.unique-id", "2"));
  }

  @Test
  void
      a_scorecard_without_its_subject_root_coverage_children_checks_or_a_checks_result_is_refused() {
    String card = "examples/scorecard-mini.json";
    missingIsRequired(card, JSON::readScorecard, "", "subject");
    missingIsRequired(card, JSON::readScorecard, "", "root");
    missingIsRequired(card, JSON::readScorecard, "/root", "coverage");
    missingIsRequired(card, JSON::readScorecard, "/root", "children");
    missingIsRequired(card, JSON::readScorecard, "/awards/0", "checks");
    missingIsRequired(card, JSON::readScorecard, "/awards/0/checks/0", "result");
  }
}
