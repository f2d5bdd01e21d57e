package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.migration.MergeRule;
import io.github.assessmentkit.migration.Migration;
import io.github.assessmentkit.migration.MigrationEntry;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.migration.MigrationOutcome;
import io.github.assessmentkit.migration.MigrationReport;
import io.github.assessmentkit.migration.MigrationResult;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Migration mappings and reports are written with each step's kind, ids and rule, each entry's
 * outcome, ids and reason, and read back equal; a bad mapping is refused with the place and rule of
 * each problem, in Thai and English.
 */
class MigrationJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();

  private static String mappingDocument(String steps) {
    return "{\"format\": \"assessmentkit/migration-mapping\", \"formatVersion\": 1,"
        + " \"from\": \"cqa@2025.1\", \"to\": \"cqa@2026.1\", \"steps\": ["
        + steps
        + "]}";
  }

  private static List<Violation> refusal(Runnable read) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, read::run);
    assertThat(e).isNotNull();
    assertThat(e.report().violations())
        .allSatisfy(v -> assertThat(v.message().isBilingual()).as(v.toString()).isTrue());
    return e.report().violations();
  }

  @Test
  void a_mapping_with_every_kind_of_step_is_written_as_documented_and_reads_back_equal() {
    MigrationMapping mapping = EvolutionSamples.mapping();

    String written = json.writeString(mapping);

    assertThat(written)
        .isEqualTo(
            """
            {
              "format": "assessmentkit/migration-mapping",
              "formatVersion": 1,
              "from": "cqa@2025.1",
              "to": "cqa@2026.1",
              "steps": [
                {
                  "kind": "rename",
                  "from": "2.3",
                  "to": "2.4"
                },
                {
                  "kind": "merge",
                  "from": [
                    "4.1",
                    "4.2",
                    "4.3"
                  ],
                  "to": "4.1",
                  "rule": "lower-middle"
                },
                {
                  "kind": "split",
                  "from": "5.1",
                  "to": [
                    "5.1a",
                    "5.1b"
                  ]
                },
                {
                  "kind": "drop",
                  "from": "6.9"
                }
              ]
            }
            """);
    byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(mapping, out);
    assertThat(out.toByteArray()).isEqualTo(bytes);
    assertThat(json.readMigrationMapping(written)).isEqualTo(mapping);
    assertThat(json.readMigrationMapping(bytes)).isEqualTo(mapping);
    assertThat(json.readMigrationMapping(new ByteArrayInputStream(bytes))).isEqualTo(mapping);
  }

  @Test
  void every_merge_rule_and_an_empty_mapping_read_back_equal() {
    for (MergeRule rule : MergeRule.values()) {
      MigrationMapping m =
          MigrationMapping.between(RubricRef.parse("a@1"), RubricRef.parse("a@2"))
              .merge("x", rule, "p", "q")
              .build();
      assertThat(json.readMigrationMapping(json.writeString(m))).as(rule.name()).isEqualTo(m);
    }
    MigrationMapping none =
        MigrationMapping.between(RubricRef.parse("a@1"), RubricRef.parse("a@2")).build();
    assertThat(json.writeString(none)).contains("\"steps\": []");
    assertThat(json.readMigrationMapping(json.writeString(none))).isEqualTo(none);
  }

  @Test
  void an_unknown_kind_of_step_is_refused_at_its_kind() {
    List<Violation> v =
        refusal(
            () ->
                json.readMigrationMapping(
                    mappingDocument(
                        "{\"kind\": \"drop\", \"from\": \"1\"},"
                            + " {\"kind\": \"copy\", \"from\": \"2\", \"to\": \"3\"}")));

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/steps/1/kind", "value.one-of"));
    assertThat(v.get(0).message().get(Language.EN))
        .isEqualTo("'copy' is not allowed here (allowed: rename, merge, split, drop)");
  }

  @Test
  void a_merge_with_one_source_and_a_split_into_one_are_refused_at_their_lists() {
    List<Violation> v =
        refusal(
            () ->
                json.readMigrationMapping(
                    mappingDocument(
                        "{\"kind\": \"merge\", \"from\": [\"4.1\"], \"to\": \"4.1\","
                            + " \"rule\": \"lowest\"},"
                            + " {\"kind\": \"split\", \"from\": \"5.1\", \"to\": [\"5.1a\"]}")));

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/steps/0/from", "value.min-entries"), tuple("/steps/1/to", "value.min-entries"));
    assertThat(v.get(0).message().get(Language.EN)).isEqualTo("from needs 2 or more items");
    assertThat(v.get(1).message().get(Language.EN)).isEqualTo("to needs 2 or more items");
  }

  @Test
  void an_id_named_twice_on_one_side_is_refused_at_its_second_use() {
    List<Violation> v =
        refusal(
            () ->
                json.readMigrationMapping(
                    mappingDocument(
                        "{\"kind\": \"rename\", \"from\": \"2.3\", \"to\": \"2.4\"},"
                            + " {\"kind\": \"drop\", \"from\": \"2.3\"},"
                            + " {\"kind\": \"split\", \"from\": \"5.1\","
                            + " \"to\": [\"5.1a\", \"2.4\"]}")));

    // 2.3 is read by steps 0 and 1; 2.4 is written by step 0 and by step 2's second target
    assertThat(v)
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(
            tuple("/steps/1/from", "mapping.unique-id", "2.3"),
            tuple("/steps/2/to/1", "mapping.unique-id", "2.4"));
    assertThat(v.get(0).message().get(Language.EN))
        .isEqualTo("the older id '2.3' is read by more than one step of the mapping");
    assertThat(v.get(1).message().get(Language.TH))
        .isEqualTo("รหัสใหม่ '2.4' ถูกระบุเป็นปลายทางมากกว่าหนึ่งครั้งในการจับคู่");
  }

  @Test
  void blank_ids_a_missing_rule_and_an_unknown_field_are_each_named() {
    List<Violation> v =
        refusal(
            () ->
                json.readMigrationMapping(
                    mappingDocument(
                        "{\"kind\": \"rename\", \"from\": \"2.3\", \"to\": \" \"},"
                            + " {\"kind\": \"merge\", \"from\": [\"a\", \"\"], \"to\": \"b\"},"
                            + " {\"kind\": \"drop\", \"from\": \"6.9\", \"reason\": \"old\"}")));

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/steps/0/to", "value.not-blank"),
            tuple("/steps/1/from/1", "value.not-blank"),
            tuple("/steps/1/rule", "value.required"),
            tuple("/steps/2/reason", "json.unknown-field"));
    assertThat(v.get(0).message().get(Language.EN)).isEqualTo("to must not be blank");
  }

  @Test
  void a_migration_report_reads_back_equal_with_every_outcome_it_holds() {
    // mini award v1 (items 1.1, 1.2, 2.1) to a version with 1.2 split in two and 2.1 merged
    // with 1.1 into 1.x, and a new 2.9 with no source
    Rubric v1 = MiniRubrics.award();
    Rubric v2 =
        Rubric.from(v1)
            .version("2")
            .remove("1.1")
            .remove("1.2")
            .add("1", item("1.x", 40))
            .add("1", item("1.2a", 10))
            .add("1", item("1.2b", 10))
            .remove("2.1")
            .add("2", item("2.9", 40))
            .build();
    Assessment lastYear =
        MiniRubrics.assessmentOf(v1)
            .rating(Rating.of("1.1", 70))
            .rating(Rating.of("1.2", 50))
            .rating(Rating.of("2.1", 40))
            .build();
    MigrationMapping mapping =
        MigrationMapping.between(v1.ref(), v2.ref())
            .merge("1.x", MergeRule.LOWEST, "1.1", "2.1")
            .split("1.2", "1.2a", "1.2b")
            .build();
    MigrationResult result = Migration.migrate(v1, v2, lastYear, mapping);
    MigrationReport report = result.report();

    String written = json.writeString(report);

    // 1.x merged from 1.1 and 2.1; 1.2a and 1.2b split from 1.2; 2.9 without a source
    assertThat(report.entries())
        .extracting(MigrationEntry::outcome, MigrationEntry::toId)
        .containsExactly(
            tuple(MigrationOutcome.MERGED, "1.x"),
            tuple(MigrationOutcome.SPLIT, "1.2a"),
            tuple(MigrationOutcome.SPLIT, "1.2b"),
            tuple(MigrationOutcome.NOT_CARRIED, "2.9"));
    assertThat(written)
        .startsWith(
            "{\n  \"format\": \"assessmentkit/migration-report\",\n  \"formatVersion\": 1,\n"
                + "  \"from\": \"mini-award@1\",\n  \"to\": \"mini-award@2\",\n  \"entries\": [\n"
                + "    {\n      \"outcome\": \"merged\",\n      \"fromIds\": [\n"
                + "        \"1.1\",\n        \"2.1\"\n      ],\n      \"toId\": \"1.x\",\n"
                + "      \"reason\": {\n")
        .contains(
            "\"outcome\": \"not-carried\",\n      \"fromIds\": [],\n      \"toId\": \"2.9\",\n");
    assertThat(json.readMigrationReport(written)).isEqualTo(report);
    assertThat(json.readMigrationReport(written.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(report);
  }

  @Test
  void a_dropped_rating_is_written_without_a_newer_id_and_reads_back_equal() {
    MigrationReport report =
        new MigrationReport(
            RubricRef.parse("a@1"),
            RubricRef.parse("a@2"),
            List.of(
                new MigrationEntry(
                    MigrationOutcome.DROPPED,
                    List.of("6.9"),
                    null,
                    Text.of("ตัดออกตามการจับคู่", "dropped by the mapping")),
                new MigrationEntry(
                    MigrationOutcome.KEPT, List.of("1.1"), "1.1", Text.en("kept as it was"))));

    String written = json.writeString(report);

    assertThat(written)
        .contains(
            "\"outcome\": \"dropped\",\n      \"fromIds\": [\n        \"6.9\"\n      ],\n"
                + "      \"reason\": {");
    assertThat(json.readMigrationReport(written)).isEqualTo(report);
  }

  @Test
  void a_bad_report_entry_is_refused_at_its_place() {
    String doc =
        "{\"format\": \"assessmentkit/migration-report\", \"formatVersion\": 1, \"from\": \"a@1\","
            + " \"to\": \"a@2\", \"entries\": [{\"outcome\": \"guessed\", \"fromIds\": [],"
            + " \"toId\": \"1\", \"reason\": {\"en\": \"x\"}}, {\"outcome\": \"kept\","
            + " \"fromIds\": [\"1\"], \"toId\": \"1\"}]}";

    List<Violation> v = refusal(() -> json.readMigrationReport(doc));

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/entries/0/outcome", "value.one-of"),
            tuple("/entries/1/reason", "value.required"));
  }

  @Test
  void mappings_and_reports_are_read_under_the_codec_s_limits() {
    String mapping = json.writeString(EvolutionSamples.mapping());
    AssessmentJson twoAtMost = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxArrayLength(2));
    AssessmentJson shallow = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxNestingDepth(2));

    // the merge's third source, then the steps array's third step, pass two elements
    assertThat(refusal(() -> twoAtMost.readMigrationMapping(mapping)))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/steps/1/from/2", "json.limit"));
    assertThat(refusal(() -> shallow.readMigrationMapping(mapping)))
        .extracting(Violation::rule)
        .containsExactly("json.limit");
  }

  @Test
  void a_codec_writes_no_mapping_or_diff_it_would_not_read_back() {
    String mapping = json.writeString(EvolutionSamples.mapping());
    String diff = json.writeString(EvolutionSamples.everyKindOfChange());
    // one byte short of each document
    AssessmentJson shortOfMapping =
        AssessmentJson.of(JsonLimits.DEFAULTS.withMaxDocumentBytes(mapping.length() - 1));
    AssessmentJson shortOfDiff =
        AssessmentJson.of(
            JsonLimits.DEFAULTS.withMaxDocumentBytes(
                diff.getBytes(StandardCharsets.UTF_8).length - 1));

    assertThat(
            catchThrowableOfType(
                io.github.assessmentkit.InvalidValueException.class,
                () -> shortOfMapping.writeString(EvolutionSamples.mapping())))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                io.github.assessmentkit.InvalidValueException.class,
                () -> shortOfDiff.writeString(EvolutionSamples.everyKindOfChange())))
        .isNotNull();
    assertThat(
            AssessmentJson.of(JsonLimits.DEFAULTS.withMaxDocumentBytes(mapping.length()))
                .writeString(EvolutionSamples.mapping()))
        .isEqualTo(mapping);
  }

  private static Criterion item(String id, long points) {
    return Criterion.builder(id, Text.en("Item " + id))
        .points(points)
        .indicator(MiniRubrics.band(id))
        .build();
  }
}
