package io.github.assessmentkit.examples.spring;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Responses whose body is a document the codec wrote, sent as it is, in UTF-8. */
final class JsonDocuments {
  /** {@code application/json} in UTF-8, the type of every document the service sends. */
  static final MediaType JSON_UTF8 =
      new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

  private JsonDocuments() {}

  /**
   * A response carrying a document.
   *
   * @param status the status
   * @param document the document, as the codec wrote it
   * @return the response
   */
  static ResponseEntity<byte[]> respond(HttpStatus status, String document) {
    return ResponseEntity.status(status)
        .contentType(JSON_UTF8)
        .body(document.getBytes(StandardCharsets.UTF_8));
  }
}
