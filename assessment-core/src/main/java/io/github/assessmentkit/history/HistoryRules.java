package io.github.assessmentkit.history;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.HistoryMessages;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The thresholds a {@link History} of one rubric id is read with, declared per rubric: what counts
 * as a fall, when a series is long enough for a direction, which way it goes, how long a streak of
 * improvement is, and which plaques to watch. The provenance says whose figures they are; the
 * defaults of the shipped criteria sets are this library's choice, not official figures.
 *
 * <p>The direction rule: over the scored years since a node's last break, when there are at least
 * {@code minimumYears}, the least-squares slope of percent against the fiscal year (x = the year's
 * offset from the first of them), computed exactly and rounded to two decimal places, half-even;
 * rising when the slope is at least {@code steadyWithin} points a year, falling when it is at most
 * minus that, else steady.
 *
 * <pre>{@code
 * HistoryRules rules = HistoryRules.defaults("coop-governance")
 *     .withNodeDrop(new BigDecimal("10"))
 *     .withPlaques(List.of(Plaque.award("plaque", title, "provincial-plaque", "plaque")));
 * }</pre>
 *
 * @param rubricId the rubric id these rules are for
 * @param nodeDrop the fall, in points of percent, of the total or a top-level criterion that is
 *     flagged; positive
 * @param coverageDrop the fall, in points of percent, of coverage (rated of ratable) that is
 *     flagged; positive
 * @param minimumYears the fewest scored years since a break for a direction; 3 or more
 * @param steadyWithin the slope, in points a year, below which a series is steady; not negative
 * @param streak how many rises in a row are flagged as a streak of improvement; 1 or more
 * @param plaques the plaques watched, ids unique
 * @param provenance whose figures these are, and whether checked against a source
 */
public record HistoryRules(
    String rubricId,
    BigDecimal nodeDrop,
    BigDecimal coverageDrop,
    int minimumYears,
    BigDecimal steadyWithin,
    int streak,
    List<Plaque> plaques,
    Provenance provenance) {
  /**
   * Creates the value, checking its components.
   *
   * @param rubricId the rubric id
   * @param nodeDrop the fall of a node that is flagged
   * @param coverageDrop the fall of coverage that is flagged
   * @param minimumYears the fewest years for a direction
   * @param steadyWithin the slope below which a series is steady
   * @param streak the rises in a row that are flagged
   * @param plaques the plaques watched
   * @param provenance whose figures these are
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   * @throws InvalidValueException naming the component, if one is out of range or a plaque id is
   *     used twice
   */
  public HistoryRules {
    Checks.notBlank(rubricId, "rubricId");
    Checks.positive(nodeDrop, "nodeDrop");
    Checks.positive(coverageDrop, "coverageDrop");
    if (minimumYears < 3) {
      throw new InvalidValueException(HistoryMessages.tooFewYears(minimumYears));
    }
    Checks.nonNegative(steadyWithin, "steadyWithin");
    Checks.positive(streak, "streak");
    plaques = Checks.copy(plaques, "plaques");
    Set<String> ids = new HashSet<>();
    for (Plaque p : plaques) {
      if (!ids.add(p.id())) {
        throw new InvalidValueException(HistoryMessages.plaqueTwice(p.id()));
      }
    }
    Checks.notNull(provenance, "provenance");
  }

  /**
   * Gives the library's general defaults for a rubric: a fall of 10 points of the total or a
   * top-level criterion, a fall of 5 points of coverage, three years for a direction, steady within
   * 1 point a year, a streak at three rises, no plaque; marked as this library's choice.
   *
   * @param rubricId the rubric id
   * @return the rules
   */
  public static HistoryRules defaults(String rubricId) {
    return new HistoryRules(
        rubricId,
        BigDecimal.TEN,
        BigDecimal.valueOf(5),
        3,
        BigDecimal.ONE,
        3,
        List.of(),
        Provenance.unverified(
            Text.of("ค่าตั้งต้นของ AssessmentKit", "AssessmentKit defaults"),
            Text.of(
                "เกณฑ์เหล่านี้เป็นทางเลือกของไลบรารี ไม่ใช่ตัวเลขทางการ",
                "These thresholds are this library's choice, not official figures.")));
  }

  /**
   * {@return these rules with another node fall}
   *
   * @param points the fall, in points of percent
   */
  public HistoryRules withNodeDrop(BigDecimal points) {
    return new HistoryRules(
        rubricId, points, coverageDrop, minimumYears, steadyWithin, streak, plaques, provenance);
  }

  /**
   * {@return these rules with another coverage fall}
   *
   * @param points the fall, in points of percent
   */
  public HistoryRules withCoverageDrop(BigDecimal points) {
    return new HistoryRules(
        rubricId, nodeDrop, points, minimumYears, steadyWithin, streak, plaques, provenance);
  }

  /**
   * {@return these rules with another direction rule}
   *
   * @param years the fewest scored years since a break, 3 or more
   * @param steady the slope below which a series is steady, in points a year
   */
  public HistoryRules withDirection(int years, BigDecimal steady) {
    return new HistoryRules(
        rubricId, nodeDrop, coverageDrop, years, steady, streak, plaques, provenance);
  }

  /**
   * {@return these rules with another streak length}
   *
   * @param rises the rises in a row that are flagged
   */
  public HistoryRules withStreak(int rises) {
    return new HistoryRules(
        rubricId, nodeDrop, coverageDrop, minimumYears, steadyWithin, rises, plaques, provenance);
  }

  /**
   * {@return these rules watching other plaques}
   *
   * @param watched the plaques
   */
  public HistoryRules withPlaques(List<Plaque> watched) {
    return new HistoryRules(
        rubricId, nodeDrop, coverageDrop, minimumYears, steadyWithin, streak, watched, provenance);
  }

  /**
   * {@return these rules with another provenance}
   *
   * @param source whose figures these are
   */
  public HistoryRules withProvenance(Provenance source) {
    return new HistoryRules(
        rubricId, nodeDrop, coverageDrop, minimumYears, steadyWithin, streak, plaques, source);
  }
}
