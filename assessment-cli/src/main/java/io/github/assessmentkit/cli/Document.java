package io.github.assessmentkit.cli;

import io.github.assessmentkit.text.Text;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One document of the input: where it came from and its bytes, or why they could not be read.
 *
 * @param source the file, or the JSON-lines file and line number ({@code round.jsonl:17})
 * @param bytes the document's bytes, empty when it could not be read
 * @param readError why the bytes could not be read, or {@code null}
 */
record Document(String source, byte[] bytes, @Nullable Text readError) {
  Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** {@return a document read whole} */
  static Document of(String source, byte[] bytes) {
    return new Document(source, bytes, null);
  }

  /** {@return a document whose bytes could not be read} */
  static Document unreadable(String source, Text why) {
    return new Document(source, new byte[0], why);
  }
}
