package io.github.assessmentkit.cqa.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.diff.RubricChange;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The diff of the README's savings edition of the CQA set, and the diff back, are written as
 * rubric-diff documents that conform to their schema and read back equal.
 */
class CqaEvolutionJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final Rubric cqa = CqaCriteria.rubric();
  private final Rubric savings =
      Rubric.from(cqa)
          .id("cqa-savings")
          .version("2025.2")
          .title(Text.of("เกณฑ์ CQA สำหรับสหกรณ์ออมทรัพย์", "CQA for savings cooperatives"))
          .addArea(
              "3.1",
              new Area(
                  "3.1s",
                  Text.of(
                      "สหกรณ์รับฟังสมาชิกผู้ฝากเงินแต่ละช่วงอายุอย่างไร",
                      "How are savers of each age group heard?")))
          .reweight("7.5", 100)
          .reweight("7.1", 110)
          .build();

  private static Schema schema() throws IOException {
    try (InputStream in = DocumentFormat.RUBRIC_DIFF.openSchema()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  @Test
  void the_savings_edition_s_diff_reads_back_equal_and_conforms_to_the_schema() throws IOException {
    RubricDiff diff = RubricDiff.between(cqa, savings);
    RubricDiff back = RubricDiff.between(savings, cqa);

    String written = json.writeString(diff);

    // id, version and title; area 3.1s; items 7.1 120 -> 110 and 7.5 90 -> 100
    assertThat(diff.changes()).hasSize(6);
    assertThat(written)
        .contains("\"kind\": \"area-changed\",\n      \"criterion\": \"3.1\",\n")
        .contains(
            "\"kind\": \"points-changed\",\n      \"id\": \"7.5\",\n"
                + "      \"before\": 90,\n      \"after\": 100\n");
    assertThat(json.readRubricDiff(written)).isEqualTo(diff);
    assertThat(json.readRubricDiff(written).toText(Language.EN))
        .isEqualTo(diff.toText(Language.EN));
    assertThat(json.readRubricDiff(json.writeString(back))).isEqualTo(back);
    JsonMapper mapper = JsonMapper.builder().build();
    assertThat(schema().validate(mapper.readTree(written))).isEmpty();
    assertThat(schema().validate(mapper.readTree(json.writeString(back)))).isEmpty();
    assertThat(back.changes())
        .filteredOn(c -> c instanceof RubricChange.AreaChanged)
        .singleElement()
        .satisfies(c -> assertThat(((RubricChange.AreaChanged) c).after()).isNull());
  }
}
