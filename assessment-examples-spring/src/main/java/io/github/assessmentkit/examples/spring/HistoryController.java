package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.json.AssessmentJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation's history: {@code GET /organisations/{subjectId}/history?rubric=cqa} sends an
 * {@code assessmentkit/history} document of its stored final assessments on that rubric id, one per
 * fiscal year; 404 with problem details when there is none.
 */
@RestController
class HistoryController {
  private final HistoryService histories;
  private final AssessmentJson json;

  HistoryController(HistoryService histories, AssessmentJson json) {
    this.histories = histories;
    this.json = json;
  }

  /** The history as a document. */
  @GetMapping("/organisations/{subjectId}/history")
  ResponseEntity<byte[]> history(
      @PathVariable String subjectId, @RequestParam(defaultValue = "cqa") String rubric) {
    return JsonDocuments.respond(HttpStatus.OK, json.writeString(histories.of(subjectId, rubric)));
  }
}
