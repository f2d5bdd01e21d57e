package io.github.assessmentkit.rubric.diff;

import io.github.assessmentkit.internal.DiffMessages;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.diff.RubricOutline.CriterionFacts;
import io.github.assessmentkit.rubric.diff.RubricOutline.IndicatorFacts;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Works out the changes between two outlines, in the order {@link RubricDiff} documents. */
final class Differ {
  private Differ() {}

  static List<RubricChange> changes(Rubric older, Rubric newer) {
    RubricOutline a = RubricOutline.of(older);
    RubricOutline b = RubricOutline.of(newer);
    List<RubricChange> out = new ArrayList<>();
    for (Map.Entry<String, Text> s : b.settings().entrySet()) {
      Text before = a.settings().get(s.getKey());
      if (before != null && !before.equals(s.getValue())) {
        out.add(new RubricChange.RubricSettingChanged(s.getKey(), before, s.getValue()));
      }
    }
    if (!a.provenance().equals(b.provenance())) {
      out.add(new RubricChange.ProvenanceChanged(a.provenance(), b.provenance()));
    }
    // each criterion of the newer rubric, then its indicators, in the newer tree order
    Map<String, List<String>> indicatorsOf = new LinkedHashMap<>();
    for (Map.Entry<String, IndicatorFacts> i : b.indicators().entrySet()) {
      indicatorsOf
          .computeIfAbsent(i.getValue().criterionId(), k -> new ArrayList<>())
          .add(i.getKey());
    }
    for (Map.Entry<String, CriterionFacts> e : b.criteria().entrySet()) {
      String id = e.getKey();
      CriterionFacts after = e.getValue();
      CriterionFacts before = a.criteria().get(id);
      if (before == null) {
        out.add(
            new RubricChange.CriterionAdded(after.parentId(), newer.criterion(id).orElseThrow()));
      } else {
        criterion(id, before, after, out);
      }
      for (String indicatorId : indicatorsOf.getOrDefault(id, List.of())) {
        IndicatorFacts now = b.indicators().get(indicatorId);
        IndicatorFacts then = a.indicators().get(indicatorId);
        if (then == null) {
          out.add(new RubricChange.IndicatorAdded(id, newer.indicator(indicatorId).orElseThrow()));
        } else {
          indicator(indicatorId, then, now, out);
        }
      }
    }
    for (Map.Entry<String, CriterionFacts> e : a.criteria().entrySet()) {
      if (!b.criteria().containsKey(e.getKey())) {
        out.add(
            new RubricChange.CriterionRemoved(
                e.getValue().parentId(), older.criterion(e.getKey()).orElseThrow()));
      }
    }
    for (Map.Entry<String, IndicatorFacts> e : a.indicators().entrySet()) {
      if (!b.indicators().containsKey(e.getKey())) {
        out.add(
            new RubricChange.IndicatorRemoved(
                e.getValue().criterionId(), older.indicator(e.getKey()).orElseThrow()));
      }
    }
    rules(a.ladders(), b.ladders(), RubricChange.LadderChanged::new, out);
    rules(a.awards(), b.awards(), RubricChange.AwardChanged::new, out);
    return out;
  }

  private interface RuleChange<V> {
    RubricChange of(String id, @Nullable V before, @Nullable V after);
  }

  private static <V> void rules(
      Map<String, V> a, Map<String, V> b, RuleChange<V> change, List<RubricChange> out) {
    for (Map.Entry<String, V> e : b.entrySet()) {
      V before = a.get(e.getKey());
      if (!e.getValue().equals(before)) {
        out.add(change.of(e.getKey(), before, e.getValue()));
      }
    }
    for (Map.Entry<String, V> e : a.entrySet()) {
      if (!b.containsKey(e.getKey())) {
        out.add(change.of(e.getKey(), e.getValue(), null));
      }
    }
  }

  private static void criterion(
      String id, CriterionFacts a, CriterionFacts b, List<RubricChange> out) {
    if (!a.title().equals(b.title())) {
      out.add(new RubricChange.Renamed(NodeKind.CRITERION, id, a.title(), b.title()));
    }
    if (!Objects.equals(a.parentId(), b.parentId())) {
      out.add(new RubricChange.Moved(NodeKind.CRITERION, id, a.parentId(), b.parentId()));
    }
    if (!Objects.equals(a.points(), b.points())) {
      out.add(new RubricChange.PointsChanged(id, a.points(), b.points()));
    }
    if (!Objects.equals(a.weight(), b.weight())) {
      out.add(new RubricChange.WeightChanged(NodeKind.CRITERION, id, a.weight(), b.weight()));
    }
    if (!Objects.equals(a.strategy(), b.strategy())) {
      out.add(new RubricChange.StrategyChanged(id, a.strategy(), b.strategy()));
    }
    for (Map.Entry<String, Area> e : b.areas().entrySet()) {
      Area before = a.areas().get(e.getKey());
      if (!e.getValue().equals(before)) {
        out.add(new RubricChange.AreaChanged(id, e.getKey(), before, e.getValue()));
      }
    }
    for (Map.Entry<String, Area> e : a.areas().entrySet()) {
      if (!b.areas().containsKey(e.getKey())) {
        out.add(new RubricChange.AreaChanged(id, e.getKey(), e.getValue(), null));
      }
    }
    settings(NodeKind.CRITERION, id, a.settings(), b.settings(), out);
  }

