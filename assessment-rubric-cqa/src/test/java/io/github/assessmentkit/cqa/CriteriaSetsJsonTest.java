package io.github.assessmentkit.cqa;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.rubric.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** The three criteria sets export as JSON documents that core's schema accepts and core reads. */
class CriteriaSetsJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();

  static List<Rubric> sets() {
    return CqaSets.all();
  }

  private static Schema rubricSchema() throws IOException {
    try (InputStream in = DocumentFormat.RUBRIC.openSchema()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void exports_as_a_rubric_document_that_validates_against_the_schema(Rubric set)
      throws IOException {
    // when
    String document = json.writeString(set);

    // then
    List<Error> errors = rubricSchema().validate(JsonMapper.builder().build().readTree(document));
    assertThat(errors).isEmpty();
    assertThat(document).contains("\"format\": \"assessmentkit/rubric\"");
    assertThat(document).contains("\"id\": \"" + set.id() + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void reads_back_equal_and_writes_the_same_bytes_again(Rubric set) {
    // given
    String document = json.writeString(set);

    // when
    Rubric back = json.readRubric(document);

    // then every criterion, indicator, scale, ladder and award scheme came back unchanged
    assertThat(back).isEqualTo(set);
    assertThat(back.criteria()).isEqualTo(set.criteria());
    assertThat(back.ladders()).isEqualTo(set.ladders());
    assertThat(back.awards()).isEqualTo(set.awards());
    assertThat(back.provenance()).isEqualTo(set.provenance());
    assertThat(json.writeString(back)).isEqualTo(document);
  }
}
