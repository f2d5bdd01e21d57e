package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.text;
import static io.github.assessmentkit.json.internal.Writing.number;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.Scale;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code numeric} scale ({@link NumericScale}), a score between a minimum and a maximum with an
 * optional step: its document record with its Jakarta constraints, how it is read, how it becomes
 * the model and how it is written. That the minimum lies below the maximum and the step divides the
 * range is the model's to check.
 */
final class NumericScaleCodec implements ScaleCodec<NumericScale> {
  @Override
  public String type() {
    return "numeric";
  }

  @Override
  public Class<NumericScale> kind() {
    return NumericScale.class;
  }

  @Override
  public ScaleCodec.Doc read(Obj s) {
    return new NumericDoc(text(s, "name"), s.decimal("min"), s.decimal("max"), s.decimal("step"));
  }

  @Override
  public void write(NumericScale n, JsonGenerator g) {
    text("name", n.name(), g);
    number("min", n.min(), g);
    number("max", n.max(), g);
    optional("step", n.step(), g);
  }

  record NumericDoc(
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal min,
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal max,
      @Positive(message = K.POSITIVE) @Nullable BigDecimal step)
      implements ScaleCodec.Doc {
    @Override
    public Scale toModel() {
      return new NumericScale(
          Objects.requireNonNull(name).toModel(),
          Objects.requireNonNull(min),
          Objects.requireNonNull(max),
          step);
    }
  }
}
