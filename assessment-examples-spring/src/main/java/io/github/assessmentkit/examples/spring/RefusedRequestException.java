package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.ValidationReport;
import org.springframework.http.HttpStatus;

/**
 * A request the service refuses, with what the problem details will say: the status, a title and a
 * detail in Thai and English, and the library's validation report when there is one. Turned into an
 * RFC 9457 response by {@link ProblemAdvice}.
 */
final class RefusedRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final Text title;
  private final Text detail;
  private final transient ValidationReport report;

  RefusedRequestException(HttpStatus status, Text title, Text detail, ValidationReport report) {
    super(detail.get(io.github.assessmentkit.text.Language.EN));
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.report = report;
  }

  RefusedRequestException(HttpStatus status, Text title, Text detail) {
    this(status, title, detail, ValidationReport.VALID);
  }

  HttpStatus status() {
    return status;
  }

  Text title() {
    return title;
  }

  Text detail() {
    return detail;
  }

  /** {@return the library's report; empty when the refusal is not about the document's content} */
  ValidationReport report() {
    return report;
  }
}
