package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.assessment.RatingValue;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.award.AwardDecision;
import io.github.assessmentkit.award.AwardScheme;
import io.github.assessmentkit.award.AwardTier;
import io.github.assessmentkit.award.Condition;
import io.github.assessmentkit.award.ConditionResult;
import io.github.assessmentkit.award.Ladder;
import io.github.assessmentkit.award.LevelDecision;
import io.github.assessmentkit.award.Metric;
import io.github.assessmentkit.award.Rung;
import io.github.assessmentkit.award.TierCheck;
import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.StreamWriteException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes rubrics, assessments and scorecards with a fixed field order, decimals as plain JSON
 * numbers, absent optional fields left out, and unknown fields (extensions) after the known ones in
 * name order. Stateless apart from the generator it is given; thread-safe.
 */
public final class DocumentWriter {
  private final JsonMapper mapper;

  /**
   * Creates a writer.
   *
   * @param mapper the mapper that parses extension text back into trees
   */
  public DocumentWriter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  // ---- documents ----

  /**
   * Writes a rubric document.
   *
   * @param r the rubric
   * @param g the generator
   */
  public void rubric(Rubric r, JsonGenerator g) {
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
    g.writeStringProperty("defaultStrategy", r.defaultStrategy());
    g.writeStringProperty("notApplicablePolicy", Obj.jsonName(r.notApplicablePolicy()));
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
    extensions(r.extensions(), g);
    g.writeEndObject();
  }

