package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.number;

import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code yes-partial-no} scale ({@link YesPartialNoScale}), a yes / partial / no scale and the
 * credit of partial: its document record with its Jakarta constraints, how it is read, how it
 * becomes the model and how it is written.
 */
final class YesPartialNoScaleCodec implements ScaleCodec<YesPartialNoScale> {
  @Override
  public String type() {
    return "yes-partial-no";
  }

  @Override
  public Class<YesPartialNoScale> kind() {
    return YesPartialNoScale.class;
  }

  @Override
  public ScaleCodec.Doc read(Obj s) {
    return new YesPartialNoDoc(s.decimal("partialCredit"));
  }

  @Override
  public void write(YesPartialNoScale y, JsonGenerator g) {
    number("partialCredit", y.partialCredit(), g);
  }

  record YesPartialNoDoc(
      @NotNull(message = K.REQUIRED)
          @DecimalMin(value = "0", inclusive = false, message = K.OPEN_FRACTION)
          @DecimalMax(value = "1", inclusive = false, message = K.OPEN_FRACTION)
          @Nullable BigDecimal partialCredit)
      implements ScaleCodec.Doc {
    @Override
    public Scale toModel() {
      return new YesPartialNoScale(Objects.requireNonNull(partialCredit));
    }
  }
}
