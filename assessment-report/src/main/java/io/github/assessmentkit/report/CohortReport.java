package io.github.assessmentkit.report;

import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.cohort.Distribution;
import io.github.assessmentkit.cohort.LearningExchange;
import io.github.assessmentkit.cohort.Plaques;
import io.github.assessmentkit.cohort.Rankings;
import io.github.assessmentkit.report.internal.ReportChecks;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Map;

/**
 * What the report of a province's round shows: the rankings, the distribution of levels and award
 * tiers, the plaques, the leaders and learning pairs of each category, and the names of the
 * organisations (a cohort's summaries carry only their ids).
 *
 * @param cohort the round
 * @param rankings the round ranked
 * @param distribution its distribution
 * @param plaques the plaques given
 * @param exchanges the learning exchanges, one per category, in the order shown
 * @param names the organisations' names by subject id; an organisation without one shows its id
 */
public record CohortReport(
    Cohort cohort,
    Rankings rankings,
    Distribution distribution,
    Plaques plaques,
    List<LearningExchange> exchanges,
    Map<String, Text> names) {
  /**
   * Creates the value, checking its components.
   *
   * @param cohort the round
   * @param rankings the round ranked
   * @param distribution its distribution
   * @param plaques the plaques given
   * @param exchanges the learning exchanges, one per category, in the order shown
   * @param names the organisations' names by subject id
   * @throws NullPointerException if a component is null
   */
  public CohortReport {
    ReportChecks.notNull(cohort, "cohort");
    ReportChecks.notNull(rankings, "rankings");
    ReportChecks.notNull(distribution, "distribution");
    ReportChecks.notNull(plaques, "plaques");
    exchanges = List.copyOf(ReportChecks.notNull(exchanges, "exchanges"));
    names = Map.copyOf(ReportChecks.notNull(names, "names"));
  }

  /**
   * Makes the report of a round, with the cohort's own {@linkplain Cohort#distribution()
   * distribution}.
   *
   * @param cohort the round
   * @param rankings the round ranked
   * @param plaques the plaques given
   * @param exchanges the learning exchanges, one per category
   * @param names the organisations' names by subject id
   * @return the report
   */
  public static CohortReport of(
      Cohort cohort,
      Rankings rankings,
      Plaques plaques,
      List<LearningExchange> exchanges,
      Map<String, Text> names) {
    return new CohortReport(cohort, rankings, cohort.distribution(), plaques, exchanges, names);
  }

  /**
   * Returns an organisation's name, or its id when the report has none.
   *
   * @param subjectId the organisation's id
   * @return its name
   */
  public Text name(String subjectId) {
    Text name = names.get(subjectId);
    return name != null ? name : Text.of(subjectId, subjectId);
  }
}
