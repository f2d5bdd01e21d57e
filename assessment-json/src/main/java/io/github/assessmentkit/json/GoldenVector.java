package io.github.assessmentkit.json;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.json.internal.VectorMessages;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One golden vector of a criteria set: an assessment and the results scoring it must give, worked
 * out by hand. A maintainer keeps a folder of them beside the set and checks the set against it
 * with {@link GoldenVectors#check(io.github.assessmentkit.rubric.Rubric, java.nio.file.Path)}.
 *
 * <p>As a document ({@code assessmentkit/golden-vector}, schema {@link
 * DocumentFormat#GOLDEN_VECTOR}):
 *
 * <pre>{@code
 * {
 *   "format": "assessmentkit/golden-vector",
 *   "formatVersion": 1,
 *   "id": "pha-daeng-2566",
 *   "title": {"th": "...", "en": "A strong savings cooperative is outstanding"},
 *   "strategy": "points-sum",                  // optional: the default strategy to score with
 *   "assessment": { "format": "assessmentkit/assessment", ... },  // or "assessments/x.json"
 *   "expected": {
 *     "total": 92.03,                          // required
 *     "percent": 92.03,
 *     "nodes": {"G2": {"earned": 12.73, "percent": 95.45}, "G3.3": {"applicable": false}},
 *     "indicators": {"P8": {"earned": 2.00, "status": "rated"}},
 *     "levels": {"governance-level": "outstanding"},
 *     "awards": {
 *       "plaque": {"tier": "granted"},
 *       "cqa-award": {"tier": null},           // null: no tier reached
 *       "x": {"tier": "t", "namedConditionsHeld": [{"th": "ด้านลูกค้า", "en": "Customer theme"}]}
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>The assessment is an assessment document as {@link AssessmentJson#readAssessment(String)}
 * reads it, given in place or as a relative path to a file (resolved against the vector's own
 * location, never leaving its folder; see {@link GoldenVectors#read(java.nio.file.Path)}). Numbers
 * are compared by value ({@code 20} equals {@code 20.00}).
 *
 * <p>Immutable and thread-safe; its maps keep the order given, which is the order written.
 *
 * @param id the vector's id, for reports
 * @param title what the vector shows, or {@code null}
 * @param assessment the assessment scored
 * @param strategy the default strategy to score with, or {@code null} for the rubric's own
 * @param expected the results scoring must give
 */
public record GoldenVector(
    String id,
    @Nullable Text title,
    Assessment assessment,
    @Nullable String strategy,
    GoldenVector.Expected expected) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the vector's id, for reports
   * @param title what the vector shows, or {@code null}
   * @param assessment the assessment scored
   * @param strategy the default strategy to score with, or {@code null} for the rubric's own
   * @param expected the results scoring must give
   * @throws io.github.assessmentkit.MissingValueException if a required component is null
   * @throws InvalidValueException if the id or the strategy is blank
   */
  public GoldenVector {
    Checks.notBlank(id, "id");
    Checks.notNull(assessment, "assessment");
    if (strategy != null) {
      Checks.notBlank(strategy, "strategy");
    }
    Checks.notNull(expected, "expected");
  }

  /**
   * The results a golden vector expects; what is left out is not checked, except the total.
   *
   * @param total the total points
   * @param percent the total percent, or {@code null}
   * @param nodes expected values of criteria, by criterion id, in document order
   * @param indicators expected values of indicator lines, by indicator id, in document order
   * @param levels the rung id expected on each ladder, by ladder id
   * @param awards the award expected of each scheme, by scheme id
   */
  public record Expected(
      BigDecimal total,
      @Nullable BigDecimal percent,
      Map<String, NodeValues> nodes,
      Map<String, IndicatorValues> indicators,
      Map<String, String> levels,
      Map<String, Award> awards) {
    /**
     * Creates the value, checking its components and keeping the maps' order.
     *
     * @param total the total points
     * @param percent the total percent, or {@code null}
     * @param nodes expected values of criteria, by criterion id
     * @param indicators expected values of indicator lines, by indicator id
     * @param levels the rung id expected on each ladder, by ladder id
     * @param awards the award expected of each scheme, by scheme id
     * @throws io.github.assessmentkit.MissingValueException if a component, key or value is null
     * @throws InvalidValueException if a key or a rung id is blank
     */
    public Expected {
      Checks.notNull(total, "total");
      nodes = ordered(nodes, "nodes");
      indicators = ordered(indicators, "indicators");
      levels = ordered(levels, "levels");
      for (String rung : levels.values()) {
        Checks.notBlank(rung, "levels");
      }
      awards = ordered(awards, "awards");
    }

    /**
     * Expects a total and nothing else; add the rest with the constructor.
     *
     * @param total the total points
     * @return the expectation
     */
    public static Expected ofTotal(BigDecimal total) {
      return new Expected(total, null, Map.of(), Map.of(), Map.of(), Map.of());
    }
  }

  /**
   * The values expected of one criterion's node; at least one is given.
   *
   * @param earned the points earned, or {@code null} when not checked
   * @param possible the points possible, or {@code null} when not checked
   * @param percent the percent, or {@code null} when not checked
   * @param applicable whether it applies, or {@code null} when not checked
   */
  public record NodeValues(
      @Nullable BigDecimal earned,
      @Nullable BigDecimal possible,
      @Nullable BigDecimal percent,
      @Nullable Boolean applicable) {
    /**
     * Creates the value.
     *
     * @param earned the points earned, or {@code null}
     * @param possible the points possible, or {@code null}
     * @param percent the percent, or {@code null}
     * @param applicable whether it applies, or {@code null}
     * @throws InvalidValueException if nothing is given
     */
    public NodeValues {
      if (earned == null && possible == null && percent == null && applicable == null) {
        throw new InvalidValueException(VectorMessages.nothingExpected("node"));
      }
    }
  }

  /**
   * The values expected of one indicator's line; at least one is given.
   *
   * @param earned the points earned, or {@code null} when not checked
   * @param possible the points allotted, or {@code null} when not checked
   * @param status rated, not applicable, unknown or missing, or {@code null} when not checked
   */
  public record IndicatorValues(
      @Nullable BigDecimal earned,
      @Nullable BigDecimal possible,
      @Nullable IndicatorStatus status) {
    /**
     * Creates the value.
     *
     * @param earned the points earned, or {@code null}
     * @param possible the points allotted, or {@code null}
     * @param status the status, or {@code null}
     * @throws InvalidValueException if nothing is given
     */
    public IndicatorValues {
      if (earned == null && possible == null && status == null) {
        throw new InvalidValueException(VectorMessages.nothingExpected("indicator"));
      }
    }
  }

  /**
   * The award expected of one scheme.
   *
   * @param tier the tier won, or {@code null} when no tier is reached
   * @param namedConditionsHeld the names of the named conditions that held in the tier won, in the
   *     order the tier lists them ({@link
   *     io.github.assessmentkit.scoring.AwardDecision#namedConditionsHeld()}), or {@code null} when
   *     not checked
   */
  public record Award(@Nullable String tier, @Nullable List<Text> namedConditionsHeld) {
    /**
     * Creates the value.
     *
     * @param tier the tier won, or {@code null} when no tier is reached
     * @param namedConditionsHeld the names expected, or {@code null} when not checked
     * @throws InvalidValueException if the tier is blank
     * @throws io.github.assessmentkit.MissingValueException if a name is null
     */
    public Award {
      if (tier != null) {
        Checks.notBlank(tier, "tier");
      }
      if (namedConditionsHeld != null) {
        namedConditionsHeld = Checks.copy(namedConditionsHeld, "namedConditionsHeld");
      }
    }
  }

  private static <V> Map<String, V> ordered(Map<String, V> map, String name) {
    Checks.notNull(map, name);
    Map<String, V> copy = new LinkedHashMap<>();
    for (Map.Entry<String, V> e : map.entrySet()) {
      copy.put(Checks.notBlank(e.getKey(), name), Checks.notNull(e.getValue(), name));
    }
    return Collections.unmodifiableMap(copy);
  }
}
