package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refused requests into RFC 9457 problem details ({@code application/problem+json}), in Thai
 * or English by the request's {@code Accept-Language}: the status, a title and a detail, the
 * language they are in, and, when the library found problems in the document, its report as {@code
 * violations} (see {@link ReportView}). The type stays {@code about:blank}: the status and the rule
 * ids of the violations say what went wrong.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {
  @ExceptionHandler(RefusedRequestException.class)
  ResponseEntity<ProblemDetail> refused(RefusedRequestException e, Locale locale) {
    Language language = Language.of(locale);
    ProblemDetail problem = problem(e.status(), e.title(), e.detail(), language);
    if (!e.report().violations().isEmpty()) {
      problem.setProperty("violations", ReportView.of(e.report(), language));
    }
    return respond(e.status(), problem, language);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> unsupportedType(
      HttpMediaTypeNotSupportedException e, Locale locale) {
    Language language = Language.of(locale);
    MediaType found = e.getContentType();
    HttpStatus status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    ProblemDetail problem =
        problem(
            status,
            ServiceMessages.unsupportedTypeTitle(),
            ServiceMessages.unsupportedType(found == null ? "(none)" : found.toString()),
            language);
    return respond(status, problem, language);
  }

  private static ProblemDetail problem(
      HttpStatus status, Text title, Text detail, Language language) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail.get(language));
    problem.setTitle(title.get(language));
    problem.setProperty("language", tag(language));
    return problem;
  }

  private static ResponseEntity<ProblemDetail> respond(
      HttpStatus status, ProblemDetail problem, Language language) {
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(status)
            .header(HttpHeaders.CONTENT_LANGUAGE, tag(language))
            .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (status == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
      // RFC 9110 §15.5.16: say which type is accepted.
      response.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
    }
    return response.body(problem);
  }

  private static String tag(Language language) {
    return language.name().toLowerCase(Locale.ROOT);
  }
}
