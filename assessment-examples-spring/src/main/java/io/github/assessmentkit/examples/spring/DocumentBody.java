package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads a request's body, refusing it with 413 as soon as it is longer than the service takes: by
 * its {@code Content-Length} before a byte is read, and while reading when it is sent in chunks.
 */
@Component
class DocumentBody {
  private final long maxBytes;

  DocumentBody(
      AssessmentJson json,
      @Value("${assessmentkit.service.max-document-bytes:0}") long configuredMaxBytes) {
    long codecMax = json.limits().maxDocumentBytes();
    this.maxBytes = configuredMaxBytes > 0 ? Math.min(configuredMaxBytes, codecMax) : codecMax;
  }

  /** {@return the most bytes a document may have} */
  long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads the whole body.
   *
   * @param declaredLength the {@code Content-Length}, or -1 when the body is chunked
   * @param in the body
   * @return its bytes
   * @throws RefusedRequestException with 413 when it is too long
   */
  byte[] read(long declaredLength, InputStream in) {
    if (declaredLength > maxBytes) {
      throw tooLarge();
    }
    try {
      ByteArrayOutputStream out =
          new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 8192);
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge();
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RefusedRequestException tooLarge() {
    return new RefusedRequestException(
        HttpStatus.CONTENT_TOO_LARGE,
        ServiceMessages.tooLargeTitle(),
        ServiceMessages.tooLarge(maxBytes),
        new ValidationReport(
            List.of(
                new Violation(
                    "",
                    "json.limit",
                    String.valueOf(maxBytes),
                    ServiceMessages.tooLarge(maxBytes)))));
  }
}
