package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.migration.MergeRule;
import io.github.assessmentkit.migration.MigrationEntry;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.migration.MigrationOutcome;
import io.github.assessmentkit.migration.MigrationReport;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rubric-diff, migration-mapping and migration-report documents the writer produces conform to
 * their shipped schemas, whose shapes of criteria, indicators, scales, ladders and award schemes
 * are the rubric schema's own.
 */
class EvolutionSchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final AssessmentJson json = AssessmentJson.standard();

  @Test
  void the_diff_schema_s_shapes_of_rubric_parts_are_copies_of_the_rubric_schema_s() {
    JsonNode rubric = MAPPER.readTree(DocumentFormat.RUBRIC.openSchema()).get("$defs");
    JsonNode diff = MAPPER.readTree(DocumentFormat.RUBRIC_DIFF.openSchema()).get("$defs");

    for (String shape :
        List.of(
            "id",
            "text",
            "decimal",
            "provenance",
            "notApplicablePolicy",
            "unratedPolicy",
            "whenNothingCounts",
            "criterion",
            "indicator",
            "scale",
            "metric",
            "condition",
            "ladder",
            "award")) {
      assertThat(diff.get(shape)).as(shape).isEqualTo(rubric.get(shape));
    }
    // an area is what a criterion lists under "areas", with a description of its own
    JsonNode area = rubric.at("/criterion/properties/areas/items");
    assertThat(diff.at("/area/properties")).isEqualTo(area.get("properties"));
    assertThat(diff.at("/area/required")).isEqualTo(area.get("required"));
  }

  @Test
  void the_mapping_and_report_schemas_share_the_rubric_schema_s_id_and_text() {
    JsonNode rubric = MAPPER.readTree(DocumentFormat.RUBRIC.openSchema()).get("$defs");
    JsonNode mapping = MAPPER.readTree(DocumentFormat.MIGRATION_MAPPING.openSchema()).get("$defs");
    JsonNode report = MAPPER.readTree(DocumentFormat.MIGRATION_REPORT.openSchema()).get("$defs");

    assertThat(mapping.get("id")).isEqualTo(rubric.get("id"));
    assertThat(report.get("id")).isEqualTo(rubric.get("id"));
    assertThat(report.get("text")).isEqualTo(rubric.get("text"));
  }

  @Test
  void what_the_writer_produces_conforms_to_the_schemas() {
    Rubric v1 = MiniRubrics.award();
    Rubric smaller = Rubric.from(v1).version("3").remove("1.2").reweight("1.1", 60).build();
    Rubric example = json.readRubric(Resources.open("examples/rubric-mini.json"));
    Rubric renamed =
        Rubric.from(example).version("2").rename("1.1", Text.of("ผู้นำ", "Leaders")).build();
    MigrationReport report =
        new MigrationReport(
            RubricRef.parse("a@1"),
            RubricRef.parse("a@2"),
            List.of(
                new MigrationEntry(
                    MigrationOutcome.DROPPED, List.of("6.9"), null, Text.en("dropped")),
                new MigrationEntry(
                    MigrationOutcome.NOT_CARRIED, List.of(), "7.1", Text.th("ไม่มีต้นทาง"))));

    for (RubricDiff d :
        List.of(
            EvolutionSamples.everyKindOfChange(),
            RubricDiff.between(v1, smaller),
            RubricDiff.between(smaller, v1),
            RubricDiff.between(example, renamed),
            RubricDiff.between(v1, v1))) {
      assertThat(SchemaTest.errors(DocumentFormat.RUBRIC_DIFF, json.writeString(d)))
          .as(d.toString())
          .isEmpty();
    }
    assertThat(
            SchemaTest.errors(
                DocumentFormat.MIGRATION_MAPPING, json.writeString(EvolutionSamples.mapping())))
        .isEmpty();
    assertThat(SchemaTest.errors(DocumentFormat.MIGRATION_REPORT, json.writeString(report)))
        .isEmpty();
  }

  @Test
  void the_schemas_reject_what_the_reader_rejects() {
    String mapping =
        json.writeString(
            MigrationMapping.between(RubricRef.parse("a@1"), RubricRef.parse("a@2"))
                .merge("x", MergeRule.LOWEST, "p", "q")
                .build());
    String oneSource = mapping.replace("\"p\",\n        \"q\"", "\"p\"");
    String unknownKind = mapping.replace("\"merge\"", "\"copy\"");
    String areaWithNeither =
        "{\"format\": \"assessmentkit/rubric-diff\", \"formatVersion\": 1, \"from\": \"r@1\","
            + " \"to\": \"r@2\", \"changes\": [{\"kind\": \"area-changed\", \"criterion\": \"1\","
            + " \"area\": \"1a\"}]}";

    // a step or change matches none of the kinds: each kind's schema names its own mismatch
    assertThat(SchemaTest.errors(DocumentFormat.MIGRATION_MAPPING, oneSource))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/steps/0/from")
        .allSatisfy(at -> assertThat(at).startsWith("/steps/0"));
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC_DIFF, areaWithNeither))
        .extracting(e -> e.getInstanceLocation().toString())
        .isNotEmpty()
        .allSatisfy(at -> assertThat(at).startsWith("/changes/0"));
    assertThat(oneSource).contains("\"from\": [\n        \"p\"\n      ]");
    assertThat(SchemaTest.errors(DocumentFormat.MIGRATION_MAPPING, unknownKind))
        .extracting(e -> e.getInstanceLocation().toString())
        .isNotEmpty()
        .allSatisfy(at -> assertThat(at).startsWith("/steps/0"));
  }
}
