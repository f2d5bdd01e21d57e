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

  /** An outline being changed, one change at a time. */
  private static final class Applied implements RubricChange.Visitor<Void> {
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
      change.accept(this);
    }

    @Override
    public @Nullable Void visitRubricSettingChanged(RubricChange.RubricSettingChanged c) {
      settings.put(c.property(), c.after());
      return null;
    }

    @Override
    public @Nullable Void visitProvenanceChanged(RubricChange.ProvenanceChanged c) {
      provenance = c.after();
      return null;
    }

    @Override
    public @Nullable Void visitCriterionAdded(RubricChange.CriterionAdded c) {
      absent(criteria, c);
      criteria.put(c.criterion().id(), CriterionFacts.of(c.parentId(), c.criterion()));
      return null;
    }

    @Override
    public @Nullable Void visitCriterionRemoved(RubricChange.CriterionRemoved c) {
      present(criteria, c);
      criteria.remove(c.target());
      return null;
    }

    @Override
    public @Nullable Void visitIndicatorAdded(RubricChange.IndicatorAdded c) {
      absent(indicators, c);
      indicators.put(c.indicator().id(), IndicatorFacts.of(c.criterionId(), c.indicator()));
      return null;
    }

    @Override
    public @Nullable Void visitIndicatorRemoved(RubricChange.IndicatorRemoved c) {
      present(indicators, c);
      indicators.remove(c.target());
      return null;
    }

    @Override
    public @Nullable Void visitRenamed(RubricChange.Renamed c) {
      if (c.node() == NodeKind.CRITERION) {
        criteria.put(c.id(), present(criteria, c).withTitle(c.after()));
      } else {
        indicators.put(c.id(), present(indicators, c).withText(c.after()));
      }
      return null;
    }

    @Override
    public @Nullable Void visitMoved(RubricChange.Moved c) {
      if (c.node() == NodeKind.CRITERION) {
        criteria.put(c.id(), present(criteria, c).withParent(c.after()));
      } else {
        indicators.put(
            c.id(), present(indicators, c).withCriterion(Checks.notNull(c.after(), "after")));
      }
      return null;
    }

    @Override
    public @Nullable Void visitPointsChanged(RubricChange.PointsChanged c) {
      criteria.put(c.id(), present(criteria, c).withPoints(c.after()));
      return null;
    }

    @Override
    public @Nullable Void visitWeightChanged(RubricChange.WeightChanged c) {
      if (c.node() == NodeKind.CRITERION) {
        criteria.put(c.id(), present(criteria, c).withWeight(c.after()));
      } else {
        indicators.put(
            c.id(), present(indicators, c).withWeight(Checks.notNull(c.after(), "after")));
      }
      return null;
    }

    @Override
    public @Nullable Void visitStrategyChanged(RubricChange.StrategyChanged c) {
      criteria.put(c.id(), present(criteria, c).withStrategy(c.after()));
      return null;
    }

    @Override
    public @Nullable Void visitScaleChanged(RubricChange.ScaleChanged c) {
      indicators.put(c.id(), present(indicators, c).withScale(c.after()));
      return null;
    }

    @Override
    public @Nullable Void visitAreaChanged(RubricChange.AreaChanged c) {
      CriterionFacts facts = present(criteria, c);
      Map<String, Area> areas = new LinkedHashMap<>(facts.areas());
      if (c.before() == null ? areas.containsKey(c.areaId()) : !areas.containsKey(c.areaId())) {
        throw new InvalidValueException(DiffMessages.doesNotApply(c.describe()));
      }
      Area after = c.after();
      if (after == null) {
        areas.remove(c.areaId());
      } else {
        areas.put(c.areaId(), after);
      }
      criteria.put(c.criterionId(), facts.withAreas(areas));
      return null;
    }

    @Override
    public @Nullable Void visitNodeSettingChanged(RubricChange.NodeSettingChanged c) {
      if (c.node() == NodeKind.CRITERION) {
        CriterionFacts facts = present(criteria, c);
        Map<String, String> set = new LinkedHashMap<>(facts.settings());
        set.put(c.property(), c.after());
        criteria.put(c.id(), facts.withSettings(set));
      } else {
        IndicatorFacts facts = present(indicators, c);
        Map<String, String> set = new LinkedHashMap<>(facts.settings());
        set.put(c.property(), c.after());
        indicators.put(c.id(), facts.withSettings(set));
      }
      return null;
    }

    @Override
    public @Nullable Void visitLadderChanged(RubricChange.LadderChanged c) {
      replace(ladders, c, c.before() != null, c.after());
      return null;
    }

    @Override
    public @Nullable Void visitAwardChanged(RubricChange.AwardChanged c) {
      replace(awards, c, c.before() != null, c.after());
      return null;
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
