package io.github.assessmentkit.results;

import io.github.assessmentkit.assessment.Comparison;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The one place where KPI data is mapped to LeTCI bands: <strong>our reading of the Baldrige-family
 * scoring guidelines for results (levels, trends, comparisons, integration), as the LeTCI
 * descriptors of the CQA set summarise them; unverified</strong> — no official CQA text was found
 * (see {@code docs/sources.md}), and {@link #VERIFIED} says so in the data.
 *
 * <h2>Each measure, in each dimension</h2>
 *
 * <p>A measure counts when it backs the indicator and has at least one observation. "Better" and
 * "at or beyond" follow its {@link Direction}; the latest value is the last observation's.
 *
 * <table>
 *   <caption>good and strong, per dimension</caption>
 *   <tr><th>dimension</th><th>good</th><th>strong (also good)</th></tr>
 *   <tr><td>Levels</td><td>latest at or beyond its target (no target: not good)</td>
 *       <td>good, and at or beyond every comparison, with at least one</td></tr>
 *   <tr><td>Trends</td><td>at least {@value #TREND_POINTS} points and the last {@value
 *       #TREND_STREAK} periods each better than the one before</td>
 *       <td>the last {@value #SUSTAINED_STREAK} periods each better (so at least five points)</td></tr>
 *   <tr><td>Comparisons</td><td>at or beyond at least one comparison</td>
 *       <td>at or beyond every comparison</td></tr>
 *   <tr><td>Integration</td><td>linked to at least one key requirement</td>
 *       <td>linked, with at least {@value #TREND_POINTS} points to project from</td></tr>
 * </table>
 *
 * <h2>A dimension's band</h2>
 *
 * <p>Of {@code n} measures, {@code g} good and {@code s} strong: band 6 when every measure is
 * strong ({@code s = n}); 5 when most are strong ({@code 2s > n}); 4 when most are good ({@code 2g
 * > n}); 3 when at least half are good ({@code 2g ≥ n}); 2 when at least one is good; else 1. This
 * follows the descriptors' words: "some" results (band 2), "many" (3), "most" (4), "most", good to
 * excellent and sustained (5), "all" or the benchmark for others (6).
 *
 * <h2>The band suggested</h2>
 *
 * <p>Best fit, with no single dimension acting as a gate: the highest band that at least three of
 * the four dimensions support, which is the second lowest of the four dimension bands. It is capped
 * at the indicator's scale's top band, and the percent suggested is that band's lowest percent.
 *
 * <p>Stateless; thread-safe.
 */
public final class LetciReading {
  /** Whether this reading was checked against an official text: {@value}. */
  public static final boolean VERIFIED = false;

  /** Where the reading comes from, in Thai and English. */
  public static final Text SOURCE =
      Text.of(
          "การตีความของไลบรารีนี้จากแนวทางการให้คะแนนผลลัพธ์ตระกูล Baldrige (LeTCI) ยังไม่ได้ตรวจสอบกับเอกสารทางการ",
          "this library's reading of the Baldrige-family guidance for scoring results (LeTCI);"
              + " unverified against an official text");

  /** The points a series needs before it shows a trend: {@value}. */
  public static final int TREND_POINTS = 3;

  /** The periods of improvement in a row, up to the latest, that make a trend good: {@value}. */
  public static final int TREND_STREAK = 2;

  /** The periods of improvement in a row that make a trend sustained, so strong: {@value}. */
  public static final int SUSTAINED_STREAK = 4;

  /** How many of the four dimensions must support a band for it to be suggested: {@value}. */
  public static final int DIMENSIONS_FOR_A_BAND = 3;

  /** The top band of the reading: {@value}. */
  public static final int TOP_BAND = 6;

  private LetciReading() {}

  /**
   * Whether a measure is good in a dimension (see the table above).
   *
   * @param dimension the dimension
   * @param m the measure, with at least one observation
   * @return whether it is good
   */
  public static boolean good(LetciDimension dimension, Measure m) {
    Checks.notNull(dimension, "dimension");
    Checks.notNull(m, "m");
    return switch (dimension) {
      case LEVELS -> atTarget(m);
      case TRENDS -> m.series().size() >= TREND_POINTS && improvingStreak(m) >= TREND_STREAK;
      case COMPARISONS -> comparisonsMatched(m) >= 1;
      case INTEGRATION -> !m.requirements().isEmpty();
    };
  }

  /**
   * Whether a measure is strong in a dimension (see the table above); a strong measure is good.
   *
   * @param dimension the dimension
   * @param m the measure, with at least one observation
   * @return whether it is strong
   */
  public static boolean strong(LetciDimension dimension, Measure m) {
    Checks.notNull(dimension, "dimension");
    Checks.notNull(m, "m");
    return switch (dimension) {
      case LEVELS -> atTarget(m) && beatsEveryComparison(m);
      case TRENDS -> improvingStreak(m) >= SUSTAINED_STREAK;
      case COMPARISONS -> beatsEveryComparison(m);
      case INTEGRATION -> !m.requirements().isEmpty() && m.series().size() >= TREND_POINTS;
    };
  }

  /**
   * The band a dimension supports from its counts.
   *
   * @param good how many measures are good
   * @param strong how many are strong
   * @param measures how many there are, at least one
   * @return the band, 1 to {@value #TOP_BAND}
   */
  public static int band(int good, int strong, int measures) {
    if (strong == measures) {
      return 6;
    }
    if (2 * strong > measures) {
      return 5;
    }
    if (2 * good > measures) {
      return 4;
    }
    if (2 * good >= measures) {
      return 3;
    }
    return good >= 1 ? 2 : 1;
  }

  /**
   * How many more measures a dimension needs, good or strong, to support the band above.
   *
   * @param band the band it supports now, below the top
   * @param good how many measures are good
   * @param strong how many are strong
   * @param measures how many there are
   * @return how many more measures must become good (bands 2 to 4) or strong (5 and 6)
   */
  public static int shortOfNext(int band, int good, int strong, int measures) {
    return switch (band) {
      case 1 -> 1 - good;
      case 2 -> (measures + 1) / 2 - good;
      case 3 -> measures / 2 + 1 - good;
      case 4 -> measures / 2 + 1 - strong;
      default -> measures - strong;
    };
  }

  /**
   * The band suggested from the four dimensions' bands: the highest band at least {@value
   * #DIMENSIONS_FOR_A_BAND} of them support, the second lowest.
   *
   * @param dimensionBands the four bands
   * @return the band suggested
   */
  public static int bestFit(List<Integer> dimensionBands) {
    List<Integer> sorted = new ArrayList<>(Checks.copy(dimensionBands, "dimensionBands"));
    Collections.sort(sorted);
    return sorted.get(sorted.size() - DIMENSIONS_FOR_A_BAND);
  }

  /**
   * The periods of improvement in a row up to the latest observation: 0 when the latest is no
   * better than the one before.
   *
   * @param m the measure
   * @return the count
   */
  public static int improvingStreak(Measure m) {
    List<Observation> s = m.series();
    int streak = 0;
    for (int i = s.size() - 1; i > 0; i--) {
      if (!better(m.direction(), s.get(i).value(), s.get(i - 1).value())) {
        break;
      }
      streak++;
    }
    return streak;
  }

  /**
   * Whether the latest value is at or beyond the target.
   *
   * @param m the measure
   * @return false when it has no target or no value
   */
  public static boolean atTarget(Measure m) {
    BigDecimal target = m.target();
    Optional<Observation> latest = m.latest();
    return target != null
        && latest.isPresent()
        && atOrBeyond(m.direction(), latest.get().value(), target);
  }

  /**
   * How many of the measure's comparisons its latest value is at or beyond.
   *
   * @param m the measure
   * @return the count, 0 without a value
   */
  public static int comparisonsMatched(Measure m) {
    Optional<Observation> latest = m.latest();
    if (latest.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (Comparison c : m.comparisons()) {
      if (atOrBeyond(m.direction(), latest.get().value(), c.value())) {
        n++;
      }
    }
    return n;
  }

  private static boolean beatsEveryComparison(Measure m) {
    return !m.comparisons().isEmpty() && comparisonsMatched(m) == m.comparisons().size();
  }

  private static boolean better(Direction d, BigDecimal a, BigDecimal b) {
    int c = a.compareTo(b);
    return d == Direction.HIGHER_IS_BETTER ? c > 0 : c < 0;
  }

  private static boolean atOrBeyond(Direction d, BigDecimal a, BigDecimal b) {
    int c = a.compareTo(b);
    return d == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
  }
}
