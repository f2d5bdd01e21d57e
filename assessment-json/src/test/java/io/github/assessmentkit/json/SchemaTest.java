package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every example document, and everything the writer produces, conforms to the shipped schemas. */
class SchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final AssessmentJson json = AssessmentJson.standard();

  static Schema schema(DocumentFormat format) {
    try (InputStream in = format.openSchema()) {
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> errors(DocumentFormat format, String document) {
    JsonNode node = MAPPER.readTree(document);
    return schema(format).validate(node);
  }

  @Test
  void ships_a_draft_2020_12_schema_for_each_document_type_at_a_stable_path() {
    for (DocumentFormat format : DocumentFormat.values()) {
      // given the schema in the jar
      JsonNode schema = MAPPER.readTree(format.openSchema());

      // then
      assertThat(schema.get("$schema").stringValue())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.get("$id").stringValue())
          .isEqualTo("urn:assessmentkit:schema:" + format.name().toLowerCase() + ":1");
      assertThat(schema.at("/properties/format/const").stringValue()).isEqualTo(format.id());
    }
    assertThat(DocumentFormat.ASSESSMENT.schemaResource())
        .isEqualTo("/io/github/assessmentkit/json/schema/assessment-1.schema.json");
  }

  @Test
  void the_example_documents_conform_to_their_schemas() {
    // given
    String rubric =
        new String(Resources.bytes("examples/rubric-mini.json"), StandardCharsets.UTF_8);
    String assessment =
        new String(Resources.bytes("examples/assessment-mini.json"), StandardCharsets.UTF_8);
    String scorecard =
        new String(Resources.bytes("examples/scorecard-mini.json"), StandardCharsets.UTF_8);

    // then
    assertThat(errors(DocumentFormat.RUBRIC, rubric)).isEmpty();
    assertThat(errors(DocumentFormat.ASSESSMENT, assessment)).isEmpty();
    assertThat(errors(DocumentFormat.SCORECARD, scorecard)).isEmpty();
  }

  @Test
  void what_the_writer_produces_conforms_to_the_schemas() {
    // given
    Rubric example = json.readRubric(Resources.open("examples/rubric-mini.json"));
    Assessment answered = json.readAssessment(Resources.open("examples/assessment-mini.json"));
    Scorecard card = Scorer.standard().score(example, answered);
    Rubric mini = MiniRubrics.award();
    Assessment partial =
        MiniRubrics.assessmentOf(mini)
            .rating(Rating.of("1.1", 35))
            .rating(Rating.notApplicable("1.2", "no such unit"))
            .build();

    // then
    assertThat(errors(DocumentFormat.RUBRIC, json.writeString(example))).isEmpty();
    assertThat(errors(DocumentFormat.RUBRIC, json.writeString(mini))).isEmpty();
    assertThat(errors(DocumentFormat.RUBRIC, json.writeString(MiniRubrics.checklist()))).isEmpty();
    assertThat(errors(DocumentFormat.ASSESSMENT, json.writeString(answered))).isEmpty();
    assertThat(errors(DocumentFormat.ASSESSMENT, json.writeString(partial))).isEmpty();
    assertThat(errors(DocumentFormat.SCORECARD, json.writeString(card))).isEmpty();
    assertThat(
            errors(
                DocumentFormat.SCORECARD, json.writeString(Scorer.standard().score(mini, partial))))
        .isEmpty();
  }

  @Test
  void the_schemas_reject_what_the_reader_rejects() {
    // given a rating that is both not applicable and valued, and a document of a newer version
    String both =
        "{\"format\":\"assessmentkit/assessment\",\"formatVersion\":1,\"id\":\"a\","
            + "\"subject\":{\"id\":\"s\",\"name\":{\"en\":\"S\"},\"type\":\"savings\"},"
            + "\"rubric\":\"r@1\",\"period\":{\"era\":\"BE\",\"fiscalYear\":2566},"
            + "\"ratings\":[{\"indicator\":\"1.1\",\"value\":35,\"notApplicable\":\"closed\"}]}";
    String newer = both.replace("\"formatVersion\":1", "\"formatVersion\":2");

    // then
    assertThat(errors(DocumentFormat.ASSESSMENT, both))
        .extracting(Error::getInstanceLocation)
        .extracting(Object::toString)
        .contains("/ratings/0");
    assertThat(errors(DocumentFormat.ASSESSMENT, newer))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/formatVersion");
  }
}
