package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.InvalidValueException;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.StreamWriteException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the unknown fields a document was read with (extensions) after the known ones, in name
 * order, each parsed back from its compact JSON text. Thread-safe.
 */
final class ExtensionWriter {
  private final JsonMapper mapper;

  /**
   * Creates a writer.
   *
   * @param mapper the mapper that parses extension text back into trees
   */
  ExtensionWriter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Writes the extensions as properties of the object being written.
   *
   * @param extensions the unknown fields
   * @param g the generator
   * @throws IllegalArgumentException if a field's text is not JSON or its name is one the format
   *     already wrote
   */
  void write(Extensions extensions, JsonGenerator g) {
    for (Map.Entry<String, String> e : extensions.fields().entrySet()) {
      JsonNode tree;
      try {
        tree = mapper.readTree(e.getValue());
      } catch (JacksonException x) {
        throw new InvalidValueException(JsonMessages.extensionNotJson(e.getKey(), e.getValue()), x);
      }
      try {
        g.writeName(e.getKey());
      } catch (StreamWriteException x) {
        throw new InvalidValueException(JsonMessages.extensionNamedLikeAField(e.getKey()), x);
      }
      g.writeTree(tree);
    }
  }
}