  /**
   * Writes an assessment document.
   *
   * @param a the assessment
   * @param g the generator
   */
  public void assessment(Assessment a, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.ASSESSMENT, g);
    g.writeStringProperty("id", a.id());
    subject(a.subject(), g);
    g.writeStringProperty("rubric", a.rubric().toString());
    period("period", a.period(), g);
    g.writeStringProperty("kind", Obj.jsonName(a.kind()));
    g.writeStringProperty("status", Obj.jsonName(a.status()));
    g.writeArrayPropertyStart("assessors");
    for (Assessor x : a.assessors()) {
      g.writeStartObject();
      g.writeStringProperty("id", x.id());
      g.writeStringProperty("name", x.name());
      optional("role", x.role(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("ratings");
    for (Rating r : a.ratings()) {
      rating(r, g);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("evidence");
    for (Evidence e : a.evidence()) {
      evidence(e, g);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("measures");
    for (Measure m : a.measures()) {
      measure(m, g);
    }
    g.writeEndArray();
    extensions(a.extensions(), g);
    g.writeEndObject();
  }

  /**
   * Writes a scorecard document.
   *
   * @param s the scorecard
   * @param g the generator
   */
  public void scorecard(Scorecard s, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.SCORECARD, g);
    g.writeStringProperty("rubric", s.rubric().toString());
    g.writeStringProperty("assessment", s.assessmentId());
    subject(s.subject(), g);
    period("period", s.period(), g);
    g.writeStringProperty("strategy", s.strategy());
    g.writeName("root");
    node(s.root(), g);
    g.writeArrayPropertyStart("levels");
    for (LevelDecision l : s.levels()) {
      g.writeStartObject();
      g.writeStringProperty("ladder", l.ladderId());
      text("ladderTitle", l.ladderTitle(), g);
      g.writeStringProperty("rung", l.rungId());
      text("label", l.label(), g);
      number("value", l.value(), g);
      text("reason", l.reason(), g);
      g.writeBooleanProperty("verified", l.verified());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("awards");
    for (AwardDecision a : s.awards()) {
      g.writeStartObject();
      g.writeStringProperty("scheme", a.schemeId());
      text("schemeTitle", a.schemeTitle(), g);
      optional("tier", a.tierId(), g);
      text("outcome", a.outcome(), g);
      g.writeArrayPropertyStart("checks");
      for (TierCheck c : a.checks()) {
        g.writeStartObject();
        g.writeStringProperty("tier", c.tierId());
        text("name", c.name(), g);
        g.writeName("result");
        conditionResult(c.result(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeBooleanProperty("verified", a.verified());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("warnings");
    for (ScoreWarning w : s.warnings()) {
      g.writeStartObject();
      g.writeStringProperty("code", w.code());
      g.writeStringProperty("path", w.path());
      text("message", w.message(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ---- rubric parts ----

  private void criterion(Criterion c, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id());
    text("title", c.title(), g);
    g.writeStringProperty("kind", Obj.jsonName(c.kind()));
    optional("points", c.points(), g);
    optional("weight", c.weight(), g);
    optional("strategy", c.strategy(), g);
    if (!c.areas().isEmpty()) {
      g.writeArrayPropertyStart("areas");
      for (Area a : c.areas()) {
        g.writeStartObject();
        g.writeStringProperty("id", a.id());
        text("text", a.text(), g);
        g.writeEndObject();
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
    extensions(c.extensions(), g);
    g.writeEndObject();
  }

  private void indicator(Indicator i, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", i.id());
    text("text", i.text(), g);
    g.writeName("scale");
    scale(i.scale(), g);
    number("weight", i.weight(), g);
    g.writeBooleanProperty("evidenceRequired", i.evidenceRequired());
    extensions(i.extensions(), g);
    g.writeEndObject();
  }

  private void scale(Scale s, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("type", s.type());
    if (s instanceof BandScale b) {
      text("name", b.name(), g);
      g.writeArrayPropertyStart("dimensions");
      for (Dimension d : b.dimensions()) {
        g.writeStartObject();
        g.writeStringProperty("code", d.code());
        text("name", d.name(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("bands");
      for (Band band : b.bands()) {
        g.writeStartObject();
        g.writeNumberProperty("number", band.number());
        g.writeArrayPropertyStart("percents");
        for (int p : band.percents()) {
          g.writeNumber(p);
        }
        g.writeEndArray();
        text("summary", band.summary(), g);
        g.writeObjectPropertyStart("descriptors");
        for (Map.Entry<String, Text> e : band.descriptors().entrySet()) {
          text(e.getKey(), e.getValue(), g);
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (s instanceof LevelScale l) {
      text("name", l.name(), g);
      g.writeArrayPropertyStart("levels");
      for (Level level : l.levels()) {
        g.writeStartObject();
        g.writeStringProperty("code", level.code());
        text("label", level.label(), g);
        if (level.descriptor() != null) {
          text("descriptor", level.descriptor(), g);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (s instanceof YesPartialNoScale y) {
      number("partialCredit", y.partialCredit(), g);
    } else if (s instanceof LikertScale k) {
      g.writeNumberProperty("points", k.points());
      text("lowest", k.lowest(), g);
      text("highest", k.highest(), g);
    } else if (s instanceof MeasureScale m) {
      g.writeStringProperty("unit", m.unit());
      g.writeStringProperty("direction", Obj.jsonName(m.direction()));
      optional("target", m.target(), g);
      g.writeArrayPropertyStart("thresholds");
      for (Threshold t : m.thresholds()) {
        g.writeStartObject();
        number("bound", t.bound(), g);
        number("credit", t.credit(), g);
        text("label", t.label(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      text("belowAll", m.belowAll(), g);
    }
    g.writeEndObject();
  }

  private void ladder(Ladder l, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", l.id());
    text("title", l.title(), g);
    g.writeName("metric");
    metric(l.metric(), g);
    g.writeArrayPropertyStart("rungs");
    for (Rung r : l.rungs()) {
      g.writeStartObject();
      g.writeStringProperty("id", r.id());
      text("label", r.label(), g);
      optional("bound", r.bound(), g);
      g.writeStringProperty("comparison", Obj.jsonName(r.comparison()));
      g.writeEndObject();
    }
    g.writeEndArray();
    provenance("provenance", l.provenance(), g);
    g.writeEndObject();
  }

  private void metric(Metric m, JsonGenerator g) {
    g.writeStartObject();
    if (m instanceof Metric.TotalPoints) {
      g.writeStringProperty("type", "total-points");
    } else if (m instanceof Metric.TotalPercent) {
      g.writeStringProperty("type", "total-percent");
    } else if (m instanceof Metric.Points p) {
      g.writeStringProperty("type", "points");
      strings("criteria", p.criterionIds(), g);
    } else if (m instanceof Metric.Percent p) {
      g.writeStringProperty("type", "percent");
      g.writeStringProperty("criterion", p.criterionId());
    }
    g.writeEndObject();
  }

  private void award(AwardScheme a, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id());
    text("title", a.title(), g);
    g.writeArrayPropertyStart("tiers");
    for (AwardTier t : a.tiers()) {
      g.writeStartObject();
      g.writeStringProperty("id", t.id());
      text("name", t.name(), g);
      g.writeName("condition");
      condition(t.condition(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    provenance("provenance", a.provenance(), g);
    g.writeEndObject();
  }

  private void condition(Condition c, JsonGenerator g) {
    g.writeStartObject();
    if (c instanceof Condition.Compare cmp) {
      g.writeStringProperty("type", "compare");
      g.writeName("metric");
      metric(cmp.metric(), g);
      g.writeStringProperty("comparison", Obj.jsonName(cmp.comparison()));
      number("bound", cmp.bound(), g);
    } else if (c instanceof Condition.AllOf all) {
      g.writeStringProperty("type", "all-of");
      conditions(all.conditions(), g);
    } else if (c instanceof Condition.AnyOf any) {
      g.writeStringProperty("type", "any-of");
      conditions(any.conditions(), g);
    } else if (c instanceof Condition.RungReached r) {
      g.writeStringProperty("type", "rung-reached");
      g.writeStringProperty("ladder", r.ladderId());
      g.writeStringProperty("rung", r.rungId());
    } else if (c instanceof Condition.CoverageAtLeast cov) {
      g.writeStringProperty("type", "coverage-at-least");
      number("percent", cov.percent(), g);
    } else if (c instanceof Condition.Named named) {
      g.writeStringProperty("type", "named");
      text("name", named.name(), g);
      g.writeName("condition");
      condition(named.condition(), g);
    }
    g.writeEndObject();
  }

  private void conditions(List<Condition> parts, JsonGenerator g) {
    g.writeArrayPropertyStart("conditions");
    for (Condition k : parts) {
      condition(k, g);
    }
    g.writeEndArray();
  }

  // ---- assessment parts ----

  private void subject(Subject s, JsonGenerator g) {
    g.writeObjectPropertyStart("subject");
    g.writeStringProperty("id", s.id());
    text("name", s.name(), g);
    g.writeStringProperty("type", Obj.jsonName(s.type()));
    optional("province", s.province(), g);
    g.writeEndObject();
  }

  private void rating(Rating r, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("indicator", r.indicatorId());
    if (r.state() instanceof RatingState.Rated rated) {
      if (rated.value() instanceof RatingValue.Numeric n) {
        number("value", n.number(), g);
      } else if (rated.value() instanceof RatingValue.Choice c) {
        g.writeStringProperty("value", c.code());
      }
    } else if (r.state() instanceof RatingState.NotApplicable na) {
      g.writeStringProperty("notApplicable", na.reason());
    } else if (r.state() instanceof RatingState.Unknown u) {
      if (u.note() == null) {
        g.writeBooleanProperty("unknown", true);
      } else {
        g.writeStringProperty("unknown", u.note());
      }
    }
    optional("rationale", r.rationale(), g);
    if (!r.evidenceIds().isEmpty()) {
      strings("evidence", r.evidenceIds(), g);
    }
    if (!r.strengths().isEmpty()) {
      strings("strengths", r.strengths(), g);
    }
    if (!r.improvements().isEmpty()) {
      strings("improvements", r.improvements(), g);
    }
    optional("assessor", r.assessorId(), g);
    extensions(r.extensions(), g);
    g.writeEndObject();
  }

  private void evidence(Evidence e, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", e.id());
    g.writeStringProperty("kind", Obj.jsonName(e.kind()));
    g.writeStringProperty("title", e.title());
    optional("location", e.location() == null ? null : e.location().toString(), g);
    optional("sha256", e.sha256(), g);
    optional("collectedOn", e.collectedOn() == null ? null : e.collectedOn().toString(), g);
    if (e.effective() != null) {
      g.writeObjectPropertyStart("effective");
      g.writeStringProperty("from", e.effective().from().toString());
      g.writeStringProperty("to", e.effective().to().toString());
      g.writeEndObject();
    }
    optional("owner", e.owner(), g);
    optional("note", e.note(), g);
    extensions(e.extensions(), g);
    g.writeEndObject();
  }

  private void measure(Measure m, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", m.id());
    text("name", m.name(), g);
    g.writeStringProperty("unit", m.unit());
    g.writeStringProperty("direction", Obj.jsonName(m.direction()));
    optional("target", m.target(), g);
    g.writeArrayPropertyStart("series");
    for (Observation o : m.series()) {
      g.writeStartObject();
      period("period", o.period(), g);
      number("value", o.value(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ---- scorecard parts ----

  private void node(NodeScore n, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", n.id());
    text("title", n.title(), g);
    g.writeStringProperty("kind", Obj.jsonName(n.kind()));
    g.writeBooleanProperty("applicable", n.applicable());
    number("earned", n.earned(), g);
    number("possible", n.possible(), g);
    number("percent", n.percent(), g);
    g.writeObjectPropertyStart("coverage");
    g.writeNumberProperty("ratable", n.coverage().ratable());
    g.writeNumberProperty("rated", n.coverage().rated());
    g.writeNumberProperty("met", n.coverage().met());
    g.writeEndObject();
    if (n.label() != null) {
      text("label", n.label(), g);
    }
    g.writeObjectPropertyStart("explanation");
    g.writeStringProperty("strategy", n.explanation().strategy());
    text("rule", n.explanation().rule(), g);
    g.writeStringProperty("calculation", n.explanation().calculation());
    g.writeEndObject();
    g.writeArrayPropertyStart("children");
    for (NodeScore k : n.children()) {
      node(k, g);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("indicators");
    for (IndicatorScore i : n.indicators()) {
      g.writeStartObject();
      g.writeStringProperty("indicator", i.indicatorId());
      text("text", i.text(), g);
      g.writeStringProperty("status", Obj.jsonName(i.status()));
      number("possible", i.possible(), g);
      optional("earned", i.earned(), g);
      optional("fraction", i.fraction(), g);
      if (i.value() instanceof RatingValue.Numeric num) {
        number("value", num.number(), g);
      } else if (i.value() instanceof RatingValue.Choice c) {
        g.writeStringProperty("value", c.code());
      }
      if (i.label() != null) {
        text("label", i.label(), g);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void conditionResult(ConditionResult r, JsonGenerator g) {
    g.writeStartObject();
    g.writeBooleanProperty("met", r.met());
    if (r.name() != null) {
      text("name", r.name(), g);
    }
    text("reason", r.reason(), g);
    if (!r.parts().isEmpty()) {
      g.writeArrayPropertyStart("parts");
      for (ConditionResult p : r.parts()) {
        conditionResult(p, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  // ---- shared ----

  private static void header(DocumentFormat format, JsonGenerator g) {
    g.writeStringProperty("format", format.id());
    g.writeNumberProperty("formatVersion", DocumentFormat.VERSION);
  }

  private static void text(String name, Text t, JsonGenerator g) {
    g.writeObjectPropertyStart(name);
    if (t.th() != null) {
      g.writeStringProperty("th", t.th());
    }
    if (t.en() != null) {
      g.writeStringProperty("en", t.en());
    }
    g.writeEndObject();
  }

  private static void provenance(String name, Provenance p, JsonGenerator g) {
    g.writeObjectPropertyStart(name);
    text("source", p.source(), g);
    g.writeBooleanProperty("verified", p.verified());
    text("note", p.note(), g);
    g.writeEndObject();
  }

  private static void period(String name, FiscalYear year, JsonGenerator g) {
    g.writeObjectPropertyStart(name);
    g.writeStringProperty("era", "BE");
    g.writeNumberProperty("fiscalYear", year.buddhistEra());
    g.writeEndObject();
  }

  private static void number(String name, BigDecimal value, JsonGenerator g) {
    g.writeName(name);
    g.writeNumber(value);
  }

  private static void optional(String name, @Nullable BigDecimal value, JsonGenerator g) {
    if (value != null) {
      number(name, value, g);
    }
  }

  private static void optional(String name, @Nullable String value, JsonGenerator g) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  private static void strings(String name, List<String> values, JsonGenerator g) {
    g.writeArrayPropertyStart(name);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private void extensions(Extensions extensions, JsonGenerator g) {
    for (Map.Entry<String, String> e : extensions.fields().entrySet()) {
      JsonNode tree;
      try {
        tree = mapper.readTree(e.getValue());
      } catch (JacksonException x) {
        throw new IllegalArgumentException(
            "extension '" + e.getKey() + "' does not hold valid JSON text: " + e.getValue(), x);
      }
      try {
        g.writeName(e.getKey());
      } catch (StreamWriteException x) {
        throw new IllegalArgumentException(
            "extension '" + e.getKey() + "' has the name of a field the format already writes", x);
      }
      g.writeTree(tree);
    }
  }
}
