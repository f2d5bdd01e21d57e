package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;
import static io.github.assessmentkit.json.internal.CommonDocs.text;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.Scale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code levels} scale ({@link LevelScale}), a scale of ordered levels, each with a code and a
 * label: its document record with its Jakarta constraints, how it is read, how it becomes the model
 * and how it is written.
 */
final class LevelScaleCodec implements ScaleCodec<LevelScale> {
  @Override
  public String type() {
    return "levels";
  }

  @Override
  public Class<LevelScale> kind() {
    return LevelScale.class;
  }

  @Override
  public ScaleCodec.Doc read(Obj s) {
    return new LevelsDoc(text(s, "name"), s.objects("levels", LevelScaleCodec::level));
  }

  @Override
  public void write(LevelScale l, JsonGenerator g) {
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
  }

  private static LevelDoc level(Obj l) {
    LevelDoc doc = new LevelDoc(l.string("code"), text(l, "label"), text(l, "descriptor"));
    l.noRest();
    return doc;
  }

  record LevelsDoc(
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @Size(min = 2, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable LevelDoc> levels)
      implements ScaleCodec.Doc {
    @Override
    public Scale toModel() {
      List<Level> out = new ArrayList<>();
      for (LevelDoc l : present(levels)) {
        out.add(
            new Level(
                Objects.requireNonNull(l.code()),
                Objects.requireNonNull(l.label()).toModel(),
                l.descriptor() == null ? null : l.descriptor().toModel()));
      }
      return new LevelScale(Objects.requireNonNull(name).toModel(), out);
    }
  }

  record LevelDoc(
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String code,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc label,
      @Nullable TextDoc descriptor) {}
}
