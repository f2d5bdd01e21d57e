package io.github.assessmentkit.report;

import io.github.assessmentkit.analysis.GapAnalysis;
import io.github.assessmentkit.analysis.GapReport;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.report.internal.ReportChecks;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;

/**
 * What a scorecard report shows of one organisation: the rubric, the assessment, its scorecard and
 * the strengths and opportunities for improvement found in it.
 *
 * @param rubric the rubric scored against
 * @param assessment the assessment scored
 * @param scorecard its scorecard
 * @param gaps its strengths and opportunities for improvement
 */
public record ScorecardReport(
    Rubric rubric, Assessment assessment, Scorecard scorecard, GapReport gaps) {
  /**
   * Creates the value, checking that its parts belong together.
   *
   * @param rubric the rubric scored against
   * @param assessment the assessment scored
   * @param scorecard its scorecard
   * @param gaps its strengths and opportunities for improvement
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the scorecard is of another rubric or assessment
   */
  public ScorecardReport {
    ReportChecks.notNull(rubric, "rubric");
    ReportChecks.notNull(assessment, "assessment");
    ReportChecks.notNull(scorecard, "scorecard");
    ReportChecks.notNull(gaps, "gaps");
    ReportChecks.same(
        scorecard.rubric().equals(rubric.ref()),
        "scorecard.rubric",
        scorecard.rubric().toString(),
        rubric.ref().toString());
    ReportChecks.same(
        scorecard.assessmentId().equals(assessment.id()),
        "scorecard.assessmentId",
        scorecard.assessmentId(),
        assessment.id());
  }

  /**
   * Makes the report of a scored assessment, with the strengths and opportunities that {@link
   * GapAnalysis#analyse(Rubric, Assessment, Scorecard)} finds.
   *
   * @param rubric the rubric scored against
   * @param assessment the assessment scored
   * @param scorecard its scorecard
   * @return the report
   */
  public static ScorecardReport of(Rubric rubric, Assessment assessment, Scorecard scorecard) {
    return new ScorecardReport(
        rubric, assessment, scorecard, GapAnalysis.analyse(rubric, assessment, scorecard));
  }
}
