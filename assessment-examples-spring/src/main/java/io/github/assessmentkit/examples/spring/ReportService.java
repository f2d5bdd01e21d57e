package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.report.CohortReport;
import io.github.assessmentkit.report.HistoryReport;
import io.github.assessmentkit.report.RoundChoices;
import io.github.assessmentkit.report.ScorecardReport;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.text.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What the reports show, from what is stored: a stored assessment with its stored scorecard, and a
 * province's round (as {@link RoundService} gathers it) with the organisations' names from their
 * stored scorecards, and an organisation's history (as {@link HistoryService} builds it).
 */
@Service
class ReportService {
  private final AssessmentRepository repository;
  private final RoundService rounds;
  private final HistoryService histories;
  private final RubricRegistry rubrics;
  private final AssessmentJson json;

  ReportService(
      AssessmentRepository repository,
      RoundService rounds,
      HistoryService histories,
      RubricRegistry rubrics,
      AssessmentJson json) {
    this.repository = repository;
    this.rounds = rounds;
    this.histories = histories;
    this.rubrics = rubrics;
    this.json = json;
  }

  /**
   * The report of a stored assessment: its document and the scorecard stored with it.
   *
   * @param id the assessment's id
   * @return the report, with the strengths and opportunities found
   * @throws RefusedRequestException 404 when none has that id
   */
  ScorecardReport scorecard(String id) {
    StoredAssessment stored =
        repository
            .find(id)
            .orElseThrow(
                () ->
                    new RefusedRequestException(
                        HttpStatus.NOT_FOUND,
                        ServiceMessages.notFoundTitle(),
                        ServiceMessages.noAssessment(id)));
    Assessment assessment = json.readAssessment(stored.document());
    Scorecard card = json.readScorecard(stored.scorecard());
    Rubric rubric = rubrics.get(assessment.rubric());
    return ScorecardReport.of(rubric, assessment, card);
  }

  /**
   * The report of a province's round.
   *
   * @param province the province
   * @param fiscalYear the fiscal year, Buddhist era, as written in the request
   * @param rubricRef the rubric, {@code id} or {@code id@version}
   * @param statusTexts the statuses that count
   * @return the report
   * @throws RefusedRequestException as {@link RoundService#run} does
   */
  CohortReport round(
      String province, String fiscalYear, String rubricRef, List<String> statusTexts) {
    RoundService.Round round = rounds.run(province, fiscalYear, rubricRef, statusTexts);
    Map<String, Text> names = new HashMap<>();
    for (String doc :
        repository.roundScorecards(
            round.cohort().rubric().ref().toString(),
            round.cohort().period().buddhistEra(),
            province,
            RoundService.statuses(statusTexts))) {
      Scorecard card = json.readScorecard(doc);
      names.put(card.subject().id(), card.subject().name());
    }
    return RoundChoices.report(round.cohort(), names);
  }

  /**
   * The report of an organisation's history on one rubric id.
   *
   * @param subjectId the organisation's id
   * @param rubricId the rubric id, without a version
   * @return the report, without an action plan's review
   * @throws RefusedRequestException as {@link HistoryService#of} does
   */
  HistoryReport history(String subjectId, String rubricId) {
    return HistoryReport.of(histories.of(subjectId, rubricId));
  }
}
