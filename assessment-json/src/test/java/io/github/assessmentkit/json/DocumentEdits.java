package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.validation.Violation;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Changes one object of a written document, keeping every number exactly as written. */
final class DocumentEdits {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private DocumentEdits() {}

  /**
   * {@return the document with the object at a JSON Pointer changed}
   *
   * @param document the document
   * @param pointer where the object stands ("" for the root)
   * @param change the change
   */
  static String edit(String document, String pointer, Consumer<ObjectNode> change) {
    JsonNode tree = MAPPER.readTree(document);
    JsonNode at = pointer.isEmpty() ? tree : tree.at(pointer);
    assertThat(at.isObject()).as("an object at %s", pointer).isTrue();
    change.accept((ObjectNode) at);
    return MAPPER.writeValueAsString(tree);
  }

  /** {@return the document with a field the format does not know added to the object there} */
  static String withUnknownField(String document, String pointer) {
    return edit(document, pointer, o -> o.put("extra", true));
  }

  /** {@return the document without one field of the object there} */
  static String without(String document, String pointer, String field) {
    return edit(
        document,
        pointer,
        o -> assertThat(o.remove(field)).as("%s/%s is written", pointer, field).isNotNull());
  }

  /**
   * Reads a document expecting a refusal whose every message is in Thai and English.
   *
   * @param read the read
   * @return the violations
   */
  static List<Violation> refusal(Runnable read) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, read::run);
    assertThat(e).as("a refusal").isNotNull();
    assertThat(e.report().violations())
        .allSatisfy(v -> assertThat(v.message().isBilingual()).as(v.toString()).isTrue());
    return e.report().violations();
  }
}
