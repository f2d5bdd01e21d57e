package io.github.assessmentkit.rubric.diff;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A rubric laid flat: its settings, its provenance, each criterion and indicator by id with its
 * parent and its own settings, its ladders and award schemes by id. It is what {@link RubricDiff}
 * compares, and what its changes {@linkplain RubricDiff#applyTo apply to}: the outline of the older
 * rubric with every change of a diff applied is the outline of the newer one. Two outlines are
 * equal when the rubrics differ in nothing a diff lists; the order of siblings is not compared.
 * Numbers are kept without trailing zeros (scale 0 at least), so 100 and 100.00 points are the
 * same. Immutable.
 *
 * @param settings the rubric's own settings by name, as {@link RubricChange.RubricSettingChanged}
 *     names them
 * @param provenance where its figures come from
 * @param criteria every criterion by id, in tree order (parents before children)
 * @param indicators every indicator by id, in tree order
 * @param ladders its ladders by id, in order
 * @param awards its award schemes by id, in order
 */
public record RubricOutline(
    Map<String, Text> settings,
    Provenance provenance,
    Map<String, CriterionFacts> criteria,
    Map<String, IndicatorFacts> indicators,
    Map<String, Ladder> ladders,
    Map<String, AwardScheme> awards) {
  /**
   * Creates the value, checking its components and keeping copies of the maps in their order.
   *
   * @param settings the rubric's own settings by name
   * @param provenance where its figures come from
   * @param criteria every criterion by id
   * @param indicators every indicator by id
   * @param ladders its ladders by id
   * @param awards its award schemes by id
   */
  public RubricOutline {
    settings = copy(settings, "settings");
    Checks.notNull(provenance, "provenance");
    criteria = copy(criteria, "criteria");
    indicators = copy(indicators, "indicators");
    ladders = copy(ladders, "ladders");
    awards = copy(awards, "awards");
  }

  /**
   * Lays a rubric flat.
   *
   * @param rubric the rubric
   * @return its outline
   */
  public static RubricOutline of(Rubric rubric) {
    Checks.notNull(rubric, "rubric");
    Map<String, CriterionFacts> criteria = new LinkedHashMap<>();
    Map<String, IndicatorFacts> indicators = new LinkedHashMap<>();
    for (Criterion c : rubric.criteria()) {
      walk(null, c, criteria, indicators);
    }
    Map<String, Ladder> ladders = new LinkedHashMap<>();
    for (Ladder l : rubric.ladders()) {
      ladders.put(l.id(), l);
    }
    Map<String, AwardScheme> awards = new LinkedHashMap<>();
    for (AwardScheme a : rubric.awards()) {
      awards.put(a.id(), a);
    }
    return new RubricOutline(
        settings(rubric), rubric.provenance(), criteria, indicators, ladders, awards);
  }

  private static void walk(
      @Nullable String parent,
      Criterion c,
      Map<String, CriterionFacts> criteria,
      Map<String, IndicatorFacts> indicators) {
    criteria.putIfAbsent(c.id(), CriterionFacts.of(parent, c));
    for (Indicator i : c.indicators()) {
      indicators.putIfAbsent(i.id(), IndicatorFacts.of(c.id(), i));
    }
    for (Criterion child : c.children()) {
      walk(c.id(), child, criteria, indicators);
    }
  }

  /** The rubric's own settings, in a fixed order; values the same in both languages but title. */
  private static Map<String, Text> settings(Rubric r) {
    Map<String, Text> s = new LinkedHashMap<>();
    s.put("id", same(r.id()));
    s.put("version", same(r.version()));
    s.put("edition", same(r.edition().orElse("—")));
    s.put("title", r.title());
    s.put("totalPoints", same(plain(r.totalPoints())));
    s.put("defaultStrategy", same(r.defaultStrategy()));
    s.put("resultScale", same(r.resultScale().map(Object::toString).orElse("—")));
    s.put("policies", same(r.policies().toString()));
    s.put("evidenceValidity", same(r.evidenceValidity().toString()));
    s.put("capsByWeakestDimension", same(String.valueOf(r.capsByWeakestDimension())));
    s.put("requiresEveryDimension", same(String.valueOf(r.requiresEveryDimension())));
    s.put("ratingRules", same(r.ratingRules().toString()));
    s.put("extensions", same(r.extensions().toString()));
    return s;
  }

  private static Text same(String value) {
    return Text.of(value, value);
  }

  private static String plain(BigDecimal value) {
    return strip(value).toPlainString();
  }

  /** {@return a number without trailing zeros, a whole number with scale 0 (40, not 4E+1)} */
  static @Nullable BigDecimal strip(@Nullable BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.setScale(Math.max(stripped.scale(), 0));
  }

  private static <V> Map<String, V> copy(Map<String, V> map, String name) {
    Checks.notNull(map, name);
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * A criterion laid flat: its place, its title, and its own settings; its sub-criteria and
   * indicators are entries of their own.
   *
   * @param parentId the criterion it is under, or null at the top
   * @param title its title
   * @param points its fixed points, or null
   * @param weight its weight, or null
   * @param strategy its strategy id, or null for the rubric's default
   * @param areas its areas to address by id, in order
   * @param settings its kind, policies and extensions, as the model writes them
   */
  public record CriterionFacts(
      @Nullable String parentId,
      Text title,
      @Nullable BigDecimal points,
      @Nullable BigDecimal weight,
      @Nullable String strategy,
      Map<String, Area> areas,
      Map<String, String> settings) {
    /**
     * Creates the value, checking its components; numbers lose their trailing zeros.
     *
     * @param parentId the criterion it is under, or null at the top
     * @param title its title
     * @param points its fixed points, or null
     * @param weight its weight, or null
     * @param strategy its strategy id, or null
     * @param areas its areas by id
     * @param settings its kind, policies and extensions
     */
    public CriterionFacts {
      Checks.notNull(title, "title");
      points = strip(points);
      weight = strip(weight);
      areas = copy(areas, "areas");
      settings = copy(settings, "settings");
    }

    CriterionFacts withParent(@Nullable String value) {
      return new CriterionFacts(value, title, points, weight, strategy, areas, settings);
    }

    CriterionFacts withTitle(Text value) {
      return new CriterionFacts(parentId, value, points, weight, strategy, areas, settings);
    }

    CriterionFacts withPoints(@Nullable BigDecimal value) {
      return new CriterionFacts(parentId, title, value, weight, strategy, areas, settings);
    }

    CriterionFacts withWeight(@Nullable BigDecimal value) {
      return new CriterionFacts(parentId, title, points, value, strategy, areas, settings);
    }

    CriterionFacts withStrategy(@Nullable String value) {
      return new CriterionFacts(parentId, title, points, weight, value, areas, settings);
    }

    CriterionFacts withAreas(Map<String, Area> value) {
      return new CriterionFacts(parentId, title, points, weight, strategy, value, settings);
    }

    CriterionFacts withSettings(Map<String, String> value) {
      return new CriterionFacts(parentId, title, points, weight, strategy, areas, value);
    }

    /**
     * Lays one criterion flat.
     *
     * @param parentId the criterion it is under, or null at the top
     * @param c the criterion
     * @return its facts
     */
    public static CriterionFacts of(@Nullable String parentId, Criterion c) {
      Map<String, Area> areas = new LinkedHashMap<>();
      for (Area a : c.areas()) {
        areas.put(a.id(), a);
      }
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("kind", c.kind().name());
      settings.put("policies", c.policies().toString());
      settings.put("extensions", c.extensions().toString());
      return new CriterionFacts(
          parentId, c.title(), c.points(), c.weight(), c.strategy(), areas, settings);
    }
  }

  /**
   * An indicator laid flat.
   *
   * @param criterionId the criterion it is under
   * @param text its question
   * @param weight its weight
   * @param scale its scale
   * @param settings its evidence rule, whether it may be not applicable, and its extensions, as the
   *     model writes them
   */
  public record IndicatorFacts(
      String criterionId, Text text, BigDecimal weight, Scale scale, Map<String, String> settings) {
    /**
     * Creates the value, checking its components; the weight loses its trailing zeros.
     *
     * @param criterionId the criterion it is under
     * @param text its question
     * @param weight its weight
     * @param scale its scale
     * @param settings its other settings
     */
    public IndicatorFacts {
      Checks.notBlank(criterionId, "criterionId");
      Checks.notNull(text, "text");
      weight = Checks.notNull(strip(weight), "weight");
      Checks.notNull(scale, "scale");
      settings = copy(settings, "settings");
    }

    IndicatorFacts withCriterion(String value) {
      return new IndicatorFacts(value, text, weight, scale, settings);
    }

    IndicatorFacts withText(Text value) {
      return new IndicatorFacts(criterionId, value, weight, scale, settings);
    }

    IndicatorFacts withWeight(BigDecimal value) {
      return new IndicatorFacts(criterionId, text, value, scale, settings);
    }

    IndicatorFacts withScale(Scale value) {
      return new IndicatorFacts(criterionId, text, weight, value, settings);
    }

    IndicatorFacts withSettings(Map<String, String> value) {
      return new IndicatorFacts(criterionId, text, weight, scale, value);
    }

    /**
     * Lays one indicator flat.
     *
     * @param criterionId the criterion it is under
     * @param i the indicator
     * @return its facts
     */
    public static IndicatorFacts of(String criterionId, Indicator i) {
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("evidenceRequired", String.valueOf(i.evidenceRequired()));
      settings.put("notApplicableAllowed", String.valueOf(i.notApplicableAllowed()));
      settings.put("extensions", i.extensions().toString());
      return new IndicatorFacts(criterionId, i.text(), i.weight(), i.scale(), settings);
    }
  }
}
