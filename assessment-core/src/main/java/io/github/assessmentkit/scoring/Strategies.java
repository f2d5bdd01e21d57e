package io.github.assessmentkit.scoring;

import java.util.List;

/**
 * The ids of the built-in strategies.
 *
 * <table>
 *   <caption>Built-in strategies</caption>
 *   <tr><th>id</th><th>rule</th></tr>
 *   <tr><td>{@value #HOLISTIC_BAND}</td><td>Baldrige/TQA: an item's one band-scale rating
 *       (a percentage) times the item's points; above items, the sum</td></tr>
 *   <tr><td>{@value #POINTS_SUM}</td><td>each part earns its fraction of its points; the node
 *       earns the sum (unrated parts earn nothing and are reported)</td></tr>
 *   <tr><td>{@value #WEIGHTED_MEAN}</td><td>the mean of the rated parts' fractions weighted by
 *       their points, times the node's points (unrated parts leave the mean and are
 *       reported)</td></tr>
 *   <tr><td>{@value #CHECKLIST_FRACTION}</td><td>indicators fully met divided by indicators
 *       ratable, times the node's points</td></tr>
 *   <tr><td>{@value #MATURITY}</td><td>the lowest level reached by any rated part (all on level
 *       scales): the level fully met; its fraction times the node's points</td></tr>
 *   <tr><td>{@value #WEAKEST_LINK}</td><td>the lowest fraction among the rated parts, times the
 *       node's points</td></tr>
 *   <tr><td>{@value #ALL_OR_NOTHING}</td><td>all the node's points when every part is rated and
 *       fully met, otherwise none</td></tr>
 * </table>
 */
public final class Strategies {
  /** Baldrige/TQA holistic band scoring. */
  public static final String HOLISTIC_BAND = "holistic-band";

  /** Sum of the parts' points. */
  public static final String POINTS_SUM = "points-sum";

  /** Weighted mean of the rated parts. */
  public static final String WEIGHTED_MEAN = "weighted-mean";

  /** Share of checklist indicators fully met. */
  public static final String CHECKLIST_FRACTION = "checklist-fraction";

  /** Lowest maturity level fully met. */
  public static final String MATURITY = "maturity";

  /** Lowest fraction among the parts. */
  public static final String WEAKEST_LINK = "weakest-link";

  /** All points or none. */
  public static final String ALL_OR_NOTHING = "all-or-nothing";

  /** Every built-in id, in the order above. */
  public static final List<String> ALL =
      List.of(
          HOLISTIC_BAND,
          POINTS_SUM,
          WEIGHTED_MEAN,
          CHECKLIST_FRACTION,
          MATURITY,
          WEAKEST_LINK,
          ALL_OR_NOTHING);

  private Strategies() {}
}
