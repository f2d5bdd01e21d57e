package io.github.assessmentkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** Test documents kept under {@code src/test/resources/io/github/assessmentkit/json}. */
final class Resources {
  private Resources() {}

  static InputStream open(String name) {
    return Objects.requireNonNull(
        Resources.class.getResourceAsStream(name), () -> "no test resource " + name);
  }

  static byte[] bytes(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
