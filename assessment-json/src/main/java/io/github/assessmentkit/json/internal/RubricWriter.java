package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.number;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.provenance;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Gate;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.RatingRules;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.text.Text;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a rubric document: criteria, areas and indicators, then ladders and award schemes with
 * their conditions. Thread-safe.
 */
final class RubricWriter {
  private final ExtensionWriter extensions;

  /**
   * Creates a writer.
   *
   * @param extensions writes the unknown fields of the rubric, its criteria and indicators
   */
  RubricWriter(ExtensionWriter extensions) {
    this.extensions = extensions;
  }

  /**
   * Writes a rubric document.
   *
   * @param r the rubric
   * @param g the generator
   */
  void rubric(Rubric r, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.RUBRIC, g);
    g.writeStringProperty("id", r.id());
    g.writeStringProperty("version", r.version());
    if (r.edition().isPresent()) {
      g.writeStringProperty("edition", r.edition().get());
    }
    text("title", r.title(), g);
    provenance("provenance", r.provenance(), g);
    number("totalPoints", r.totalPoints(), g);
    if (r.resultScale().isPresent()) {
      PolicyDocs.writeResultScale(r.resultScale().get(), g);
    }
    g.writeStringProperty("defaultStrategy", r.defaultStrategy());
    PolicyDocs.writeRubricWide(r.policies(), g);
    if (r.evidenceValidity() != Severity.WARNING) {
      g.writeStringProperty("evidenceValidity", Obj.jsonName(r.evidenceValidity()));
    }
    if (r.capsByWeakestDimension()) {
      g.writeBooleanProperty("capByWeakestDimension", true);
    }
    if (r.requiresEveryDimension()) {
      g.writeBooleanProperty("requireEveryDimension", true);
    }
    g.writeArrayPropertyStart("criteria");
    for (Criterion c : r.criteria()) {
      criterion(c, g);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("ladders");
    for (Ladder l : r.ladders()) {
      ladder(l, g);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("awards");
    for (AwardScheme a : r.awards()) {
      award(a, g);
    }
    g.writeEndArray();
    if (!r.ratingRules().isEmpty()) {
      g.writeArrayPropertyStart("ratingRules");
      for (Map.Entry<String, RatingRules> e : r.ratingRules().entrySet()) {
        g.writeStartObject();
        g.writeStringProperty("node", e.getKey());
        optional("evidenceAbove", e.getValue().evidenceAbove(), g);
        optional("strengthsAbove", e.getValue().strengthsAbove(), g);
        optional("improvementsAbove", e.getValue().improvementsAbove(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    extensions.write(r.extensions(), g);
    g.writeEndObject();
  }

  /**
   * Writes a criterion as a rubric document holds it, with its areas, children and indicators.
   *
   * @param c the criterion
   * @param g the generator
   */
  void criterion(Criterion c, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id());
    text("title", c.title(), g);
    g.writeStringProperty("kind", Obj.jsonName(c.kind()));
    optional("points", c.points(), g);
    optional("weight", c.weight(), g);
    optional("strategy", c.strategy(), g);
    PolicyDocs.writeDeclared(c.policies(), g);
    if (!c.areas().isEmpty()) {
      g.writeArrayPropertyStart("areas");
      for (Area a : c.areas()) {
        area(a, g);
      }
      g.writeEndArray();
    }
    if (!c.children().isEmpty()) {
      g.writeArrayPropertyStart("children");
      for (Criterion k : c.children()) {
        criterion(k, g);
      }
      g.writeEndArray();
    }
    if (!c.indicators().isEmpty()) {
      g.writeArrayPropertyStart("indicators");
      for (Indicator i : c.indicators()) {
        indicator(i, g);
      }
      g.writeEndArray();
    }
    extensions.write(c.extensions(), g);
    g.writeEndObject();
  }

  /**
   * Writes an area to address as a criterion in a rubric document holds it.
   *
   * @param a the area
   * @param g the generator
   */
  static void area(Area a, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id());
    text("text", a.text(), g);
    g.writeEndObject();
  }

  /**
   * Writes an indicator as a rubric document holds it.
   *
   * @param i the indicator
   * @param g the generator
   */
  void indicator(Indicator i, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", i.id());
    text("text", i.text(), g);
    g.writeName("scale");
    ScaleCodecs.write(i.scale(), g);
    number("weight", i.weight(), g);
    g.writeBooleanProperty("evidenceRequired", i.evidenceRequired());
    if (!i.notApplicableAllowed()) {
      // the default is left out, so documents without the declaration stay as they were
      g.writeBooleanProperty("notApplicableAllowed", false);
    }
    extensions.write(i.extensions(), g);
    g.writeEndObject();
  }

  /**
   * Writes a ladder as a rubric document holds it.
   *
   * @param l the ladder
   * @param g the generator
   */
  void ladder(Ladder l, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", l.id());
    text("title", l.title(), g);
    g.writeName("metric");
    MetricCodecs.write(l.metric(), g);
    g.writeArrayPropertyStart("rungs");
    for (Rung r : l.rungs()) {
      g.writeStartObject();
      g.writeStringProperty("id", r.id());
      text("label", r.label(), g);
      optional("bound", r.bound(), g);
      g.writeStringProperty("comparison", Obj.jsonName(r.comparison()));
      if (r.whenNotApplicable() != WhenNotApplicable.FAILS) {
        // the default is left out, so documents without the rule stay as they were
        g.writeStringProperty("whenNotApplicable", Obj.jsonName(r.whenNotApplicable()));
      }
      if (!r.conditions().isEmpty()) {
        ConditionCodecs.writeParts(r.conditions(), g);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!l.gates().isEmpty()) {
      g.writeArrayPropertyStart("gates");
      for (Gate gate : l.gates()) {
        g.writeStartObject();
        text("name", gate.name(), g);
        g.writeName("condition");
        ConditionCodecs.write(gate.condition(), g);
        g.writeStringProperty("atMost", gate.atMost());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    provenance("provenance", l.provenance(), g);
    g.writeEndObject();
  }

  /**
   * Writes an award scheme as a rubric document holds it.
   *
   * @param a the scheme
   * @param g the generator
   */
  void award(AwardScheme a, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id());
    text("title", a.title(), g);
    g.writeArrayPropertyStart("tiers");
    for (AwardTier t : a.tiers()) {
      g.writeStartObject();
      g.writeStringProperty("id", t.id());
      text("name", t.name(), g);
      g.writeName("condition");
      ConditionCodecs.write(t.condition(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    Text none = a.noneReached();
    if (none != null) {
      text("noneReached", none, g);
    }
    provenance("provenance", a.provenance(), g);
    g.writeEndObject();
  }
}
