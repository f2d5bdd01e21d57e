package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.period;
import static io.github.assessmentkit.json.internal.Writing.provenance;
import static io.github.assessmentkit.json.internal.Writing.strings;
import static io.github.assessmentkit.json.internal.Writing.subject;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.history.DecisionPoint;
import io.github.assessmentkit.history.Flag;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.history.HistoryRules;
import io.github.assessmentkit.history.NodeSeries;
import io.github.assessmentkit.history.Plaque;
import io.github.assessmentkit.history.Point;
import io.github.assessmentkit.history.Trend;
import io.github.assessmentkit.history.YearEntry;
import io.github.assessmentkit.json.DocumentFormat;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a history document: header, subject, rubric id, the rules it was read with, the years
 * (each with its period, rubric version, coverage, rungs and tiers, and plaques held), the series
 * (each point with its Buddhist Era {@code fiscalYear}; absent values left out) and the flags, each
 * naming its rule by id. Stateless; thread-safe.
 */
final class HistoryWriter {
  private HistoryWriter() {}

  /**
   * Writes a history document.
   *
   * @param h the history
   * @param g the generator
   */
  static void write(History h, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.HISTORY, g);
    subject(h.subject(), g);
    g.writeStringProperty("rubricId", h.rubricId());
    rules(h.rules(), g);
    g.writeArrayPropertyStart("years");
    for (YearEntry y : h.years()) {
      year(y, g);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("nodes");
    for (NodeSeries s : h.nodes()) {
      series(s, g);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("flags");
    for (Flag f : h.flags()) {
      g.writeStartObject();
      g.writeStringProperty("rule", f.rule().id());
      g.writeNumberProperty("fiscalYear", f.year().buddhistEra());
      g.writeStringProperty("about", f.about());
      text("reason", f.reason(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void rules(HistoryRules r, JsonGenerator g) {
    g.writeObjectPropertyStart("rules");
    Writing.number("nodeDrop", r.nodeDrop(), g);
    Writing.number("coverageDrop", r.coverageDrop(), g);
    g.writeNumberProperty("minimumYears", r.minimumYears());
    Writing.number("steadyWithin", r.steadyWithin(), g);
    g.writeNumberProperty("streak", r.streak());
    g.writeArrayPropertyStart("plaques");
    for (Plaque p : r.plaques()) {
      g.writeStartObject();
      g.writeStringProperty("id", p.id());
      text("title", p.title(), g);
      g.writeBooleanProperty("award", p.award());
      g.writeStringProperty("decisionId", p.decisionId());
      g.writeStringProperty("atLeast", p.atLeast());
      g.writeEndObject();
    }
    g.writeEndArray();
    provenance("provenance", r.provenance(), g);
    g.writeEndObject();
  }

  private static void year(YearEntry y, JsonGenerator g) {
    g.writeStartObject();
    period("period", y.year(), g);
    g.writeStringProperty("rubric", y.rubric().toString());
    g.writeStringProperty("assessmentId", y.assessmentId());
    g.writeObjectPropertyStart("coverage");
    g.writeNumberProperty("ratable", y.coverage().ratable());
    g.writeNumberProperty("rated", y.coverage().rated());
    g.writeNumberProperty("met", y.coverage().met());
    g.writeEndObject();
    g.writeArrayPropertyStart("decisions");
    for (DecisionPoint d : y.decisions()) {
      g.writeStartObject();
      g.writeStringProperty("decision", d.decisionId());
      g.writeBooleanProperty("award", d.award());
      optional("result", d.resultId(), g);
      text("label", d.label(), g);
      g.writeNumberProperty("number", d.number());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings("plaquesHeld", y.plaquesHeld(), g);
    g.writeEndObject();
  }

  private static void series(NodeSeries s, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", s.nodeId());
    text("title", s.title(), g);
    g.writeNumberProperty("depth", s.depth());
    g.writeArrayPropertyStart("points");
    for (Point p : s.points()) {
      g.writeStartObject();
      g.writeNumberProperty("fiscalYear", p.year().buddhistEra());
      optional("nodeId", p.nodeId(), g);
      optional("percent", p.percent(), g);
      optional("change", p.change(), g);
      g.writeBooleanProperty("breakBefore", p.breakBefore());
      g.writeEndObject();
    }
    g.writeEndArray();
    Trend t = s.trend();
    g.writeObjectPropertyStart("trend");
    g.writeStringProperty("direction", Obj.jsonName(t.direction()));
    optional("slope", t.slope(), g);
    g.writeNumberProperty("years", t.years());
    if (t.since() != null) {
      g.writeNumberProperty("since", t.since().buddhistEra());
    }
    g.writeNumberProperty("rises", t.rises());
    g.writeEndObject();
    g.writeEndObject();
  }
}
