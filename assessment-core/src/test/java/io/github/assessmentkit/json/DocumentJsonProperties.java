package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.Draw;
import io.github.assessmentkit.testing.ScoringCases;
import io.github.assessmentkit.testing.ScoringCases.Case;
import io.github.assessmentkit.testing.Tally;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rubrics and assessments survive the JSON format: random ones (see {@link ScoringCases}) read back
 * equal and write the same bytes again; a written document with one part broken either reads or is
 * refused with a bilingual report, never with another exception.
 */
class DocumentJsonProperties {
  private static final int EXAMPLES = 300;
  private static final AssessmentJson JSON = AssessmentJson.standard();
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  @Test
  void any_rubric_and_assessment_read_back_equal_and_write_the_same_bytes_again() {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases())
        .checkAssert(
            c -> {
              // given
              tally.saw(c);

              // when
              String rubricJson = JSON.writeString(c.rubric());
              String assessmentJson = JSON.writeString(c.assessment());
              Rubric rubric = JSON.readRubric(rubricJson);
              Assessment assessment = JSON.readAssessment(assessmentJson);

              // then
              assertThat(rubric).isEqualTo(c.rubric());
              assertThat(rubric.criteria()).isEqualTo(c.rubric().criteria());
              assertThat(assessment).isEqualTo(c.assessment());
              assertThat(JSON.writeString(rubric)).isEqualTo(rubricJson);
              assertThat(JSON.writeString(assessment)).isEqualTo(assessmentJson);
            });
    tally.assertVaried(EXAMPLES);
  }

  /** A document and one change to one of its objects, drawn at random. */
  record Broken(Case base, String document, String change) {}

  private static Gen<Broken> broken(Function<Case, String> write) {
    return in -> {
      Case c = ScoringCases.cases().generate(in);
      Draw d = new Draw(in);
      JsonNode tree = MAPPER.readTree(write.apply(c));
      List<ObjectNode> objects = new ArrayList<>();
      collect(tree, objects);
      ObjectNode target = d.oneOf(objects);
      List<String> names = new ArrayList<>();
      target.propertyNames().forEach(names::add);
      if (names.isEmpty()) {
        target.put("extra", 1);
        return new Broken(c, MAPPER.writeValueAsString(tree), "added extra to an empty object");
      }
      String name = d.oneOf(names);
      JsonNodeFactory f = JsonNodeFactory.instance;
      String change;
      switch (d.between(0, 6)) {
        case 0 -> {
          target.remove(name);
          change = "removed " + name;
        }
        case 1 -> {
          target.put(name, "x");
          change = name + " = \"x\"";
        }
        case 2 -> {
          target.put(name, new BigDecimal("-1.5"));
          change = name + " = -1.5";
        }
        case 3 -> {
          target.put(name, true);
          change = name + " = true";
        }
        case 4 -> {
          target.set(name, f.nullNode());
          change = name + " = null";
        }
        case 5 -> {
          target.set(name, f.arrayNode().add(f.objectNode()));
          change = name + " = [{}]";
        }
        default -> {
          target.set(name, f.objectNode().put("deeper", 1));
          change = name + " = {\"deeper\": 1}";
        }
      }
      return new Broken(c, MAPPER.writeValueAsString(tree), change);
    };
  }

  private static void collect(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode o) {
      out.add(o);
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        collect(e.getValue(), out);
      }
    } else if (node.isArray()) {
      for (JsonNode k : node) {
        collect(k, out);
      }
    }
  }

  private static void readsOrIsRefusedWithAReport(
      Gen<Broken> documents, Function<String, Object> read) {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(documents)
        .checkAssert(
            b -> {
              // given
              tally.saw(b.base());

              // when
              Throwable thrown = catchThrowable(() -> read.apply(b.document()));

              // then
              if (thrown == null) {
                tally.bump("read");
                return;
              }
              tally.bump("refused");
              assertThat(thrown).as(b.change()).isInstanceOf(JsonFormatException.class);
              List<Violation> found = ((JsonFormatException) thrown).report().violations();
              assertThat(found).as(b.change()).isNotEmpty();
              for (Violation v : found) {
                assertThat(v.message().isBilingual()).as("%s: %s", b.change(), v).isTrue();
                assertThat(v.path()).as("%s: %s", b.change(), v).matches("(/[^/]*)*");
              }
            });
    tally.assertVaried(EXAMPLES);
    // most changes break the document; some (a rationale removed, say) do not
    assertThat(tally.count("refused")).as("%s", tally).isGreaterThan(EXAMPLES / 2);
  }

  @Test
  void a_rubric_with_one_part_broken_reads_or_is_refused_with_a_report_and_nothing_else() {
    readsOrIsRefusedWithAReport(broken(c -> JSON.writeString(c.rubric())), JSON::readRubric);
  }

  @Test
  void an_assessment_with_one_part_broken_reads_or_is_refused_with_a_report_and_nothing_else() {
    readsOrIsRefusedWithAReport(
        broken(c -> JSON.writeString(c.assessment())), JSON::readAssessment);
  }
}
