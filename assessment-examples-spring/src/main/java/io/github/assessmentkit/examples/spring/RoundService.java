package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.cohort.Admission;
import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.cohort.RankingOrder;
import io.github.assessmentkit.cohort.Rankings;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.UnknownRubricException;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A province's round for a fiscal year: the stored assessments of the province, year and rubric
 * version (by default only final ones; for each organisation the one stored last), gathered into a
 * {@link Cohort} from their stored summaries and ranked by total points.
 */
@Service
class RoundService {
  private final AssessmentRepository repository;
  private final RubricRegistry rubrics;
  private final AssessmentJson json;

  RoundService(AssessmentRepository repository, RubricRegistry rubrics, AssessmentJson json) {
    this.repository = repository;
    this.rubrics = rubrics;
    this.json = json;
  }

  /** A round's cohort with its ranking by total points. */
  record Round(String province, Cohort cohort, Rankings rankings) {}

  /**
   * Runs a round.
   *
   * @param province the province, as the subjects name it
   * @param fiscalYear the fiscal year, Buddhist era, as written in the request
   * @param rubricRef the rubric, {@code id} (newest version) or {@code id@version}
   * @param statusTexts the statuses that count, as written in the request (case ignored)
   * @return the round
   * @throws RefusedRequestException 400 for a bad year or status, 404 for an unknown rubric or an
   *     empty round
   */
  Round run(String province, String fiscalYear, String rubricRef, List<String> statusTexts) {
    FiscalYear year = year(fiscalYear);
    Rubric rubric;
    try {
      rubric = rubrics.get(rubricRef);
    } catch (UnknownRubricException e) {
      throw new RefusedRequestException(
          HttpStatus.NOT_FOUND,
          ServiceMessages.notFoundTitle(),
          ServiceMessages.unknownRubric(rubricRef));
    }
    List<OrganisationSummary> summaries = new ArrayList<>();
    Set<String> statuses = statuses(statusTexts);
    for (String doc :
        repository.roundSummaries(
            rubric.ref().toString(), year.buddhistEra(), province, statuses)) {
      summaries.addAll(json.readSummaries(doc));
    }
    if (summaries.isEmpty()) {
      throw new RefusedRequestException(
          HttpStatus.NOT_FOUND,
          ServiceMessages.notFoundTitle(),
          ServiceMessages.emptyRound(province, fiscalYear, rubric.ref().toString()));
    }
    // Final ones only, as the library ranks by default; with other statuses asked for, a preview.
    Cohort cohort =
        statuses.size() == 1 && statuses.contains("FINAL")
            ? Cohort.of(rubric, year, summaries)
            : Cohort.of(rubric, year, summaries, Admission.ANY_STATUS);
    return new Round(province, cohort, cohort.rank(RankingOrder.byTotal()));
  }

  private static FiscalYear year(String text) {
    try {
      return FiscalYear.ofBuddhistEra(Integer.parseInt(text));
    } catch (IllegalArgumentException e) {
      throw new RefusedRequestException(
          HttpStatus.BAD_REQUEST, ServiceMessages.badRequestTitle(), ServiceMessages.badYear(text));
    }
  }

  /**
   * Reads the statuses of a request.
   *
   * @param texts the statuses as written (case ignored)
   * @return their names, as stored
   * @throws RefusedRequestException 400 for a status the model does not have
   */
  static Set<String> statuses(List<String> texts) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : texts) {
      try {
        out.add(AssessmentStatus.valueOf(t.trim().toUpperCase(Locale.ROOT)).name());
      } catch (IllegalArgumentException e) {
        throw new RefusedRequestException(
            HttpStatus.BAD_REQUEST,
            ServiceMessages.badRequestTitle(),
            ServiceMessages.badStatus(t));
      }
    }
    return out;
  }
}