  private static void indicator(
      String id, IndicatorFacts a, IndicatorFacts b, List<RubricChange> out) {
    if (!a.text().equals(b.text())) {
      out.add(new RubricChange.Renamed(NodeKind.INDICATOR, id, a.text(), b.text()));
    }
    if (!a.criterionId().equals(b.criterionId())) {
      out.add(new RubricChange.Moved(NodeKind.INDICATOR, id, a.criterionId(), b.criterionId()));
    }
    if (!a.weight().equals(b.weight())) {
      out.add(new RubricChange.WeightChanged(NodeKind.INDICATOR, id, a.weight(), b.weight()));
    }
    if (!a.scale().equals(b.scale())) {
      out.add(new RubricChange.ScaleChanged(id, a.scale(), b.scale(), how(a.scale(), b.scale())));
    }
    settings(NodeKind.INDICATOR, id, a.settings(), b.settings(), out);
  }

  private static void settings(
      NodeKind node,
      String id,
      Map<String, String> a,
      Map<String, String> b,
      List<RubricChange> out) {
    for (Map.Entry<String, String> e : b.entrySet()) {
      String before = a.getOrDefault(e.getKey(), "—");
      if (!before.equals(e.getValue())) {
        out.add(new RubricChange.NodeSettingChanged(node, id, e.getKey(), before, e.getValue()));
      }
    }
  }

  /**
   * {@return how a scale changed: its type, else the values and settings it allows that were added
   * or removed, else that its definition (labels, descriptors) changed}
   */
  static Text how(Scale a, Scale b) {
    if (!a.type().equals(b.type())) {
      return DiffMessages.scaleType(a.type(), b.type());
    }
    return values(a.accept(ALLOWED), b.accept(ALLOWED));
  }

  /**
   * What a scale allows, as comparable strings: codes, percentages, points, and the settings that
   * decide what a value earns ({@code partial=0.5}, {@code min=0}, {@code step=2.5}).
   */
  private static final Scale.Visitor<Set<String>> ALLOWED =
      new Scale.Visitor<>() {
        @Override
        public Set<String> visitBand(BandScale scale) {
          Set<String> out = new LinkedHashSet<>();
          for (Band band : scale.bands()) {
            for (Integer p : band.percents()) {
              out.add(p + "%");
            }
          }
          for (var d : scale.dimensions()) {
            out.add("dimension " + d.code());
          }
          return out;
        }

        @Override
        public Set<String> visitLevel(LevelScale scale) {
          Set<String> out = new LinkedHashSet<>();
          for (Level l : scale.levels()) {
            out.add(l.code());
          }
          return out;
        }

        @Override
        public Set<String> visitYesPartialNo(YesPartialNoScale scale) {
          return new LinkedHashSet<>(
              List.of("yes", "partial=" + plain(scale.partialCredit()), "no"));
        }

        @Override
        public Set<String> visitYesNo(YesNoScale scale) {
          return new LinkedHashSet<>(List.of("yes", "no"));
        }

        @Override
        public Set<String> visitLikert(LikertScale scale) {
          return new LinkedHashSet<>(List.of("points=" + scale.points()));
        }

        @Override
        public Set<String> visitMeasure(MeasureScale scale) {
          Set<String> out = new LinkedHashSet<>();
          out.add("unit=" + scale.unit());
          out.add("direction=" + scale.direction());
          if (scale.target() != null) {
            out.add("target=" + plain(scale.target()));
          }
          for (Threshold t : scale.thresholds()) {
            out.add("threshold " + plain(t.bound()) + "→" + plain(t.credit()));
          }
          return out;
        }

        @Override
        public Set<String> visitNumeric(NumericScale scale) {
          Set<String> out = new LinkedHashSet<>();
          out.add("min=" + plain(scale.min()));
          out.add("max=" + plain(scale.max()));
          if (scale.step() != null) {
            out.add("step=" + plain(scale.step()));
          }
          return out;
        }
      };

  private static String plain(BigDecimal value) {
    return Objects.requireNonNull(RubricOutline.strip(value)).toPlainString();
  }

  private static Text values(Set<String> before, Set<String> after) {
    List<String> added = new ArrayList<>();
    for (String v : after) {
      if (!before.contains(v)) {
        added.add(v);
      }
    }
    List<String> removed = new ArrayList<>();
    for (String v : before) {
      if (!after.contains(v)) {
        removed.add(v);
      }
    }
    return added.isEmpty() && removed.isEmpty()
        ? DiffMessages.scaleRedefined()
        : DiffMessages.scaleValues(added, removed);
  }
}
