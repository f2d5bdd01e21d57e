package io.github.assessmentkit.rubric.diff;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.DiffMessages;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.rubric.diff.RubricOutline.CriterionFacts;
import io.github.assessmentkit.rubric.diff.RubricOutline.IndicatorFacts;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every difference between two rubrics, typically two versions of one criteria set ({@code
 * cqa@2025.1} and {@code cqa@2026.1}) or a set and its derivation.
 *
 * <pre>{@code
 * RubricDiff diff = RubricDiff.between(CqaCriteria.rubric(), savings);
 * diff.changes();                 // typed: RubricChange.WeightChanged, AreaChanged, ...
 * diff.toText(Language.EN);       // for release notes
 * }</pre>
 *
 * <p>The order is stable: the rubric's own settings and its provenance; then, in the newer rubric's
 * tree order, each criterion's changes followed by those of its indicators; then the criteria and
 * indicators removed, in the older rubric's tree order; then the ladders and the award schemes,
 * added or changed in the newer order, removed in the older. The order of siblings is not compared:
 * moving an item within its category is no change. Criteria and indicators are matched by id: a new
 * id is an addition and a removal, not a rename.
 *
 * <p>Applying the changes to the older rubric's {@linkplain RubricOutline outline} gives the newer
 * one's: {@code diff.applyTo(RubricOutline.of(older)).equals(RubricOutline.of(newer))}.
 *
 * @param from the older rubric
 * @param to the newer rubric
 * @param changes every difference, in the order above
 */
public record RubricDiff(RubricRef from, RubricRef to, List<RubricChange> changes) {
  /**
   * Creates the value, checking its components.
   *
   * @param from the older rubric
   * @param to the newer rubric
   * @param changes every difference
   */
  public RubricDiff {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    changes = Checks.copy(changes, "changes");
  }

  /**
   * Compares two rubrics.
   *
   * @param older the older rubric
   * @param newer the newer rubric
   * @return every difference, in a stable order
   */
  public static RubricDiff between(Rubric older, Rubric newer) {
    Checks.notNull(older, "older");
    Checks.notNull(newer, "newer");
    return new RubricDiff(older.ref(), newer.ref(), Differ.changes(older, newer));
  }

  /** {@return whether the two rubrics differ in nothing the diff compares} */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Renders the changes as plain text a maintainer can paste in release notes: a heading line, then
   * one line per change starting with {@code "- "}.
   *
   * @param language the language wanted
   * @return the text, lines separated by {@code \n}, ending with one
   */
  public String toText(Language language) {
    Checks.notNull(language, "language");
    StringBuilder out = new StringBuilder();
    out.append(DiffMessages.heading(from.toString(), to.toString(), changes.size()).get(language))
        .append('\n');
    if (changes.isEmpty()) {
      out.append("- ").append(DiffMessages.noChanges().get(language)).append('\n');
    }
    for (RubricChange c : changes) {
      out.append("- ").append(c.describe().get(language)).append('\n');
    }
    return out.toString();
  }

  /**
   * Applies the changes, in order, to an outline.
   *
   * @param outline an outline, typically that of the older rubric
   * @return the outline with every change applied
   * @throws InvalidValueException naming the change, when one does not apply: it changes or removes
   *     a criterion, an indicator, an area, a ladder or an award scheme the outline does not have,
   *     or adds one it already has
   */
  public RubricOutline applyTo(RubricOutline outline) {
    Checks.notNull(outline, "outline");
    Applied a = new Applied(outline);
    for (RubricChange c : changes) {
      a.apply(c);
    }
    return new RubricOutline(
        a.settings, a.provenance, a.criteria, a.indicators, a.ladders, a.awards);
  }

  /** An outline being changed. */
  private static final class Applied {
    final Map<String, Text> settings;
    Provenance provenance;
    final Map<String, CriterionFacts> criteria;
    final Map<String, IndicatorFacts> indicators;
    final Map<String, Ladder> ladders;
    final Map<String, AwardScheme> awards;

    Applied(RubricOutline o) {
      settings = new LinkedHashMap<>(o.settings());
      provenance = o.provenance();
      criteria = new LinkedHashMap<>(o.criteria());
      indicators = new LinkedHashMap<>(o.indicators());
      ladders = new LinkedHashMap<>(o.ladders());
      awards = new LinkedHashMap<>(o.awards());
    }

