package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.number;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.json.GoldenVector;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a golden-vector document: header, id, title, strategy, the assessment in place, then the
 * expected results in the order of the vector's maps, each value left out when not checked.
 * Stateless; thread-safe.
 */
final class GoldenVectorWriter {
  private GoldenVectorWriter() {}

  static void write(GoldenVector v, DocumentWriter documents, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.GOLDEN_VECTOR, g);
    g.writeStringProperty("id", v.id());
    Text title = v.title();
    if (title != null) {
      text("title", title, g);
    }
    optional("strategy", v.strategy(), g);
    g.writeName("assessment");
    documents.assessment(v.assessment(), g);
    expected(v.expected(), g);
    g.writeEndObject();
  }

  private static void expected(GoldenVector.Expected e, JsonGenerator g) {
    g.writeObjectPropertyStart("expected");
    number("total", e.total(), g);
    optional("percent", e.percent(), g);
    if (!e.nodes().isEmpty()) {
      g.writeObjectPropertyStart("nodes");
      for (Map.Entry<String, GoldenVector.NodeValues> n : e.nodes().entrySet()) {
        GoldenVector.NodeValues v = n.getValue();
        g.writeObjectPropertyStart(n.getKey());
        optional("earned", v.earned(), g);
        optional("possible", v.possible(), g);
        optional("percent", v.percent(), g);
        if (v.applicable() != null) {
          g.writeBooleanProperty("applicable", v.applicable());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    if (!e.indicators().isEmpty()) {
      g.writeObjectPropertyStart("indicators");
      for (Map.Entry<String, GoldenVector.IndicatorValues> i : e.indicators().entrySet()) {
        GoldenVector.IndicatorValues v = i.getValue();
        g.writeObjectPropertyStart(i.getKey());
        optional("earned", v.earned(), g);
        optional("possible", v.possible(), g);
        if (v.status() != null) {
          g.writeStringProperty("status", Obj.jsonName(v.status()));
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    if (!e.levels().isEmpty()) {
      g.writeObjectPropertyStart("levels");
      for (Map.Entry<String, String> l : e.levels().entrySet()) {
        g.writeStringProperty(l.getKey(), l.getValue());
      }
      g.writeEndObject();
    }
    if (!e.awards().isEmpty()) {
      g.writeObjectPropertyStart("awards");
      for (Map.Entry<String, GoldenVector.Award> a : e.awards().entrySet()) {
        g.writeObjectPropertyStart(a.getKey());
        String tier = a.getValue().tier();
        if (tier == null) {
          g.writeNullProperty("tier");
        } else {
          g.writeStringProperty("tier", tier);
        }
        List<Text> names = a.getValue().namedConditionsHeld();
        if (names != null) {
          g.writeArrayPropertyStart("namedConditionsHeld");
          for (Text t : names) {
            g.writeStartObject();
            if (t.th() != null) {
              g.writeStringProperty("th", t.th());
            }
            if (t.en() != null) {
              g.writeStringProperty("en", t.en());
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
