package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.number;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.period;
import static io.github.assessmentkit.json.internal.Writing.subject;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.ScaledResult;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.TierCheck;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a scorecard document: the result on the rubric's result scale when there is one, the
 * scored tree (each indicator line with its dimension ratings and the dimension that capped it,
 * when there are), the levels placed, the awards decided with every tier checked, and the warnings.
 * What a scorecard does not have is left out. A scorecard has no extensions. Stateless;
 * thread-safe.
 */
final class ScorecardWriter {
  private ScorecardWriter() {}

  /**
   * Writes a scorecard document.
   *
   * @param s the scorecard
   * @param g the generator
   */
  static void scorecard(Scorecard s, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.SCORECARD, g);
    g.writeStringProperty("rubric", s.rubric().toString());
    g.writeStringProperty("assessment", s.assessmentId());
    g.writeStringProperty("status", Obj.jsonName(s.status()));
    subject(s.subject(), g);
    period("period", s.period(), g);
    g.writeStringProperty("strategy", s.strategy());
    ScaledResult result = s.result();
    if (result != null) {
      // left out when the rubric declares no result scale, so such documents keep their bytes
      g.writeObjectPropertyStart("result");
      PolicyDocs.writeResultScale("scale", result.scale(), g);
      number("value", result.value(), g);
      g.writeStringProperty("exact", result.exact().toString());
      g.writeEndObject();
    }
    g.writeName("root");
    node(s.root(), g);
    g.writeArrayPropertyStart("levels");
    for (LevelDecision l : s.levels()) {
      g.writeStartObject();
      g.writeStringProperty("ladder", l.ladderId());
      text("ladderTitle", l.ladderTitle(), g);
      optional("rung", l.rungId(), g);
      text("label", l.label(), g);
      if (l.value() == null) {
        // the ladder's metric does not apply: no number, and a flag that says so
        g.writeBooleanProperty("applicable", false);
      } else {
        number("value", l.value(), g);
      }
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

  private static void node(NodeScore n, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", n.id());
    text("title", n.title(), g);
    g.writeStringProperty("kind", Obj.jsonName(n.kind()));
    g.writeBooleanProperty("applicable", n.applicable());
    number("earned", n.earned(), g);
    number("possible", n.possible(), g);
    number("percent", n.percent(), g);
    g.writeStringProperty("exactPossible", n.exactPossible().toString());
    if (n.fraction() != null) {
      g.writeStringProperty("fraction", n.fraction().toString());
    }
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
      if (i.fraction() != null) {
        g.writeStringProperty("fraction", i.fraction().toString());
      }
      g.writeStringProperty("exactPossible", i.exactPossible().toString());
      RatingValue value = i.value();
      if (value != null) {
        RatingCodecs.writeValue("value", value, g);
      }
      if (i.label() != null) {
        text("label", i.label(), g);
      }
      AssessmentWriter.dimensions(i.dimensions(), g);
      optional("cappedBy", i.cappedBy(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void conditionResult(ConditionResult r, JsonGenerator g) {
    g.writeStartObject();
    g.writeBooleanProperty("met", r.met());
    if (r.undecided()) {
      g.writeBooleanProperty("undecided", true);
    }
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
}
