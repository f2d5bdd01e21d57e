package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.period;
import static io.github.assessmentkit.json.internal.Writing.strings;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.consensus.ConsensusTrail;
import io.github.assessmentkit.consensus.TrailEntry;
import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a consensus-trail document: header, subject, rubric, period, the individual assessments,
 * then every entry in the order made, each with {@code from} left out when the panel proposed
 * nothing, {@code reason} when none was given and {@code supersedes} for a first decision.
 * Stateless; thread-safe.
 */
final class ConsensusTrailWriter {
  private ConsensusTrailWriter() {}

  static void write(ConsensusTrail t, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.CONSENSUS_TRAIL, g);
    g.writeStringProperty("subject", t.subjectId());
    g.writeStringProperty("rubric", t.rubric().toString());
    period("period", t.period(), g);
    strings("assessments", t.assessmentIds(), g);
    g.writeArrayPropertyStart("entries");
    for (TrailEntry e : t.entries()) {
      entry(e, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void entry(TrailEntry e, JsonGenerator g) {
    g.writeStartObject();
    g.writeNumberProperty("number", e.number());
    g.writeStringProperty("indicator", e.indicatorId());
    g.writeStringProperty("decision", Obj.jsonName(e.kind()));
    g.writeStringProperty("by", e.by());
    g.writeStringProperty("at", e.at().toString());
    state("from", e.from(), g);
    state("to", e.to(), g);
    Text reason = e.reason();
    if (reason != null) {
      text("reason", reason, g);
    }
    Integer supersedes = e.supersedes();
    if (supersedes != null) {
      g.writeNumberProperty("supersedes", supersedes);
    }
    g.writeEndObject();
  }

  private static void state(String name, @Nullable RatingState state, JsonGenerator g) {
    if (state == null) {
      return;
    }
    g.writeObjectPropertyStart(name);
    RatingCodecs.writeState(state, g);
    g.writeEndObject();
  }
}
