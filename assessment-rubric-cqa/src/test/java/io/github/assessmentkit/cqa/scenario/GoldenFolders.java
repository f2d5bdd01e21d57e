package io.github.assessmentkit.cqa.scenario;

import io.github.assessmentkit.json.GoldenVector;
import io.github.assessmentkit.json.GoldenVectors;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The golden-vector folders of the shipped sets, one per set id under {@code
 * src/test/resources/golden-vectors}, as the build copies them to the test class path.
 */
final class GoldenFolders {
  private GoldenFolders() {}

  /**
   * Finds a set's folder.
   *
   * @param setId the set's id, such as {@code coop-governance}
   * @return the folder
   */
  static Path of(String setId) {
    URL url =
        Objects.requireNonNull(
            GoldenFolders.class.getResource("/golden-vectors/" + setId),
            () -> "no golden-vector folder for " + setId);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads one vector of a set's folder by its id.
   *
   * @param setId the set's id
   * @param vectorId the vector's id
   * @return the vector
   */
  static GoldenVector vector(String setId, String vectorId) {
    return GoldenVectors.readFolder(of(setId)).stream()
        .filter(v -> v.id().equals(vectorId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no golden vector " + vectorId));
  }
}
