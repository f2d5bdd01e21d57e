package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.provenance;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.diff.NodeKind;
import io.github.assessmentkit.rubric.diff.RubricChange;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a rubric-diff document: header, {@code from} and {@code to} as {@code id@version}, then
 * each change in the diff's order, its {@code kind} first. Criteria, indicators, areas, scales,
 * ladders, award schemes and provenance inside a change have the shapes a rubric document gives
 * them ({@link RubricWriter}, {@link ScaleCodecs}, {@link Writing}); a value that is absent (a
 * criterion at the top, points a criterion does not have, an area just added) is left out. Each
 * kind of change has its method in a {@link RubricChange.Visitor}, so a new kind does not compile
 * until it is written. Thread-safe.
 */
final class RubricDiffWriter {
  private final RubricWriter rubrics;

  /**
   * Creates a writer.
   *
   * @param rubrics writes criteria, indicators, ladders and award schemes
   */
  RubricDiffWriter(RubricWriter rubrics) {
    this.rubrics = rubrics;
  }

  /**
   * Writes a rubric-diff document.
   *
   * @param d the diff
   * @param g the generator
   */
  void diff(RubricDiff d, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.RUBRIC_DIFF, g);
    g.writeStringProperty("from", d.from().toString());
    g.writeStringProperty("to", d.to().toString());
    g.writeArrayPropertyStart("changes");
    for (RubricChange c : d.changes()) {
      g.writeStartObject();
      g.writeStringProperty("kind", RubricDiffReader.kind(c));
      c.accept(new Properties(g));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes the properties of one change after its kind, one method per kind. */
  private final class Properties implements RubricChange.Visitor<Void> {
    private final JsonGenerator g;

    Properties(JsonGenerator g) {
      this.g = g;
    }

    @Override
    public @Nullable Void visitCriterionAdded(RubricChange.CriterionAdded c) {
      criterion(c.parentId(), c.criterion(), g);
      return null;
    }

    @Override
    public @Nullable Void visitCriterionRemoved(RubricChange.CriterionRemoved c) {
      criterion(c.parentId(), c.criterion(), g);
      return null;
    }

    @Override
    public @Nullable Void visitIndicatorAdded(RubricChange.IndicatorAdded i) {
      indicator(i.criterionId(), i.indicator(), g);
      return null;
    }

    @Override
    public @Nullable Void visitIndicatorRemoved(RubricChange.IndicatorRemoved i) {
      indicator(i.criterionId(), i.indicator(), g);
      return null;
    }

    @Override
    public @Nullable Void visitRenamed(RubricChange.Renamed r) {
      node(r.node(), r.id(), g);
      text("before", r.before(), g);
      text("after", r.after(), g);
      return null;
    }

    @Override
    public @Nullable Void visitMoved(RubricChange.Moved m) {
      node(m.node(), m.id(), g);
      optional("before", m.before(), g);
      optional("after", m.after(), g);
      return null;
    }

    @Override
    public @Nullable Void visitPointsChanged(RubricChange.PointsChanged p) {
      g.writeStringProperty("id", p.id());
      optional("before", p.before(), g);
      optional("after", p.after(), g);
      return null;
    }

    @Override
    public @Nullable Void visitWeightChanged(RubricChange.WeightChanged w) {
      node(w.node(), w.id(), g);
      optional("before", w.before(), g);
      optional("after", w.after(), g);
      return null;
    }

    @Override
    public @Nullable Void visitStrategyChanged(RubricChange.StrategyChanged s) {
      g.writeStringProperty("id", s.id());
      optional("before", s.before(), g);
      optional("after", s.after(), g);
      return null;
    }

    @Override
    public @Nullable Void visitScaleChanged(RubricChange.ScaleChanged s) {
      g.writeStringProperty("id", s.id());
      g.writeName("before");
      ScaleCodecs.write(s.before(), g);
      g.writeName("after");
      ScaleCodecs.write(s.after(), g);
      text("how", s.how(), g);
      return null;
    }

    @Override
    public @Nullable Void visitAreaChanged(RubricChange.AreaChanged a) {
      g.writeStringProperty("criterion", a.criterionId());
      g.writeStringProperty("area", a.areaId());
      area("before", a.before(), g);
      area("after", a.after(), g);
      return null;
    }

    @Override
    public @Nullable Void visitLadderChanged(RubricChange.LadderChanged l) {
      g.writeStringProperty("id", l.id());
      ladder("before", l.before(), g);
      ladder("after", l.after(), g);
      return null;
    }

    @Override
    public @Nullable Void visitAwardChanged(RubricChange.AwardChanged a) {
      g.writeStringProperty("id", a.id());
      award("before", a.before(), g);
      award("after", a.after(), g);
      return null;
    }

    @Override
    public @Nullable Void visitProvenanceChanged(RubricChange.ProvenanceChanged p) {
      provenance("before", p.before(), g);
      provenance("after", p.after(), g);
      return null;
    }

    @Override
    public @Nullable Void visitNodeSettingChanged(RubricChange.NodeSettingChanged s) {
      node(s.node(), s.id(), g);
      g.writeStringProperty("property", s.property());
      g.writeStringProperty("before", s.before());
      g.writeStringProperty("after", s.after());
      return null;
    }

    @Override
    public @Nullable Void visitRubricSettingChanged(RubricChange.RubricSettingChanged s) {
      g.writeStringProperty("property", s.property());
      text("before", s.before(), g);
      text("after", s.after(), g);
      return null;
    }
  }

  private void criterion(@Nullable String parent, Criterion c, JsonGenerator g) {
    optional("parent", parent, g);
    g.writeName("criterion");
    rubrics.criterion(c, g);
  }

  private void indicator(String parent, Indicator i, JsonGenerator g) {
    g.writeStringProperty("parent", parent);
    g.writeName("indicator");
    rubrics.indicator(i, g);
  }

  private static void node(NodeKind node, String id, JsonGenerator g) {
    g.writeStringProperty("node", Obj.jsonName(node));
    g.writeStringProperty("id", id);
  }

  private static void area(String name, @Nullable Area a, JsonGenerator g) {
    if (a != null) {
      g.writeName(name);
      RubricWriter.area(a, g);
    }
  }

  private void ladder(String name, @Nullable Ladder l, JsonGenerator g) {
    if (l != null) {
      g.writeName(name);
      rubrics.ladder(l, g);
    }
  }

  private void award(String name, @Nullable AwardScheme a, JsonGenerator g) {
    if (a != null) {
      g.writeName(name);
      rubrics.award(a, g);
    }
  }
}
