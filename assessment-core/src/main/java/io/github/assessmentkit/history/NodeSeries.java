package io.github.assessmentkit.history;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.HistoryMessages;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * One node's series across the years of a {@link History}: one point per year of the history, in
 * order, with its direction.
 *
 * @param nodeId the node's id in the newest year that has it
 * @param title the node's name in that year
 * @param depth 0 for the rubric's total, 1 for a top-level criterion (a category or principle), and
 *     so on down
 * @param points one per fiscal year of the history, oldest first
 * @param trend the direction over the latest unbroken run
 */
public record NodeSeries(String nodeId, Text title, int depth, List<Point> points, Trend trend) {
  /**
   * Creates the value, checking its components.
   *
   * @param nodeId the node's id
   * @param title the node's name
   * @param depth the node's depth
   * @param points the points
   * @param trend the direction
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   * @throws io.github.assessmentkit.InvalidValueException if the id is blank or the depth negative
   */
  public NodeSeries {
    Checks.notBlank(nodeId, "nodeId");
    Checks.notNull(title, "title");
    if (depth < 0) {
      throw new InvalidValueException(HistoryMessages.negative("depth", depth));
    }
    points = Checks.copy(points, "points");
    Checks.notNull(trend, "trend");
  }

  /**
   * Finds the point of a fiscal year.
   *
   * @param year the fiscal year
   * @return its point, or empty when the history has no such year
   */
  public Optional<Point> at(io.github.assessmentkit.time.FiscalYear year) {
    return points.stream().filter(p -> p.year().equals(year)).findFirst();
  }

  /** {@return whether the series breaks anywhere} */
  public boolean hasBreak() {
    return points.stream().anyMatch(Point::breakBefore);
  }
}
