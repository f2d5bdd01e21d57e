package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;
import static io.github.assessmentkit.json.internal.CommonDocs.text;
import static io.github.assessmentkit.json.internal.Writing.number;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.Threshold;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code measure} scale ({@link MeasureScale}), a measured value (a KPI) scored by thresholds:
 * its document record with its Jakarta constraints, how it is read, how it becomes the model and
 * how it is written.
 */
final class MeasureScaleCodec implements ScaleCodec<MeasureScale> {
  @Override
  public String type() {
    return "measure";
  }

  @Override
  public Class<MeasureScale> kind() {
    return MeasureScale.class;
  }

  @Override
  public ScaleCodec.Doc read(Obj s) {
    return new MeasureDoc(
        s.string("unit"),
        s.choice("direction", Direction.class),
        s.decimal("target"),
        s.objects("thresholds", MeasureScaleCodec::threshold),
        text(s, "belowAll"));
  }

  @Override
  public void write(MeasureScale m, JsonGenerator g) {
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

  private static ThresholdDoc threshold(Obj t) {
    ThresholdDoc doc = new ThresholdDoc(t.decimal("bound"), t.decimal("credit"), text(t, "label"));
    t.noRest();
    return doc;
  }

  record MeasureDoc(
      @NotNull(message = K.REQUIRED) @NotBlank(message = K.NOT_BLANK) @Nullable String unit,
      @NotNull(message = K.REQUIRED) @Nullable Direction direction,
      @Nullable BigDecimal target,
      @NotNull(message = K.REQUIRED) @Size(min = 1, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable ThresholdDoc> thresholds,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc belowAll)
      implements ScaleCodec.Doc {
    @Override
    public Scale toModel() {
      List<Threshold> out = new ArrayList<>();
      for (ThresholdDoc t : present(thresholds)) {
        out.add(
            new Threshold(
                Objects.requireNonNull(t.bound()),
                Objects.requireNonNull(t.credit()),
                Objects.requireNonNull(t.label()).toModel()));
      }
      return new MeasureScale(
          Objects.requireNonNull(unit),
          Objects.requireNonNull(direction),
          target,
          out,
          Objects.requireNonNull(belowAll).toModel());
    }
  }

  record ThresholdDoc(
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal bound,
      @NotNull(message = K.REQUIRED)
          @DecimalMin(value = "0", message = K.FRACTION)
          @DecimalMax(value = "1", message = K.FRACTION)
          @Nullable BigDecimal credit,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc label) {}
}
