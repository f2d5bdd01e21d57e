package io.github.assessmentkit.results;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.time.FiscalYear;
import java.util.List;

/**
 * The LeTCI bands suggested for one assessment's results indicators, with the assessment they were
 * read from: what the JSON module writes as a {@code result-suggestions} document.
 *
 * @param assessmentId the assessment whose measures were read
 * @param subjectId its organisation
 * @param rubric the rubric version it answers
 * @param period its fiscal year
 * @param suggestions one per indicator backed by a measure with data, in the rubric's order
 */
public record SuggestionReport(
    String assessmentId,
    String subjectId,
    RubricRef rubric,
    FiscalYear period,
    List<ResultSuggestion> suggestions) {
  /**
   * Creates the value, checking its components.
   *
   * @param assessmentId the assessment whose measures were read
   * @param subjectId its organisation
   * @param rubric the rubric version it answers
   * @param period its fiscal year
   * @param suggestions one per indicator backed by a measure with data
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if an id is blank
   */
  public SuggestionReport {
    Checks.notBlank(assessmentId, "assessmentId");
    Checks.notBlank(subjectId, "subjectId");
    Checks.notNull(rubric, "rubric");
    Checks.notNull(period, "period");
    suggestions = Checks.copy(suggestions, "suggestions");
  }
}
