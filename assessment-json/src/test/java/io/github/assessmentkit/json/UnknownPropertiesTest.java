package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A property the format does not know, added to any object of the example documents, is either
 * refused at its own pointer or, on the objects that keep unknown fields (rubric, criterion,
 * indicator, assessment, rating, evidence), kept and written back: it never passes silently.
 */
class UnknownPropertiesTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String UNKNOWN = "zzUnknown";
  private final AssessmentJson json = AssessmentJson.standard();

  /** The pointers of every object in a tree, the root ("") first. */
  private static List<String> objects(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      out.add(at);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String key = e.getKey().replace("~", "~0").replace("/", "~1");
        objects(e.getValue(), at + "/" + key, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objects(node.get(i), at + "/" + i, out);
      }
    }
    return out;
  }

  /**
   * Adds the unknown property to each object in turn and reads the document: it must be refused
   * with a problem at the new property's pointer, or read and written back with the property.
   *
   * @return how many objects refused it and how many kept it
   */
  private int[] check(String resource, Function<byte[], String> readAndWrite) {
    return check(Resources.bytes(resource), readAndWrite);
  }

  private int[] check(byte[] document, Function<byte[], String> readAndWrite) {
    JsonNode tree = MAPPER.readTree(document);
    int refused = 0;
    int kept = 0;
    List<String> silent = new ArrayList<>();
    for (String at : objects(tree, "", new ArrayList<>())) {
      JsonNode copy = tree.deepCopy();
      ((ObjectNode) copy.at(at)).put(UNKNOWN, 1);
      byte[] doc = MAPPER.writeValueAsBytes(copy);
      try {
        String written = readAndWrite.apply(doc);
        if (written.contains("\"" + UNKNOWN + "\"")) {
          kept++;
        } else {
          silent.add(at);
        }
      } catch (JsonFormatException e) {
        List<String> paths = e.report().violations().stream().map(Violation::path).toList();
        if (paths.contains(at + "/" + UNKNOWN)) {
          refused++;
        } else {
          silent.add(at + " " + paths);
        }
      }
    }
    assertThat(silent).as("objects where an unknown property passed unnoticed").isEmpty();
    return new int[] {refused, kept};
  }

  @Test
  void no_unknown_property_of_a_rubric_passes_silently() {
    int[] outcome =
        check("examples/rubric-mini.json", doc -> json.writeString(json.readRubric(doc)));

    // the rubric itself, its criteria and its indicators keep it; there is at least one of each
    assertThat(outcome[0]).isPositive();
    assertThat(outcome[1]).isGreaterThanOrEqualTo(3);
  }

  @Test
  void no_unknown_property_of_an_assessment_passes_silently() {
    int[] outcome =
        check("examples/assessment-mini.json", doc -> json.writeString(json.readAssessment(doc)));

    assertThat(outcome[0]).isPositive();
    assertThat(outcome[1]).isGreaterThanOrEqualTo(1);
  }

  @Test
  void no_unknown_property_of_a_scorecard_passes_silently() {
    int[] outcome =
        check("examples/scorecard-mini.json", doc -> json.writeString(json.readScorecard(doc)));

    assertThat(outcome[0]).isPositive();
  }

  @Test
  void no_unknown_property_of_a_golden_vector_passes_silently() {
    // given a vector expecting a node, an indicator, a level and an award, each an object that
    // takes no other property
    GoldenVector v =
        new GoldenVector(
            "all-parts",
            Text.of("ทุกส่วน", "All parts"),
            MiniRubrics.assessmentOf(MiniRubrics.award()).rating(Rating.of("1.1", 70)).build(),
            null,
            new GoldenVector.Expected(
                new BigDecimal("28"),
                null,
                Map.of("1", new GoldenVector.NodeValues(new BigDecimal("28"), null, null, true)),
                Map.of(
                    "1.1",
                    new GoldenVector.IndicatorValues(
                        new BigDecimal("28"), null, IndicatorStatus.RATED)),
                Map.of("overall", "fair"),
                Map.of("mini", new GoldenVector.Award(null, List.of(Text.en("held"))))));

    int[] outcome =
        check(
            json.writeString(v).getBytes(StandardCharsets.UTF_8),
            doc -> json.writeString(json.readGoldenVector(doc)));

    // the vector's own objects all refuse it; its assessment keeps it
    assertThat(outcome[0]).isGreaterThanOrEqualTo(6);
    assertThat(outcome[1]).isPositive();
  }
}
