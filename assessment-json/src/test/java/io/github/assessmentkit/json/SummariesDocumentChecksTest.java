package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.time.FiscalYear;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A summaries document is checked where it stands: the node ids and each summary's exact values are
 * required, each summary has one pair of values per node, a pair is two ratio strings (the earned
 * part may be null, the possible part may not), and a field not known is refused at every level.
 */
class SummariesDocumentChecksTest {
  private static final AssessmentJson JSON = AssessmentJson.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** One summary of one node: 50 earned of 100 possible. */
  private static final String WRITTEN =
      JSON.writeSummaries(
          List.of(
              OrganisationSummary.builder(
                      "coop-a",
                      OrganisationType.SAVINGS,
                      new RubricRef("mini-award", "1"),
                      FiscalYear.ofBuddhistEra(2566))
                  .node("mini-award", Ratio.of(50), Ratio.of(100))
                  .build()));

  /** The written document with one property of one object set (or removed, when null). */
  private static String changed(String parent, String field, String value) {
    JsonNode root = MAPPER.readTree(WRITTEN);
    ObjectNode o = (ObjectNode) root.at(parent);
    if (value == null) {
      assertThat(o.has(field)).as("%s has %s", parent, field).isTrue();
      o.remove(field);
    } else {
      o.set(field, MAPPER.readTree(value));
    }
    return root.toString();
  }

  private static List<Violation> refused(String document) {
    JsonFormatException e =
        catchThrowableOfType(() -> JSON.readSummaries(document), JsonFormatException.class);
    assertThat(e).as("refused: %s", document).isNotNull();
    return e.report().violations();
  }

  @Test
  void the_node_ids_and_the_exact_values_are_required() {
    assertThat(refused(changed("", "nodes", null)))
        .extracting(Violation::path, Violation::rule)
        .contains(tuple("/nodes", "value.required"));
    assertThat(refused(changed("/summaries/0", "exact", null)))
        .extracting(Violation::path, Violation::rule)
        .contains(tuple("/summaries/0/exact", "value.required"));
  }

  @Test
  void a_summary_has_one_pair_per_node_even_when_there_are_no_nodes() {
    // no node ids, one pair: 1 pair where 0 are expected
    assertThat(refused(changed("", "nodes", "[]")))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .contains(tuple("/summaries/0/exact", "summary.values-per-node", "1"));
  }

  @Test
  void a_pair_is_two_ratio_strings_of_which_only_the_earned_may_be_null() {
    assertThat(refused(changed("/summaries/0", "exact", "[[\"1\"]]")))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/summaries/0/exact/0", "summary.values-pair"));
    assertThat(refused(changed("/summaries/0", "exact", "[[\"1\", null]]")))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/summaries/0/exact/0/1", "summary.values-pair"));
    assertThat(refused(changed("/summaries/0", "exact", "[[5, \"100\"]]")))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/summaries/0/exact/0/0", "json.type", "5"));

    // earned null: nothing earned is known, the possible 100 is
    List<OrganisationSummary> read =
        JSON.readSummaries(changed("/summaries/0", "exact", "[[null, \"100\"]]"));
    assertThat(read).hasSize(1);
  }

  @Test
  void a_field_not_known_is_refused_at_every_level() {
    assertThat(refused(changed("", "extra", "1")))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/extra", "json.unknown-field"));
    assertThat(refused(changed("/summaries/0", "extra", "1")))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/summaries/0/extra", "json.unknown-field"));
    assertThat(
            refused(
                changed(
                    "/summaries/0",
                    "levels",
                    "[{\"ladder\": \"l\", \"rung\": \"r\", \"extra\": 1}]")))
        .extracting(Violation::path, Violation::rule)
        .contains(tuple("/summaries/0/levels/0/extra", "json.unknown-field"));
  }
}
