package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.provenance;
import static io.github.assessmentkit.json.internal.CommonDocs.text;

import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.json.internal.RubricDiffDocs.AreaChangeDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.AwardChangeDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.ChangeDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.CriterionNodeDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.DiffDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.IndicatorNodeDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.LadderChangeDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.MovedDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.NodeSettingDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.PointsDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.ProvenanceChangeDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.RenamedDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.RubricSettingDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.ScaleDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.StrategyDoc;
import io.github.assessmentkit.json.internal.RubricDiffDocs.WeightDoc;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.rubric.diff.NodeKind;
import io.github.assessmentkit.rubric.diff.RubricChange;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a rubric-diff document: each change's {@code kind} (one of {@link #KINDS}), then its
 * properties, criteria, indicators, areas, scales, ladders, award schemes and provenance with the
 * rubric reader's own code ({@link RubricReader}, {@link ScaleCodecs}, {@link CommonDocs}); then
 * the Jakarta constraints of the records, then the model. A criterion or an indicator keeps its
 * unknown fields as in a rubric document; anywhere else an unknown field is reported ({@code
 * json.unknown-field}).
 *
 * <p>Rule ids of its own: {@code change.before-or-after} (an area, ladder or award change with
 * neither value). The rest are the codec's: {@code json.*}, {@code format.*}, {@code
 * value.required}, {@code value.one-of} (an unknown kind), {@code value.rubric-ref}, {@code
 * value.not-blank} and the identifier rules, {@code text.required}, {@code value.consistent}.
 * Stateless; thread-safe.
 */
public final class RubricDiffReader {
  /**
   * The kinds of change, as a document names them, in the order {@link RubricChange} lists them.
   */
  static final List<String> KINDS = kinds();

  private RubricDiffReader() {}

  /**
   * Reads a rubric-diff document.
   *
   * @param codec the codec, for its parser and limits
   * @param bytes the document
   * @return the diff
   * @throws JsonFormatException if it cannot be read
   */
  public static RubricDiff read(Codec codec, byte[] bytes) {
    ValidatorStart.once();
    Issues issues = new Issues(codec.parsing().limits().maxViolations());
    Obj root = codec.root(bytes, DocumentFormat.RUBRIC_DIFF, issues);
    DiffDoc doc = read(root);
    Structure.check(doc, issues);
    Codec.stopIfAny(issues);
    return Codec.build(issues, doc::toModel, java.util.Map.of());
  }

  /**
   * {@return the name a document gives a change's kind: its record's name in lower case with
   * hyphens, for example {@code criterion-added}}
   *
   * @param change the change
   */
  static String kind(RubricChange change) {
    return kind(change.getClass());
  }

