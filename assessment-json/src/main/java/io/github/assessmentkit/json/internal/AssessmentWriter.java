package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.number;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.period;
import static io.github.assessmentkit.json.internal.Writing.strings;
import static io.github.assessmentkit.json.internal.Writing.subject;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Comparison;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.json.DocumentFormat;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** Writes an assessment document: assessors, ratings, evidence and measures. Thread-safe. */
final class AssessmentWriter {
  private final ExtensionWriter extensions;

  /**
   * Creates a writer.
   *
   * @param extensions writes the unknown fields of the assessment, its ratings and evidence
   */
  AssessmentWriter(ExtensionWriter extensions) {
    this.extensions = extensions;
  }

  /**
   * Writes an assessment document.
   *
   * @param a the assessment
   * @param g the generator
   */
  void assessment(Assessment a, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.ASSESSMENT, g);
    g.writeStringProperty("id", a.id());
    subject(a.subject(), g);
    g.writeStringProperty("rubric", a.rubric().toString());
    period("period", a.period(), g);
    g.writeStringProperty("kind", Obj.jsonName(a.kind()));
    g.writeStringProperty("status", Obj.jsonName(a.status()));
    optional("supersedes", a.supersedes(), g);
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
    extensions.write(a.extensions(), g);
    g.writeEndObject();
  }

  private void rating(Rating r, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("indicator", r.indicatorId());
    RatingCodecs.writeState(r.state(), g);
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
    dimensions(r.dimensions(), g);
    extensions.write(r.extensions(), g);
    g.writeEndObject();
  }

  /**
   * Writes {@code "dimensions": [{"dimension", "value", "rationale"}, ...]}, in a rating or in a
   * scorecard's indicator line; nothing when there are none.
   *
   * @param dimensions the dimension ratings
   * @param g the generator
   */
  static void dimensions(List<DimensionRating> dimensions, JsonGenerator g) {
    if (dimensions.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("dimensions");
    for (DimensionRating d : dimensions) {
      g.writeStartObject();
      g.writeStringProperty("dimension", d.dimension());
      RatingCodecs.writeValue("value", d.value(), g);
      if (d.rationale() != null) {
        text("rationale", d.rationale(), g);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
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
    optional("expiresOn", e.expiresOn() == null ? null : e.expiresOn().toString(), g);
    optional("owner", e.owner(), g);
    optional("note", e.note(), g);
    extensions.write(e.extensions(), g);
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
    // left out when empty, so a measure that declares none reads and writes as before
    if (!m.comparisons().isEmpty()) {
      g.writeArrayPropertyStart("comparisons");
      for (Comparison c : m.comparisons()) {
        g.writeStartObject();
        g.writeStringProperty("id", c.id());
        text("name", c.name(), g);
        number("value", c.value(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!m.indicatorIds().isEmpty()) {
      strings("indicators", m.indicatorIds(), g);
    }
    if (!m.requirements().isEmpty()) {
      strings("requirements", m.requirements(), g);
    }
    g.writeEndObject();
  }
}
