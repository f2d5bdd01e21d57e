package io.github.assessmentkit.history;

import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * One organisation's history on one rubric id: its scorecards of several fiscal years, across the
 * rubric's versions, set side by side. For each node, the series of percents by fiscal year with
 * the change from the year before and the direction over the latest unbroken run; for each year,
 * the rungs, tiers and plaques; and the regressions and recoveries flagged by the declared {@link
 * HistoryRules}. A version change inside a series is a break unless a {@link Correspondence} says
 * the node compares.
 *
 * <p>The history does not depend on the order its scorecards are given in: years are sorted, and
 * two scorecards of the same fiscal year are refused.
 *
 * <pre>{@code
 * History history = History.builder(CqaHistoryRules.governance())
 *     .rubric(governance)
 *     .scorecards(cards)
 *     .build();
 * history.node("G2").orElseThrow().points();   // percents by fiscal year, with changes
 * history.flags();                             // e.g. plaque-lost in FY2565, with its reason
 * }</pre>
 *
 * @param subject the organisation, as its newest scorecard names it
 * @param rubricId the rubric id every scorecard was scored against
 * @param rules the thresholds the flags were found with
 * @param years one entry per fiscal year, oldest first
 * @param nodes one series per node: the newest year's tree in order (the total first), then nodes
 *     only older years have, newest first
 * @param flags the regressions and recoveries, by year, then rule, then the node order
 */
public record History(
    Subject subject,
    String rubricId,
    HistoryRules rules,
    List<YearEntry> years,
    List<NodeSeries> nodes,
    List<Flag> flags) {
  /**
   * Creates the value, checking its components.
   *
   * @param subject the organisation
   * @param rubricId the rubric id
   * @param rules the thresholds
   * @param years the years
   * @param nodes the series
   * @param flags the flags
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   * @throws io.github.assessmentkit.InvalidValueException if the rubric id is blank
   */
  public History {
    Checks.notNull(subject, "subject");
    Checks.notBlank(rubricId, "rubricId");
    Checks.notNull(rules, "rules");
    years = Checks.copy(years, "years");
    nodes = Checks.copy(nodes, "nodes");
    flags = Checks.copy(flags, "flags");
  }

  /**
   * Starts a history.
   *
   * @param rules the thresholds, which name the rubric id
   * @return a builder with no rubric and no scorecard
   */
  public static HistoryBuilder builder(HistoryRules rules) {
    return new HistoryBuilder(Checks.notNull(rules, "rules"));
  }

  /**
   * Finds a node's series.
   *
   * @param nodeId the node's id in the newest year that has it
   * @return the series, or empty
   */
  public Optional<NodeSeries> node(String nodeId) {
    return nodes.stream().filter(n -> n.nodeId().equals(nodeId)).findFirst();
  }

  /** {@return the flags that mark a regression, in order} */
  public List<Flag> regressions() {
    return flags.stream().filter(f -> f.kind() == FlagKind.REGRESSION).toList();
  }

  /** {@return the flags that mark a recovery, in order} */
  public List<Flag> recoveries() {
    return flags.stream().filter(f -> f.kind() == FlagKind.RECOVERY).toList();
  }
}
