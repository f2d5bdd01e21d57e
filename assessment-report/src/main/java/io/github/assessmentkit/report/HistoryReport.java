package io.github.assessmentkit.report;

import io.github.assessmentkit.actionplan.PlanReview;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.report.internal.ReportChecks;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the report of one organisation's years shows: its history (a trend line per category across
 * the fiscal years, with the rubric's version breaks marked, and the regressions and recoveries
 * flagged) and, when given, the review of an action plan (each action's verdict with its numbers,
 * and the summary).
 *
 * @param history the organisation's years
 * @param review the review of an action plan, or {@code null} when the report shows none
 */
public record HistoryReport(History history, @Nullable PlanReview review) {
  /**
   * Creates the value, checking its components.
   *
   * @param history the organisation's years
   * @param review the review of an action plan, or {@code null}
   * @throws io.github.assessmentkit.MissingValueException if the history is null
   */
  public HistoryReport {
    ReportChecks.notNull(history, "history");
  }

  /**
   * Makes the report of a history without an action plan.
   *
   * @param history the organisation's years
   * @return the report
   */
  public static HistoryReport of(History history) {
    return new HistoryReport(history, null);
  }

  /**
   * Makes the report of a history with the review of an action plan.
   *
   * @param history the organisation's years
   * @param review the review of the plan
   * @return the report
   * @throws io.github.assessmentkit.MissingValueException if either is null
   */
  public static HistoryReport of(History history, PlanReview review) {
    return new HistoryReport(history, ReportChecks.notNull(review, "review"));
  }

  /** {@return the review of the action plan, if the report shows one} */
  public Optional<PlanReview> plan() {
    return Optional.ofNullable(review);
  }
}