  private static String kind(Class<?> type) {
    String name = type.getSimpleName();
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('-');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static List<String> kinds() {
    List<String> out = new ArrayList<>();
    for (Class<?> c : RubricChange.class.getPermittedSubclasses()) {
      out.add(kind(c));
    }
    return List.copyOf(out);
  }

  private static DiffDoc read(Obj o) {
    o.raw("format");
    o.raw("formatVersion");
    RubricRef from = ref(o, "from");
    RubricRef to = ref(o, "to");
    List<@Nullable ChangeDoc> changes =
        o.has("changes") ? o.objects("changes", RubricDiffReader::change) : null;
    o.noRest();
    return new DiffDoc(from, to, changes);
  }

  /**
   * Reads a rubric reference {@code id@version}.
   *
   * @param o the object
   * @param name the property
   * @return the reference, or null when absent or malformed (then reported)
   */
  static @Nullable RubricRef ref(Obj o, String name) {
    String s = o.string(name);
    if (s == null) {
      return null;
    }
    try {
      return RubricRef.parse(s);
    } catch (IllegalArgumentException e) {
      o.issues()
          .add(
              o.path(name),
              "value.rubric-ref",
              s,
              JsonMessages.unparsable(
                  "rubric reference (id@version)", "การอ้างอิงเกณฑ์ (id@version)", Show.value(s)));
      return null;
    }
  }

  /**
   * Reads a {@code kind} among known ones, reporting a missing or unknown one.
   *
   * @param o the object
   * @param known the kinds
   * @return the kind, or null
   */
  static @Nullable String kind(Obj o, List<String> known) {
    String kind = o.string("kind");
    if (kind == null) {
      if (!o.issues().coveredAt(o.path("kind"))) {
        Fields.missing(o, "kind");
      }
      return null;
    }
    if (!known.contains(kind)) {
      o.issues()
          .add(o.path("kind"), "value.one-of", kind, JsonMessages.oneOf(Show.value(kind), known));
      return null;
    }
    return kind;
  }

  private static @Nullable ChangeDoc change(Obj c) {
    String kind = kind(c, KINDS);
    if (kind == null) {
      return null;
    }
    Where at = c.where();
    ChangeDoc doc =
        switch (kind) {
          case "criterion-added", "criterion-removed" -> {
            String parent = c.string("parent");
            Obj criterion = c.object("criterion");
            yield new CriterionNodeDoc(
                at,
                kind.endsWith("removed"),
                parent,
                criterion == null ? null : RubricReader.criterion(criterion));
          }
          case "indicator-added", "indicator-removed" -> {
            String parent = c.string("parent");
            Obj indicator = c.object("indicator");
            yield new IndicatorNodeDoc(
                at,
                kind.endsWith("removed"),
                parent,
                indicator == null ? null : RubricReader.indicator(indicator));
          }
          case "renamed" -> {
            NodeKind node = c.choice("node", NodeKind.class);
            String id = c.string("id");
            yield new RenamedDoc(at, node, id, text(c, "before"), text(c, "after"));
          }
          case "moved" -> {
            NodeKind node = c.choice("node", NodeKind.class);
            String id = c.string("id");
            yield new MovedDoc(at, node, id, c.string("before"), c.string("after"));
          }
          case "points-changed" -> {
            String id = c.string("id");
            yield new PointsDoc(at, id, c.decimal("before"), c.decimal("after"));
          }
          case "weight-changed" -> {
            NodeKind node = c.choice("node", NodeKind.class);
            String id = c.string("id");
            yield new WeightDoc(at, node, id, c.decimal("before"), c.decimal("after"));
          }
          case "strategy-changed" -> {
            String id = c.string("id");
            yield new StrategyDoc(at, id, c.string("before"), c.string("after"));
          }
          case "scale-changed" -> {
            String id = c.string("id");
            Obj before = c.object("before");
            Obj after = c.object("after");
            yield new ScaleDoc(
                at,
                id,
                before == null ? null : ScaleCodecs.read(before),
                after == null ? null : ScaleCodecs.read(after),
                text(c, "how"));
          }
          case "area-changed" -> {
            String criterion = c.string("criterion");
            String area = c.string("area");
            Obj before = c.object("before");
            Obj after = c.object("after");
            beforeOrAfter(c, before, after);
            yield new AreaChangeDoc(
                at,
                criterion,
                area,
                before == null ? null : RubricReader.area(before),
                after == null ? null : RubricReader.area(after));
          }
          case "ladder-changed" -> {
            String id = c.string("id");
            Obj before = c.object("before");
            Obj after = c.object("after");
            beforeOrAfter(c, before, after);
            yield new LadderChangeDoc(
                at,
                id,
                before == null ? null : RubricReader.ladder(before),
                after == null ? null : RubricReader.ladder(after));
          }
          case "award-changed" -> {
            String id = c.string("id");
            Obj before = c.object("before");
            Obj after = c.object("after");
            beforeOrAfter(c, before, after);
            yield new AwardChangeDoc(
                at,
                id,
                before == null ? null : RubricReader.award(before),
                after == null ? null : RubricReader.award(after));
          }
          case "provenance-changed" ->
              new ProvenanceChangeDoc(at, provenance(c, "before"), provenance(c, "after"));
          case "node-setting-changed" -> {
            NodeKind node = c.choice("node", NodeKind.class);
            String id = c.string("id");
            String property = c.string("property");
            yield new NodeSettingDoc(at, node, id, property, c.string("before"), c.string("after"));
          }
          default -> {
            // rubric-setting-changed, the one kind of KINDS left
            String property = c.string("property");
            yield new RubricSettingDoc(at, property, text(c, "before"), text(c, "after"));
          }
        };
    c.noRest();
    return doc;
  }

  /** Reports an area, ladder or award change with neither value. */
  private static void beforeOrAfter(Obj c, @Nullable Obj before, @Nullable Obj after) {
    if (before == null
        && after == null
        && !c.issues().coveredAt(c.path("before"))
        && !c.issues().coveredAt(c.path("after"))) {
      c.issues().add(c.path(), "change.before-or-after", null, EvolutionMessages.beforeOrAfter());
    }
  }
}
