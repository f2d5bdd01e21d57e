package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.period;
import static io.github.assessmentkit.json.internal.Writing.strings;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.results.DimensionEvidence;
import io.github.assessmentkit.results.LetciReading;
import io.github.assessmentkit.results.ResultSuggestion;
import io.github.assessmentkit.results.SuggestionReport;
import io.github.assessmentkit.text.Text;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a result-suggestions document: the assessment read, the reading's source and whether it is
 * verified (from {@link LetciReading}), and each suggestion with its four dimensions ({@code
 * toNext} and {@code missing} left out at the top band). Stateless; thread-safe.
 */
final class SuggestionWriter {
  private SuggestionWriter() {}

  static void write(SuggestionReport r, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.RESULT_SUGGESTIONS, g);
    g.writeStringProperty("assessment", r.assessmentId());
    g.writeStringProperty("subject", r.subjectId());
    g.writeStringProperty("rubric", r.rubric().toString());
    period("period", r.period(), g);
    g.writeObjectPropertyStart("reading");
    g.writeBooleanProperty("verified", LetciReading.VERIFIED);
    text("source", LetciReading.SOURCE, g);
    g.writeEndObject();
    g.writeArrayPropertyStart("suggestions");
    for (ResultSuggestion s : r.suggestions()) {
      g.writeStartObject();
      g.writeStringProperty("indicator", s.indicatorId());
      strings("measures", s.measureIds(), g);
      g.writeNumberProperty("band", s.band());
      g.writeNumberProperty("percent", s.percent());
      g.writeArrayPropertyStart("dimensions");
      for (DimensionEvidence d : s.dimensions()) {
        g.writeStartObject();
        g.writeStringProperty("dimension", d.dimension().code());
        g.writeNumberProperty("band", d.band());
        g.writeNumberProperty("good", d.good());
        g.writeNumberProperty("strong", d.strong());
        g.writeNumberProperty("measures", d.measures());
        text("evidence", d.evidence(), g);
        Text next = d.toNext();
        if (next != null) {
          text("toNext", next, g);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      Text missing = s.missing();
      if (missing != null) {
        text("missing", missing, g);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
