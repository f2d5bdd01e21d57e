package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;
import static io.github.assessmentkit.json.internal.CommonDocs.text;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code band} scale ({@link BandScale}), a band scale: a name, optional dimensions (ADLI,
 * LeTCI) and numbered bands with percent steps: its document record with its Jakarta constraints,
 * how it is read, how it becomes the model and how it is written.
 */
final class BandScaleCodec implements ScaleCodec<BandScale> {
  @Override
  public String type() {
    return "band";
  }

  @Override
  public Class<BandScale> kind() {
    return BandScale.class;
  }

  @Override
  public ScaleCodec.Doc read(Obj s) {
    return new BandDocs(
        text(s, "name"),
        s.objects("dimensions", BandScaleCodec::dimension),
        s.objects("bands", BandScaleCodec::band));
  }

  @Override
  public void write(BandScale b, JsonGenerator g) {
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
  }

  private static DimensionDoc dimension(Obj d) {
    DimensionDoc doc = new DimensionDoc(d.string("code"), text(d, "name"));
    d.noRest();
    return doc;
  }

  private static BandDoc band(Obj b) {
    BandDoc doc =
        new BandDoc(
            b.integer("number"),
            b.array("percents", b::asInteger),
            text(b, "summary"),
            b.map("descriptors", (n, p) -> text(b, n, p)));
    b.noRest();
    return doc;
  }

  record BandDocs(
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable DimensionDoc> dimensions,
      @NotNull(message = K.REQUIRED) @Size(min = 1, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable BandDoc> bands)
      implements ScaleCodec.Doc {
    @Override
    public Scale toModel() {
      List<Dimension> dims = new ArrayList<>();
      for (DimensionDoc d : present(dimensions)) {
        dims.add(
            new Dimension(
                Objects.requireNonNull(d.code()), Objects.requireNonNull(d.name()).toModel()));
      }
      List<Band> out = new ArrayList<>();
      for (BandDoc b : present(bands)) {
        Map<String, Text> descriptors = new LinkedHashMap<>();
        if (b.descriptors() != null) {
          b.descriptors()
              .forEach((k, v) -> descriptors.put(k, Objects.requireNonNull(v).toModel()));
        }
        out.add(
            new Band(
                Objects.requireNonNull(b.number()),
                present(b.percents()),
                Objects.requireNonNull(b.summary()).toModel(),
                descriptors));
      }
      return new BandScale(Objects.requireNonNull(name).toModel(), dims, out);
    }
  }

  record DimensionDoc(
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String code,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name) {}

  record BandDoc(
      @NotNull(message = K.REQUIRED) @Min(value = 1, message = K.AT_LEAST) @Nullable Integer number,
      @NotNull(message = K.REQUIRED) @Size(min = 1, message = K.MIN_ENTRIES)
          @Nullable
              List<
                  @NotNull(message = K.REQUIRED) @Min(value = 0, message = K.AT_LEAST)
                  @Max(value = 100, message = K.AT_MOST) @Nullable Integer>
              percents,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc summary,
      @NotNull(message = K.REQUIRED)
          @Nullable Map<String, @NotNull(message = K.REQUIRED) @Nullable TextDoc> descriptors) {}
}
