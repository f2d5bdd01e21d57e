package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.text;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.Scale;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code likert} scale ({@link LikertScale}), a Likert scale: its number of points and the
 * labels of its ends: its document record with its Jakarta constraints, how it is read, how it
 * becomes the model and how it is written.
 */
final class LikertScaleCodec implements ScaleCodec<LikertScale> {
  @Override
  public String type() {
    return "likert";
  }

  @Override
  public Class<LikertScale> kind() {
    return LikertScale.class;
  }

  @Override
  public ScaleCodec.Doc read(Obj s) {
    return new LikertDoc(s.integer("points"), text(s, "lowest"), text(s, "highest"));
  }

  @Override
  public void write(LikertScale k, JsonGenerator g) {
    g.writeNumberProperty("points", k.points());
    text("lowest", k.lowest(), g);
    text("highest", k.highest(), g);
  }

  record LikertDoc(
      @NotNull(message = K.REQUIRED)
          @Min(value = 3, message = K.AT_LEAST)
          @Max(value = 11, message = K.AT_MOST)
          @Nullable Integer points,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc lowest,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc highest)
      implements ScaleCodec.Doc {
    @Override
    public Scale toModel() {
      return new LikertScale(
          Objects.requireNonNull(points),
          Objects.requireNonNull(lowest).toModel(),
          Objects.requireNonNull(highest).toModel());
    }
  }
}
