package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.ValidationReport;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Assessment documents ({@code assessmentkit/assessment}, {@code application/json}):
 *
 * <ul>
 *   <li>{@code POST /assessments/validation}: checks one against its rubric;
 *   <li>{@code POST /assessments/scorecard}: scores one, the {@code assessmentkit/scorecard} back;
 *   <li>{@code POST /assessments}: scores and stores one (201 when added, 200 when it replaced one
 *       that was not final, 409 when a final one has its id), its scorecard back;
 *   <li>{@code GET /assessments/{id}} and {@code GET /assessments/{id}/scorecard}: what was stored.
 * </ul>
 *
 * <p>Refusals are problem details (see {@link ProblemAdvice}): 400 unreadable, 413 too large, 415
 * not JSON, 422 does not fit its rubric. The report of a stored assessment, {@code GET
 * /assessments/{id}/report}, is in {@link ReportController}.
 */
@RestController
@RequestMapping("/assessments")
class AssessmentController {
  private final AssessmentService service;
  private final AssessmentRepository repository;
  private final DocumentBody body;
  private final AssessmentJson json;

  AssessmentController(
      AssessmentService service,
      AssessmentRepository repository,
      DocumentBody body,
      AssessmentJson json) {
    this.service = service;
    this.repository = repository;
    this.body = body;
    this.json = json;
  }

  /** Checks a document: 200 with its warnings when it fits its rubric. */
  @PostMapping(path = "/validation", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> validate(HttpServletRequest request, Locale locale) throws IOException {
    ValidationReport report = service.validate(read(request));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("valid", Boolean.TRUE);
    out.put("violations", ReportView.of(report, Language.of(locale)));
    return out;
  }

  /** Scores a document: 200 with its scorecard. */
  @PostMapping(path = "/scorecard", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> score(HttpServletRequest request) throws IOException {
    AssessmentService.Scored scored = service.score(read(request));
    return JsonDocuments.respond(HttpStatus.OK, json.writeString(scored.scorecard()));
  }

  /** Scores and stores a document: 201 (added) or 200 (replaced) with its scorecard. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> store(HttpServletRequest request) throws IOException {
    AssessmentService.Stored stored = service.store(read(request));
    String id = stored.scored().assessment().id();
    URI location =
        UriComponentsBuilder.fromPath("/assessments/{id}").buildAndExpand(id).encode().toUri();
    HttpStatus status =
        stored.outcome() == StoreOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
    return ResponseEntity.status(status)
        .location(location)
        .contentType(JsonDocuments.JSON_UTF8)
        .body(
            json.writeString(stored.scored().scorecard())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A stored assessment document; 404 when none has that id. */
  @GetMapping("/{id}")
  ResponseEntity<byte[]> get(@PathVariable String id) {
    return JsonDocuments.respond(HttpStatus.OK, find(id).document());
  }

  /** The scorecard of a stored assessment; 404 when none has that id. */
  @GetMapping("/{id}/scorecard")
  ResponseEntity<byte[]> scorecard(@PathVariable String id) {
    return JsonDocuments.respond(HttpStatus.OK, find(id).scorecard());
  }

  private StoredAssessment find(String id) {
    return repository
        .find(id)
        .orElseThrow(
            () ->
                new RefusedRequestException(
                    HttpStatus.NOT_FOUND,
                    ServiceMessages.notFoundTitle(),
                    ServiceMessages.noAssessment(id)));
  }

  private byte[] read(HttpServletRequest request) throws IOException {
    return body.read(request.getContentLengthLong(), request.getInputStream());
  }
}
