package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.provenance;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.diff.RubricChange;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a rubric-diff document: header, {@code from} and {@code to} as {@code id@version}, then
 * each change in the diff's order, its {@code kind} first. Criteria, indicators, areas, scales,
 * ladders, award schemes and provenance inside a change have the shapes a rubric document gives
 * them ({@link RubricWriter}, {@link ScaleCodecs}, {@link Writing}); a value that is absent (a
 * criterion at the top, points a criterion does not have, an area just added) is left out. A kind
 * of change this writer does not know fails loudly rather than being written as nothing.
 * Thread-safe.
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
      change(c, g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void change(RubricChange change, JsonGenerator g) {
    if (change instanceof RubricChange.CriterionAdded c) {
      optional("parent", c.parentId(), g);
      g.writeName("criterion");
      rubrics.criterion(c.criterion(), g);
    } else if (change instanceof RubricChange.CriterionRemoved c) {
      optional("parent", c.parentId(), g);
      g.writeName("criterion");
      rubrics.criterion(c.criterion(), g);
    } else if (change instanceof RubricChange.IndicatorAdded i) {
      g.writeStringProperty("parent", i.criterionId());
      g.writeName("indicator");
      rubrics.indicator(i.indicator(), g);
    } else if (change instanceof RubricChange.IndicatorRemoved i) {
      g.writeStringProperty("parent", i.criterionId());
      g.writeName("indicator");
      rubrics.indicator(i.indicator(), g);
    } else if (change instanceof RubricChange.Renamed r) {
      g.writeStringProperty("node", Obj.jsonName(r.node()));
      g.writeStringProperty("id", r.id());
      text("before", r.before(), g);
      text("after", r.after(), g);
    } else if (change instanceof RubricChange.Moved m) {
      g.writeStringProperty("node", Obj.jsonName(m.node()));
      g.writeStringProperty("id", m.id());
      optional("before", m.before(), g);
      optional("after", m.after(), g);
    } else if (change instanceof RubricChange.PointsChanged p) {
      g.writeStringProperty("id", p.id());
      optional("before", p.before(), g);
      optional("after", p.after(), g);
    } else if (change instanceof RubricChange.WeightChanged w) {
      g.writeStringProperty("node", Obj.jsonName(w.node()));
      g.writeStringProperty("id", w.id());
      optional("before", w.before(), g);
      optional("after", w.after(), g);
    } else if (change instanceof RubricChange.StrategyChanged s) {
      g.writeStringProperty("id", s.id());
      optional("before", s.before(), g);
      optional("after", s.after(), g);
    } else if (change instanceof RubricChange.ScaleChanged s) {
      g.writeStringProperty("id", s.id());
      g.writeName("before");
      ScaleCodecs.write(s.before(), g);
      g.writeName("after");
      ScaleCodecs.write(s.after(), g);
      text("how", s.how(), g);
    } else if (change instanceof RubricChange.AreaChanged a) {
      g.writeStringProperty("criterion", a.criterionId());
      g.writeStringProperty("area", a.areaId());
      area("before", a.before(), g);
      area("after", a.after(), g);
    } else if (change instanceof RubricChange.LadderChanged l) {
      g.writeStringProperty("id", l.id());
      ladder("before", l.before(), g);
      ladder("after", l.after(), g);
    } else if (change instanceof RubricChange.AwardChanged a) {
      g.writeStringProperty("id", a.id());
      award("before", a.before(), g);
      award("after", a.after(), g);
    } else if (change instanceof RubricChange.ProvenanceChanged p) {
      provenance("before", p.before(), g);
      provenance("after", p.after(), g);
    } else if (change instanceof RubricChange.NodeSettingChanged s) {
      g.writeStringProperty("node", Obj.jsonName(s.node()));
      g.writeStringProperty("id", s.id());
      g.writeStringProperty("property", s.property());
      g.writeStringProperty("before", s.before());
      g.writeStringProperty("after", s.after());
    } else if (change instanceof RubricChange.RubricSettingChanged s) {
      g.writeStringProperty("property", s.property());
      text("before", s.before(), g);
      text("after", s.after(), g);
    } else {
      throw new ConflictingStateException(
          JsonMessages.noCodec("RubricChange", change.getClass().getName()));
    }
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