    void apply(RubricChange change) {
      if (change instanceof RubricChange.RubricSettingChanged s) {
        settings.put(s.property(), s.after());
      } else if (change instanceof RubricChange.ProvenanceChanged p) {
        provenance = p.after();
      } else if (change instanceof RubricChange.CriterionAdded a) {
        absent(criteria, change);
        criteria.put(a.criterion().id(), CriterionFacts.of(a.parentId(), a.criterion()));
      } else if (change instanceof RubricChange.CriterionRemoved) {
        present(criteria, change);
        criteria.remove(change.target());
      } else if (change instanceof RubricChange.IndicatorAdded a) {
        absent(indicators, change);
        indicators.put(a.indicator().id(), IndicatorFacts.of(a.criterionId(), a.indicator()));
      } else if (change instanceof RubricChange.IndicatorRemoved) {
        present(indicators, change);
        indicators.remove(change.target());
      } else if (change instanceof RubricChange.Renamed r) {
        if (r.node() == NodeKind.CRITERION) {
          criteria.put(r.id(), present(criteria, change).withTitle(r.after()));
        } else {
          indicators.put(r.id(), present(indicators, change).withText(r.after()));
        }
      } else if (change instanceof RubricChange.Moved m) {
        if (m.node() == NodeKind.CRITERION) {
          criteria.put(m.id(), present(criteria, change).withParent(m.after()));
        } else {
          indicators.put(
              m.id(),
              present(indicators, change).withCriterion(Checks.notNull(m.after(), "after")));
        }
      } else if (change instanceof RubricChange.PointsChanged p) {
        criteria.put(p.id(), present(criteria, change).withPoints(p.after()));
      } else if (change instanceof RubricChange.WeightChanged w) {
        if (w.node() == NodeKind.CRITERION) {
          criteria.put(w.id(), present(criteria, change).withWeight(w.after()));
        } else {
          indicators.put(
              w.id(), present(indicators, change).withWeight(Checks.notNull(w.after(), "after")));
        }
      } else if (change instanceof RubricChange.StrategyChanged s) {
        criteria.put(s.id(), present(criteria, change).withStrategy(s.after()));
      } else if (change instanceof RubricChange.ScaleChanged s) {
        indicators.put(s.id(), present(indicators, change).withScale(s.after()));
      } else if (change instanceof RubricChange.AreaChanged a) {
        CriterionFacts c = present(criteria, change);
        Map<String, Area> areas = new LinkedHashMap<>(c.areas());
        if (a.before() == null ? areas.containsKey(a.areaId()) : !areas.containsKey(a.areaId())) {
          throw new InvalidValueException(DiffMessages.doesNotApply(change.describe()));
        }
        if (a.after() == null) {
          areas.remove(a.areaId());
        } else {
          areas.put(a.areaId(), a.after());
        }
        criteria.put(a.criterionId(), c.withAreas(areas));
      } else if (change instanceof RubricChange.NodeSettingChanged s) {
        if (s.node() == NodeKind.CRITERION) {
          CriterionFacts c = present(criteria, change);
          Map<String, String> set = new LinkedHashMap<>(c.settings());
          set.put(s.property(), s.after());
          criteria.put(s.id(), c.withSettings(set));
        } else {
          IndicatorFacts i = present(indicators, change);
          Map<String, String> set = new LinkedHashMap<>(i.settings());
          set.put(s.property(), s.after());
          indicators.put(s.id(), i.withSettings(set));
        }
      } else if (change instanceof RubricChange.LadderChanged l) {
        replace(ladders, change, l.before() != null, l.after());
      } else if (change instanceof RubricChange.AwardChanged w) {
        replace(awards, change, w.before() != null, w.after());
      }
    }

    private static <V> V present(Map<String, V> map, RubricChange change) {
      V v = map.get(change.target());
      if (v == null) {
        throw new InvalidValueException(DiffMessages.doesNotApply(change.describe()));
      }
      return v;
    }

    private static <V> void absent(Map<String, V> map, RubricChange change) {
      if (map.containsKey(change.target())) {
        throw new InvalidValueException(DiffMessages.doesNotApply(change.describe()));
      }
    }

    private static <V> void replace(
        Map<String, V> map, RubricChange change, boolean existed, @Nullable V after) {
      if (existed != map.containsKey(change.target())) {
        throw new InvalidValueException(DiffMessages.doesNotApply(change.describe()));
      }
      if (after == null) {
        map.remove(change.target());
      } else {
        map.put(change.target(), after);
      }
    }
  }
}
