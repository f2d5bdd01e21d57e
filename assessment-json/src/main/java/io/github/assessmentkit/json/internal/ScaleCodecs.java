package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.scale.Scale;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The scale kinds the JSON format knows, one codec each: {@code band}, {@code levels}, {@code
 * yes-partial-no}, {@code yes-no}, {@code likert}, {@code measure} and {@code numeric}, never a
 * class name.
 */
final class ScaleCodecs {
  /** Every scale kind's codec. */
  static final Family<Scale, ScaleCodec<?>> FAMILY =
      new Family<>(
          Scale.class,
          List.of(
              new BandScaleCodec(),
              new LevelScaleCodec(),
              new YesPartialNoScaleCodec(),
              new YesNoScaleCodec(),
              new LikertScaleCodec(),
              new MeasureScaleCodec(),
              new NumericScaleCodec()));

  private ScaleCodecs() {}

  /**
   * Reads a scale object, reporting a missing or unknown {@code type} and unknown properties.
   *
   * @param s the object
   * @return the record, or null when the type is missing or unknown
   */
  static ScaleCodec.@Nullable Doc read(Obj s) {
    String type = Fields.type(s, FAMILY.types());
    if (type == null) {
      return null;
    }
    ScaleCodec.Doc doc = FAMILY.known(type).read(s);
    s.noRest();
    return doc;
  }

  /**
   * Writes a scale as an object: its {@code type} first, then the properties of its kind.
   *
   * @param scale the scale
   * @param g the generator
   * @throws IllegalStateException if the scale's kind has no codec
   */
  static void write(Scale scale, JsonGenerator g) {
    ScaleCodec<?> codec = FAMILY.of(scale);
    g.writeStartObject();
    g.writeStringProperty("type", codec.type());
    write(codec, scale, g);
    g.writeEndObject();
  }

  private static <S extends Scale> void write(ScaleCodec<S> codec, Scale scale, JsonGenerator g) {
    codec.write(codec.kind().cast(scale), g);
  }
}
