package io.github.assessmentkit.json;

import io.github.assessmentkit.testing.Draw;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change, drawn at random, to one object of a written document: a field removed, or its value
 * replaced by a string, a negative number, a boolean, null, an array, an object, or an extra field
 * added.
 *
 * @param document the changed document
 * @param change what was changed, for failure messages
 */
record OneBreak(String document, String change) {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /**
   * Breaks a document at one place.
   *
   * @param written the document as the writer wrote it
   * @param d where the random choices come from
   * @return the changed document and what changed
   */
  static OneBreak of(String written, Draw d) {
    JsonNode tree = MAPPER.readTree(written);
    List<ObjectNode> objects = new ArrayList<>();
    collect(tree, objects);
    ObjectNode target = d.oneOf(objects);
    List<String> names = new ArrayList<>();
    target.propertyNames().forEach(names::add);
    if (names.isEmpty()) {
      target.put("extra", 1);
      return new OneBreak(MAPPER.writeValueAsString(tree), "added extra to an empty object");
    }
    String name = d.oneOf(names);
    JsonNodeFactory f = JsonNodeFactory.instance;
    String change;
    switch (d.between(0, 7)) {
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
      case 6 -> {
        target.set(name, f.objectNode().put("deeper", 1));
        change = name + " = {\"deeper\": 1}";
      }
      default -> {
        target.put("extra", 1);
        change = "added extra";
      }
    }
    return new OneBreak(MAPPER.writeValueAsString(tree), change);
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
}
