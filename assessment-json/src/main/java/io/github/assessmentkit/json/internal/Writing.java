package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the shapes every document shares: the format header, bilingual text, provenance, fiscal
 * years, decimals as plain numbers, optional values (left out when absent), lists of strings and
 * the subject. Stateless; thread-safe.
 */
final class Writing {
  private Writing() {}

  static void header(DocumentFormat format, JsonGenerator g) {
    g.writeStringProperty("format", format.id());
    g.writeNumberProperty("formatVersion", DocumentFormat.VERSION);
  }

  static void text(String name, Text t, JsonGenerator g) {
    g.writeObjectPropertyStart(name);
    if (t.th() != null) {
      g.writeStringProperty("th", t.th());
    }
    if (t.en() != null) {
      g.writeStringProperty("en", t.en());
    }
    g.writeEndObject();
  }

  static void provenance(String name, Provenance p, JsonGenerator g) {
    g.writeObjectPropertyStart(name);
    text("source", p.source(), g);
    g.writeBooleanProperty("verified", p.verified());
    text("note", p.note(), g);
    g.writeEndObject();
  }

  static void period(String name, FiscalYear year, JsonGenerator g) {
    g.writeObjectPropertyStart(name);
    g.writeStringProperty("era", "BE");
    g.writeNumberProperty("fiscalYear", year.buddhistEra());
    g.writeEndObject();
  }

  static void number(String name, BigDecimal value, JsonGenerator g) {
    g.writeName(name);
    g.writeNumber(value);
  }

  static void optional(String name, @Nullable BigDecimal value, JsonGenerator g) {
    if (value != null) {
      number(name, value, g);
    }
  }

  static void optional(String name, @Nullable String value, JsonGenerator g) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  static void strings(String name, List<String> values, JsonGenerator g) {
    g.writeArrayPropertyStart(name);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  static void subject(Subject s, JsonGenerator g) {
    g.writeObjectPropertyStart("subject");
    g.writeStringProperty("id", s.id());
    text("name", s.name(), g);
    g.writeStringProperty("type", Obj.jsonName(s.type()));
    optional("province", s.province(), g);
    g.writeEndObject();
  }
}
