package io.github.assessmentkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of the cold-start comparison: a new JVM that only parses the assessment document
 * into a Jackson tree (exact decimals, as {@link JsonBenchmark#jacksonTree} does) and prints how
 * many ratings it holds. Timed by {@code assessment-benchmarks/cold-start.sh} against {@link
 * ColdStartLibrary}.
 */
public final class ColdStartJackson {
  private ColdStartJackson() {}

  /**
   * Parses the document and prints its number of ratings.
   *
   * @param args the document file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    JsonMapper jackson =
        JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    JsonNode tree = jackson.readTree(Files.readAllBytes(Path.of(args[0])));
    System.out.println("ratings: " + tree.get("ratings").size());
  }
}
