package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Bilingual;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.json.GoldenVector;
import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a golden-vector document: its own fields by hand, each mistake with its JSON Pointer and
 * rule id, and its assessment with the assessment reader, whose problems are reported under {@code
 * /assessment} (in place) or named with the file (by reference).
 *
 * <p>Rule ids of its own: {@code vector.nothing-expected}, {@code vector.tier-required}, {@code
 * vector.assessment-reference}; the rest are the codec's ({@code json.*}, {@code format.*}, {@code
 * value.required}, {@code value.not-blank}, {@code text.required}). Stateless; thread-safe.
 */
public final class GoldenVectorReader {
  private GoldenVectorReader() {}

  /** Opens an assessment a vector refers to. */
  @FunctionalInterface
  public interface Resolver {
    /**
     * Reads a referenced file.
     *
     * @param reference the relative path as written, already checked to stay inside the folder
     * @return the file's bytes
     * @throws IOException if it cannot be read
     */
    byte[] open(String reference) throws IOException;
  }

  /**
   * Reads a vector.
   *
   * @param codec the codec, for the assessment and the limits
   * @param bytes the document
   * @param resolver opens referenced assessments, or null when the vector's location is unknown
   * @return the vector
   * @throws JsonFormatException if it cannot be read
   */
  public static GoldenVector read(Codec codec, byte[] bytes, @Nullable Resolver resolver) {
    ValidatorStart.once();
    Issues issues = new Issues();
    Obj o = codec.root(bytes, DocumentFormat.GOLDEN_VECTOR, issues);
    o.raw("format");
    o.raw("formatVersion");
    String id = o.string("id");
    if (id == null && !o.issues().coveredAt(o.path("id"))) {
      issues.add(o.path("id"), "value.required", null, VectorMessages.required());
    } else if (id != null && id.isBlank()) {
      issues.add(o.path("id"), "value.not-blank", id, VectorMessages.notBlank());
    }
    CommonDocs.TextDoc title = CommonDocs.text(o, "title");
    String strategy = o.string("strategy");
    if (strategy != null && strategy.isBlank()) {
      issues.add(o.path("strategy"), "value.not-blank", strategy, VectorMessages.notBlank());
    }
    Node assessmentNode = o.raw("assessment");
    Obj expectedObj = o.object("expected");
    o.noRest();
    GoldenVector.Expected expected = null;
    if (expectedObj != null) {
      expected = expected(expectedObj);
    } else if (!issues.coveredAt(o.path("expected"))) {
      issues.add(o.path("expected"), "value.required", null, VectorMessages.required());
    }
    Assessment assessment = assessment(codec, o, assessmentNode, resolver);
    if (!issues.isEmpty() || id == null || expected == null || assessment == null) {
      throw new JsonFormatException(issues.report());
    }
    return new GoldenVector(
        id, title == null ? null : title.toModel(), assessment, strategy, expected);
  }

  private static GoldenVector.@Nullable Expected expected(Obj e) {
    Issues issues = e.issues();
    BigDecimal total = e.decimal("total");
    if (total == null && !issues.coveredAt(e.path("total"))) {
      issues.add(e.path("total"), "value.required", null, VectorMessages.required());
    }
    BigDecimal percent = e.decimal("percent");
    Map<String, GoldenVector.NodeValues> nodes = new LinkedHashMap<>();
    e.map("nodes", (node, at) -> nodeValues(e, node, at, nodes));
    Map<String, GoldenVector.IndicatorValues> indicators = new LinkedHashMap<>();
    e.map("indicators", (node, at) -> indicatorValues(e, node, at, indicators));
    Map<String, String> levels = new LinkedHashMap<>();
    e.map(
        "levels",
        (node, at) -> {
          String rung = e.asString(node, at);
          if (rung == null && node.isNull()) {
            issues.add(at.pointer(), "value.required", null, VectorMessages.required());
          } else if (rung != null && rung.isBlank()) {
            issues.add(at.pointer(), "value.not-blank", rung, VectorMessages.notBlank());
          } else if (rung != null && usableKey(issues, at)) {
            levels.put(last(at), rung);
          }
          return rung;
        });
    Map<String, GoldenVector.Award> awards = new LinkedHashMap<>();
    e.map("awards", (node, at) -> award(e, node, at, awards));
    e.noRest();
    if (total == null) {
      return null;
    }
    try {
      return new GoldenVector.Expected(total, percent, nodes, indicators, levels, awards);
    } catch (RuntimeException x) {
      // every value was checked above; a refusal here still gets its place rather than a crash
      Text why = x instanceof Bilingual b ? b.text() : Text.en(String.valueOf(x.getMessage()));
      issues.add(e.path(), "value.consistent", null, why);
      return null;
    }
  }

  private static @Nullable Object nodeValues(
      Obj e, Node node, Where at, Map<String, GoldenVector.NodeValues> out) {
    Obj v = e.sub(node, at);
    if (v == null || !usableKey(e.issues(), at)) {
      return null;
    }
    BigDecimal earned = v.decimal("earned");
    BigDecimal possible = v.decimal("possible");
    BigDecimal percent = v.decimal("percent");
    Boolean applicable = v.bool("applicable");
    v.noRest();
    if (earned == null && possible == null && percent == null && applicable == null) {
      if (!v.issues().coveredAt(at.pointer())) {
        v.issues()
            .add(
                at.pointer(),
                "vector.nothing-expected",
                null,
                VectorMessages.nothingExpected("node"));
      }
      return null;
    }
    out.put(last(at), new GoldenVector.NodeValues(earned, possible, percent, applicable));
    return out;
  }

