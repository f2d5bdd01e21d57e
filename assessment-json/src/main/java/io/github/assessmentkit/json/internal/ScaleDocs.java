package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;
import static io.github.assessmentkit.json.internal.CommonDocs.text;

import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records scales are read into: one named subtype per {@code "type"} ({@code band}, {@code
 * levels}, {@code yes-partial-no}, {@code likert}, {@code measure}), never a class name.
 */
final class ScaleDocs {
  private ScaleDocs() {}

  static final List<String> TYPES =
      List.of("band", "levels", "yes-partial-no", "likert", "measure");

  sealed interface ScaleDoc permits BandDocs, LevelsDoc, YesPartialNoDoc, LikertDoc, MeasureDoc {
    Scale toModel();
  }

  record BandDocs(
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable DimensionDoc> dimensions,
      @NotNull(message = K.REQUIRED) @Size(min = 1, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable BandDoc> bands)
      implements ScaleDoc {
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

  record LevelsDoc(
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @Size(min = 2, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable LevelDoc> levels)
      implements ScaleDoc {
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

  record YesPartialNoDoc(
      @NotNull(message = K.REQUIRED)
          @DecimalMin(value = "0", inclusive = false, message = K.OPEN_FRACTION)
          @DecimalMax(value = "1", inclusive = false, message = K.OPEN_FRACTION)
          @Nullable BigDecimal partialCredit)
      implements ScaleDoc {
    @Override
    public Scale toModel() {
      return new YesPartialNoScale(Objects.requireNonNull(partialCredit));
    }
  }

  record LikertDoc(
      @NotNull(message = K.REQUIRED)
          @Min(value = 3, message = K.AT_LEAST)
          @Max(value = 11, message = K.AT_MOST)
          @Nullable Integer points,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc lowest,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc highest)
      implements ScaleDoc {
    @Override
    public Scale toModel() {
      return new LikertScale(
          Objects.requireNonNull(points),
          Objects.requireNonNull(lowest).toModel(),
          Objects.requireNonNull(highest).toModel());
    }
  }

  record MeasureDoc(
      @NotNull(message = K.REQUIRED) @NotBlank(message = K.NOT_BLANK) @Nullable String unit,
      @NotNull(message = K.REQUIRED) @Nullable Direction direction,
      @Nullable BigDecimal target,
      @NotNull(message = K.REQUIRED) @Size(min = 1, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable ThresholdDoc> thresholds,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc belowAll)
      implements ScaleDoc {
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

  // ---- reading ----

  static @Nullable ScaleDoc read(Obj s) {
    String type = type(s, TYPES);
    if (type == null) {
      return null;
    }
    ScaleDoc doc =
        switch (type) {
          case "band" ->
              new BandDocs(
                  text(s, "name"),
                  s.objects("dimensions", d -> dimension(d)),
                  s.objects("bands", b -> band(b)));
          case "levels" -> new LevelsDoc(text(s, "name"), s.objects("levels", l -> level(l)));
          case "yes-partial-no" -> new YesPartialNoDoc(s.decimal("partialCredit"));
          case "likert" ->
              new LikertDoc(s.integer("points"), text(s, "lowest"), text(s, "highest"));
          default ->
              new MeasureDoc(
                  s.string("unit"),
                  s.choice("direction", Direction.class),
                  s.decimal("target"),
                  s.objects("thresholds", t -> threshold(t)),
                  text(s, "belowAll"));
        };
    s.noRest();
    return doc;
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

  private static LevelDoc level(Obj l) {
    LevelDoc doc = new LevelDoc(l.string("code"), text(l, "label"), text(l, "descriptor"));
    l.noRest();
    return doc;
  }

  private static ThresholdDoc threshold(Obj t) {
    ThresholdDoc doc = new ThresholdDoc(t.decimal("bound"), t.decimal("credit"), text(t, "label"));
    t.noRest();
    return doc;
  }

  /**
   * Reads the {@code type} of a polymorphic object, reporting a missing or unknown one.
   *
   * @param o the object
   * @param known the known types
   * @return the type, or null
   */
  static @Nullable String type(Obj o, List<String> known) {
    String type = o.string("type");
    if (type == null) {
      if (!o.issues().coveredAt(o.path("type"))) {
        missing(o, "type");
      }
      return null;
    }
    if (!known.contains(type)) {
      o.issues()
          .add(o.path("type"), "value.one-of", type, JsonMessages.oneOf(Show.value(type), known));
      return null;
    }
    return type;
  }

  /**
   * Reports properties a subtype needs that are absent.
   *
   * @param o the object
   * @param names the properties
   */
  static void require(Obj o, String... names) {
    for (String name : names) {
      if (!o.has(name) && !o.issues().coveredAt(o.path(name))) {
        missing(o, name);
      }
    }
  }

  /**
   * Reports a required property that is absent or empty.
   *
   * @param o the object
   * @param name the property
   */
  static void missing(Obj o, String name) {
    o.issues()
        .add(
            o.path(name),
            "value.required",
            null,
            Text.of(name + " ต้องระบุ", name + " is required"));
  }
}
