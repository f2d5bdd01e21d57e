package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.cqa.CqaHistoryRules;
import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.history.HistoryBuilder;
import io.github.assessmentkit.history.HistoryRules;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scoring.RubricRegistry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * One organisation's history on one rubric id: its stored final assessments, one per fiscal year
 * (the one stored last), across the rubric's versions, set side by side by the library's {@link
 * History} with the shipped thresholds of the CQA sets ({@link CqaHistoryRules}) or the defaults.
 */
@Service
class HistoryService {
  private final AssessmentRepository repository;
  private final RubricRegistry rubrics;
  private final AssessmentJson json;

  HistoryService(AssessmentRepository repository, RubricRegistry rubrics, AssessmentJson json) {
    this.repository = repository;
    this.rubrics = rubrics;
    this.json = json;
  }

  /**
   * Builds a history.
   *
   * @param subjectId the organisation's id
   * @param rubricId the rubric id, without a version
   * @return the history
   * @throws RefusedRequestException 404 when no final assessment of the organisation on that rubric
   *     is stored
   */
  History of(String subjectId, String rubricId) {
    List<Assessment> assessments =
        repository.finalDocumentsOf(subjectId, rubricId).stream()
            .map(json::readAssessment)
            .toList();
    if (assessments.isEmpty()) {
      throw new RefusedRequestException(
          HttpStatus.NOT_FOUND,
          ServiceMessages.notFoundTitle(),
          ServiceMessages.noHistory(subjectId, rubricId));
    }
    HistoryBuilder builder = History.builder(rules(rubricId));
    Set<RubricRef> versions = new LinkedHashSet<>();
    assessments.forEach(a -> versions.add(a.rubric()));
    versions.forEach(v -> builder.rubric(rubrics.get(v)));
    return builder.assessments(assessments).build();
  }

  private static HistoryRules rules(String rubricId) {
    return switch (rubricId) {
      case CqaSets.CQA -> CqaHistoryRules.cqa();
      case CqaSets.GOVERNANCE -> CqaHistoryRules.governance();
      case "internal-control" -> CqaHistoryRules.internalControl();
      default -> HistoryRules.defaults(rubricId);
    };
  }
}
