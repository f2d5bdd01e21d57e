package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.number;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.text;

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
import io.github.assessmentkit.text.Text;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an indicator's scale: its {@code type} first, then the fields of that type. Stateless;
 * thread-safe.
 */
final class ScaleWriter {
  private ScaleWriter() {}

  /**
   * Writes a scale as an object.
   *
   * @param s the scale
   * @param g the generator
   */
  static void scale(Scale s, JsonGenerator g) {
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
}
