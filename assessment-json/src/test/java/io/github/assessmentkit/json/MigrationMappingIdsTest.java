package io.github.assessmentkit.json;

import static io.github.assessmentkit.json.DocumentEdits.refusal;
import static io.github.assessmentkit.json.DocumentEdits.withUnknownField;
import static io.github.assessmentkit.json.DocumentEdits.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each older id of a migration mapping is read by one step and each newer id written by one, be the
 * step a rename, a merge, a split or a drop; mapping and report documents refuse fields they do not
 * know and name the lists they lack.
 */
class MigrationMappingIdsTest {
  private final AssessmentJson json = AssessmentJson.standard();

  private static String mappingDocument(String steps) {
    return "{\"format\": \"assessmentkit/migration-mapping\", \"formatVersion\": 1,"
        + " \"from\": \"cqa@2025.1\", \"to\": \"cqa@2026.1\", \"steps\": ["
        + steps
        + "]}";
  }

  @Test
  void a_merge_s_sources_and_target_and_a_split_s_source_each_count_as_one_use() {
    // step 0 reads a and b and writes x; step 1 reads b again and writes x again; step 2 reads s;
    // step 3 reads s again
    String doc =
        mappingDocument(
            "{\"kind\": \"merge\", \"from\": [\"a\", \"b\"], \"to\": \"x\", \"rule\": \"lowest\"},"
                + " {\"kind\": \"rename\", \"from\": \"b\", \"to\": \"x\"},"
                + " {\"kind\": \"split\", \"from\": \"s\", \"to\": [\"s1\", \"s2\"]},"
                + " {\"kind\": \"drop\", \"from\": \"s\"}");

    List<Violation> v = refusal(() -> json.readMigrationMapping(doc));

    assertThat(v)
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(
            tuple("/steps/1/from", "mapping.unique-id", "b"),
            tuple("/steps/1/to", "mapping.unique-id", "x"),
            tuple("/steps/3/from", "mapping.unique-id", "s"));
    assertThat(v.get(1).message().get(Language.EN))
        .isEqualTo("the newer id 'x' is written by more than one step of the mapping");
    assertThat(v.get(2).message().get(Language.TH))
        .isEqualTo("รหัสเดิม 's' ถูกระบุเป็นต้นทางมากกว่าหนึ่งครั้งในการจับคู่");
  }

  @Test
  void a_mapping_without_steps_and_a_report_without_entries_are_refused_at_the_list() {
    String mapping = json.writeString(EvolutionSamples.mapping());
    String report =
        "{\"format\": \"assessmentkit/migration-report\", \"formatVersion\": 1, \"from\": \"a@1\","
            + " \"to\": \"a@2\", \"entries\": [{\"outcome\": \"kept\", \"fromIds\": [\"1\"],"
            + " \"toId\": \"1\", \"reason\": {\"en\": \"kept\"}}]}";

    assertThat(refusal(() -> json.readMigrationMapping(without(mapping, "", "steps"))))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/steps", "value.required"));
    assertThat(refusal(() -> json.readMigrationReport(without(report, "", "entries"))))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/entries", "value.required"));
    assertThat(json.readMigrationReport(report).entries()).hasSize(1);
  }

  @Test
  void a_mapping_a_report_and_a_report_s_entry_refuse_a_field_they_do_not_know() {
    String mapping = json.writeString(EvolutionSamples.mapping());
    String report =
        "{\"format\": \"assessmentkit/migration-report\", \"formatVersion\": 1, \"from\": \"a@1\","
            + " \"to\": \"a@2\", \"entries\": [{\"outcome\": \"kept\", \"fromIds\": [\"1\"],"
            + " \"toId\": \"1\", \"reason\": {\"en\": \"kept\"}}]}";

    assertThat(refusal(() -> json.readMigrationMapping(withUnknownField(mapping, ""))))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/extra", "json.unknown-field"));
    assertThat(refusal(() -> json.readMigrationReport(withUnknownField(report, ""))))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/extra", "json.unknown-field"));
    assertThat(refusal(() -> json.readMigrationReport(withUnknownField(report, "/entries/0"))))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/entries/0/extra", "json.unknown-field"));
  }
}