  private static @Nullable Object indicatorValues(
      Obj e, Node node, Where at, Map<String, GoldenVector.IndicatorValues> out) {
    Obj v = e.sub(node, at);
    if (v == null || !usableKey(e.issues(), at)) {
      return null;
    }
    BigDecimal earned = v.decimal("earned");
    BigDecimal possible = v.decimal("possible");
    IndicatorStatus status = v.choice("status", IndicatorStatus.class);
    v.noRest();
    if (earned == null && possible == null && status == null) {
      if (!v.issues().coveredAt(at.pointer())) {
        v.issues()
            .add(
                at.pointer(),
                "vector.nothing-expected",
                null,
                VectorMessages.nothingExpected("indicator"));
      }
      return null;
    }
    out.put(last(at), new GoldenVector.IndicatorValues(earned, possible, status));
    return out;
  }

  private static @Nullable Object award(
      Obj e, Node node, Where at, Map<String, GoldenVector.Award> out) {
    Obj v = e.sub(node, at);
    if (v == null || !usableKey(e.issues(), at)) {
      return null;
    }
    boolean hasTier = node.indexOf("tier") >= 0;
    String tier = v.string("tier");
    Node tierNode = node.get("tier");
    if (!hasTier) {
      v.issues().add(v.path("tier"), "vector.tier-required", null, VectorMessages.tierRequired());
    } else if (tier != null && tier.isBlank()) {
      v.issues().add(v.path("tier"), "value.not-blank", tier, VectorMessages.notBlank());
    }
    List<Text> names = null;
    if (v.has("namedConditionsHeld")) {
      List<@Nullable Text> read =
          v.array(
              "namedConditionsHeld",
              (n, w) -> {
                CommonDocs.TextDoc t = CommonDocs.text(v, n, w);
                return t == null ? null : t.toModel();
              });
      if (read != null && !read.contains(null)) {
        names = new ArrayList<>();
        for (Text t : read) {
          names.add(t);
        }
      }
    }
    v.noRest();
    boolean tierOk =
        hasTier && (tier != null ? !tier.isBlank() : tierNode != null && tierNode.isNull());
    if (tierOk) {
      out.put(last(at), new GoldenVector.Award(tier, names));
    }
    return out;
  }

  private static @Nullable Assessment assessment(
      Codec codec, Obj o, @Nullable Node node, @Nullable Resolver resolver) {
    Issues issues = o.issues();
    String at = o.path("assessment");
    if (node == null) {
      issues.add(at, "value.required", null, VectorMessages.required());
      return null;
    }
    if (node.isObject()) {
      byte[] inner =
          codec.parsing().mapper().writeValueAsBytes(node.toJackson(codec.parsing().mapper()));
      try {
        return codec.readAssessment(inner);
      } catch (JsonFormatException x) {
        for (Violation v : x.report().violations()) {
          issues.add(
              new Violation(
                  at + v.path(), v.rule(), v.value(), v.message(), v.indicatorId(), v.severity()));
        }
        return null;
      }
    }
    if (!node.isString()) {
      issues.add(
          at,
          "json.type",
          node.isValueNode() ? node.asString() : null,
          VectorMessages.assessmentShape());
      return null;
    }
    String reference = node.stringValue();
    if (!inside(reference)) {
      issues.add(
          at, "vector.assessment-reference", reference, VectorMessages.referenceOutside(reference));
      return null;
    }
    if (resolver == null) {
      issues.add(
          at,
          "vector.assessment-reference",
          reference,
          VectorMessages.referenceWithoutLocation(reference));
      return null;
    }
    byte[] file;
    try {
      file = resolver.open(reference);
    } catch (IOException x) {
      issues.add(
          at,
          "vector.assessment-reference",
          reference,
          VectorMessages.referenceUnreadable(reference, x.toString()));
      return null;
    }
    try {
      return codec.readAssessment(file);
    } catch (JsonFormatException x) {
      for (Violation v : x.report().violations()) {
        issues.add(
            new Violation(
                at,
                v.rule(),
                v.value(),
                VectorMessages.inReferenced(reference, v.path(), v.message()),
                v.indicatorId(),
                v.severity()));
      }
      return null;
    }
  }

  /**
   * A relative path of plain segments: no leading slash, no backslash, no {@code .} or {@code ..}.
   */
  static boolean inside(String reference) {
    if (reference.isBlank()
        || reference.startsWith("/")
        || reference.contains("\\")
        || reference.contains(":")) {
      return false;
    }
    for (String segment : reference.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** Records a blank id used as a key; true when the key is usable. */
  private static boolean usableKey(Issues issues, Where at) {
    if (last(at).isBlank()) {
      issues.add(at.pointer(), "value.not-blank", last(at), VectorMessages.notBlank());
      return false;
    }
    return true;
  }

  private static String last(Where at) {
    String p = at.pointer();
    return p.substring(p.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }
}
