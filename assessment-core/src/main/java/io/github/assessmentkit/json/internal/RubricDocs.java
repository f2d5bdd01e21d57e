package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;
import static io.github.assessmentkit.json.internal.CommonDocs.provenance;
import static io.github.assessmentkit.json.internal.CommonDocs.text;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.award.AwardScheme;
import io.github.assessmentkit.award.AwardTier;
import io.github.assessmentkit.award.Comparison;
import io.github.assessmentkit.award.Condition;
import io.github.assessmentkit.award.Ladder;
import io.github.assessmentkit.award.Metric;
import io.github.assessmentkit.award.Rung;
import io.github.assessmentkit.json.internal.CommonDocs.ProvenanceDoc;
import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The records a rubric document is read into, with their Jakarta constraints. */
final class RubricDocs {
  private RubricDocs() {}

  record RubricDoc(
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String version,
      @Nullable String edition,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc title,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ProvenanceDoc provenance,
      @PositiveOrZero(message = K.NOT_NEGATIVE) @Nullable BigDecimal totalPoints,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String defaultStrategy,
      @Nullable NotApplicablePolicy notApplicablePolicy,
      @NotNull(message = K.REQUIRED) @Size(min = 1, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable CriterionDoc> criteria,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable LadderDoc> ladders,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable AwardDoc> awards,
      Extensions extensions) {

    Rubric toModel() {
      RubricBuilder b =
          Rubric.builder(Objects.requireNonNull(id), Objects.requireNonNull(version))
              .edition(edition)
              .title(Objects.requireNonNull(title).toModel())
              .provenance(Objects.requireNonNull(provenance).toModel())
              .totalPoints(totalPoints)
              .defaultStrategy(Objects.requireNonNull(defaultStrategy))
              .notApplicablePolicy(
                  notApplicablePolicy == null
                      ? NotApplicablePolicy.EXCLUDE_AND_RENORMALISE
                      : notApplicablePolicy)
              .extensions(extensions);
      for (CriterionDoc c : present(criteria)) {
        b.criterion(c.toModel());
      }
      for (LadderDoc l : present(ladders)) {
        b.ladder(Located.at(l.at(), l::toModel));
      }
      for (AwardDoc a : present(awards)) {
        b.award(Located.at(a.at(), a::toModel));
      }
      return b.build();
    }

    /** {@return the path of each criterion, indicator, ladder and award id} */
    Map<String, String> idPaths() {
      Map<String, String> out = new HashMap<>();
      for (CriterionDoc c : present(criteria)) {
        c.idPaths(out);
      }
      for (LadderDoc l : present(ladders)) {
        out.putIfAbsent(Objects.requireNonNull(l.id()), l.at());
      }
      for (AwardDoc a : present(awards)) {
        out.putIfAbsent(Objects.requireNonNull(a.id()), a.at());
        for (TierDoc t : present(a.tiers())) {
          out.putIfAbsent(a.id() + "/" + t.id(), t.at());
        }
      }
      return out;
    }
  }

  record CriterionDoc(
      String at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc title,
      @Nullable CriterionKind kind,
      @PositiveOrZero(message = K.NOT_NEGATIVE) @Nullable BigDecimal points,
      @Positive(message = K.POSITIVE) @Nullable BigDecimal weight,
      @Identifier @Nullable String strategy,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable AreaDoc> areas,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable CriterionDoc> children,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable IndicatorDoc> indicators,
      Extensions extensions) {

    Criterion toModel() {
      List<Criterion> kids = new ArrayList<>();
      for (CriterionDoc c : present(children)) {
        kids.add(c.toModel());
      }
      List<Indicator> leaves = new ArrayList<>();
      for (IndicatorDoc i : present(indicators)) {
        leaves.add(Located.at(i.at(), i::toModel));
      }
      List<Area> qs = new ArrayList<>();
      for (AreaDoc a : present(areas)) {
        qs.add(
            new Area(Objects.requireNonNull(a.id()), Objects.requireNonNull(a.text()).toModel()));
      }
      return Located.at(
          at,
          () ->
              new Criterion(
                  Objects.requireNonNull(id),
                  Objects.requireNonNull(title).toModel(),
                  kind == null ? CriterionKind.OTHER : kind,
                  points,
                  weight,
                  strategy,
                  qs,
                  kids,
                  leaves,
                  extensions));
    }

    void idPaths(Map<String, String> out) {
      out.putIfAbsent(Objects.requireNonNull(id), at);
      for (IndicatorDoc i : present(indicators)) {
        out.putIfAbsent(Objects.requireNonNull(i.id()), i.at());
      }
      for (CriterionDoc c : present(children)) {
        c.idPaths(out);
      }
    }
  }

  record AreaDoc(
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc text) {}

  record IndicatorDoc(
      String at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc text,
      @NotNull(message = K.REQUIRED) @Valid ScaleDocs.@Nullable ScaleDoc scale,
      @NotNull(message = K.REQUIRED) @Positive(message = K.POSITIVE) @Nullable BigDecimal weight,
      @NotNull(message = K.REQUIRED) @Nullable Boolean evidenceRequired,
      Extensions extensions) {

    Indicator toModel() {
      return new Indicator(
          Objects.requireNonNull(id),
          Objects.requireNonNull(text).toModel(),
          Objects.requireNonNull(scale).toModel(),
          Objects.requireNonNull(weight),
          Objects.requireNonNull(evidenceRequired),
          extensions);
    }
  }

  record LadderDoc(
      String at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc title,
      @NotNull(message = K.REQUIRED) @Valid @Nullable MetricDoc metric,
      @NotNull(message = K.REQUIRED) @Size(min = 2, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable RungDoc> rungs,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ProvenanceDoc provenance) {

    Ladder toModel() {
      List<Rung> steps = new ArrayList<>();
      for (RungDoc r : present(rungs)) {
        steps.add(
            new Rung(
                Objects.requireNonNull(r.id()),
                Objects.requireNonNull(r.label()).toModel(),
                r.bound(),
                r.comparison() == null ? Comparison.AT_LEAST : r.comparison()));
      }
      return new Ladder(
          Objects.requireNonNull(id),
          Objects.requireNonNull(title).toModel(),
          Objects.requireNonNull(metric).toModel(),
          steps,
          Objects.requireNonNull(provenance).toModel());
    }
  }

  record RungDoc(
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc label,
      @Nullable BigDecimal bound,
      @Nullable Comparison comparison) {}

  /**
   * {@code {"type": "total-points" | "total-percent" | "points" | "percent", "criteria": [ids],
   * "criterion": id}}.
   *
   * @param type the metric's type
   * @param criteria the criteria of a points metric
   * @param criterion the criterion of a percent metric
   */
  record MetricDoc(
      @NotNull(message = K.REQUIRED) @Nullable String type,
      @Nullable List<@NotNull(message = K.REQUIRED) @Identifier @Nullable String> criteria,
      @Identifier @Nullable String criterion) {

    static final List<String> TYPES = List.of("total-points", "total-percent", "points", "percent");

    Metric toModel() {
      return switch (Objects.requireNonNull(type)) {
        case "total-points" -> Metric.totalPoints();
        case "total-percent" -> Metric.totalPercent();
        case "points" -> new Metric.Points(present(criteria));
        default -> new Metric.Percent(Objects.requireNonNull(criterion));
      };
    }
  }

  record AwardDoc(
      String at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc title,
      @NotNull(message = K.REQUIRED) @Size(min = 1, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable TierDoc> tiers,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ProvenanceDoc provenance) {

    AwardScheme toModel() {
      List<AwardTier> out = new ArrayList<>();
      for (TierDoc t : present(tiers)) {
        out.add(
            new AwardTier(
                Objects.requireNonNull(t.id()),
                Objects.requireNonNull(t.name()).toModel(),
                Objects.requireNonNull(t.condition()).toModel()));
      }
      return new AwardScheme(
          Objects.requireNonNull(id),
          Objects.requireNonNull(title).toModel(),
          out,
          Objects.requireNonNull(provenance).toModel());
    }
  }

  record TierDoc(
      String at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ConditionDoc condition) {}

  /**
   * A condition: {@code compare} (metric, comparison, bound), {@code all-of} / {@code any-of}
   * (conditions), {@code rung-reached} (ladder, rung), {@code coverage-at-least} (percent) or
   * {@code named} (name, condition).
   *
   * @param type the condition's type
   * @param metric the metric compared
   * @param comparison how it is compared
   * @param bound what it is compared with
   * @param conditions the parts of all-of and any-of
   * @param ladder the ladder of rung-reached
   * @param rung the rung of rung-reached
   * @param percent the coverage needed
   * @param name the name of a named condition
   * @param condition the condition a named condition names
   */
  record ConditionDoc(
      @NotNull(message = K.REQUIRED) @Nullable String type,
      @Valid @Nullable MetricDoc metric,
      @Nullable Comparison comparison,
      @Nullable BigDecimal bound,
      @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable ConditionDoc> conditions,
      @Identifier @Nullable String ladder,
      @Identifier @Nullable String rung,
      @PositiveOrZero(message = K.NOT_NEGATIVE) @Nullable BigDecimal percent,
      @Nullable TextDoc name,
      @Valid @Nullable ConditionDoc condition) {

    static final List<String> TYPES =
        List.of("compare", "all-of", "any-of", "rung-reached", "coverage-at-least", "named");

    Condition toModel() {
      return switch (Objects.requireNonNull(type)) {
        case "compare" ->
            new Condition.Compare(
                Objects.requireNonNull(metric).toModel(),
                Objects.requireNonNull(comparison),
                Objects.requireNonNull(bound));
        case "all-of" -> new Condition.AllOf(parts());
        case "any-of" -> new Condition.AnyOf(parts());
        case "rung-reached" ->
            new Condition.RungReached(Objects.requireNonNull(ladder), Objects.requireNonNull(rung));
        case "named" ->
            new Condition.Named(
                Objects.requireNonNull(name).toModel(),
                Objects.requireNonNull(condition).toModel());
        default -> new Condition.CoverageAtLeast(Objects.requireNonNull(percent));
      };
    }

    private List<Condition> parts() {
      List<Condition> out = new ArrayList<>();
      for (ConditionDoc c : present(conditions)) {
        out.add(c.toModel());
      }
      return out;
    }
  }

  // ---- reading ----

  static RubricDoc read(Obj o) {
    RubricDoc doc =
        new RubricDoc(
            o.string("id"),
            o.string("version"),
            o.string("edition"),
            text(o, "title"),
            provenance(o, "provenance"),
            o.decimal("totalPoints"),
            o.string("defaultStrategy"),
            o.choice("notApplicablePolicy", NotApplicablePolicy.class),
            o.objects("criteria", RubricDocs::criterion),
            o.objects("ladders", RubricDocs::ladder),
            o.objects("awards", RubricDocs::award),
            Extensions.NONE);
    o.raw("format");
    o.raw("formatVersion");
    return new RubricDoc(
        doc.id(),
        doc.version(),
        doc.edition(),
        doc.title(),
        doc.provenance(),
        doc.totalPoints(),
        doc.defaultStrategy(),
        doc.notApplicablePolicy(),
        doc.criteria(),
        doc.ladders(),
        doc.awards(),
        o.rest());
  }

  static CriterionDoc criterion(Obj c) {
    BigDecimal points = c.decimal("points");
    BigDecimal weight = c.decimal("weight");
    if (points != null && weight != null) {
      c.issues()
          .add(
              c.path("weight"),
              "criterion.points-or-weight",
              weight.toPlainString(),
              JsonMessages.pointsOrWeight());
    }
    return new CriterionDoc(
        c.path(),
        c.string("id"),
        text(c, "title"),
        c.choice("kind", CriterionKind.class),
        points,
        weight,
        c.string("strategy"),
        c.objects("areas", RubricDocs::area),
        c.objects("children", RubricDocs::criterion),
        c.objects("indicators", RubricDocs::indicator),
        c.rest());
  }

  static AreaDoc area(Obj a) {
    AreaDoc d = new AreaDoc(a.string("id"), text(a, "text"));
    a.noRest();
    return d;
  }

  static IndicatorDoc indicator(Obj i) {
    Obj scale = i.object("scale");
    BigDecimal weight = i.has("weight") ? i.decimal("weight") : BigDecimal.ONE;
    Boolean evidence = i.has("evidenceRequired") ? i.bool("evidenceRequired") : Boolean.FALSE;
    return new IndicatorDoc(
        i.path(),
        i.string("id"),
        text(i, "text"),
        scale == null ? null : ScaleDocs.read(scale),
        weight,
        evidence,
        i.rest());
  }

  static LadderDoc ladder(Obj l) {
    Obj metric = l.object("metric");
    LadderDoc d =
        new LadderDoc(
            l.path(),
            l.string("id"),
            text(l, "title"),
            metric == null ? null : metric(metric),
            l.objects("rungs", RubricDocs::rung),
            provenance(l, "provenance"));
    l.noRest();
    return d;
  }

  static RungDoc rung(Obj r) {
    RungDoc d =
        new RungDoc(
            r.string("id"),
            text(r, "label"),
            r.decimal("bound"),
            r.choice("comparison", Comparison.class));
    r.noRest();
    return d;
  }

  static @Nullable MetricDoc metric(Obj m) {
    String type = ScaleDocs.type(m, MetricDoc.TYPES);
    List<@Nullable String> criteria = null;
    String criterion = null;
    if ("points".equals(type)) {
      criteria = m.strings("criteria");
      if (criteria != null && criteria.isEmpty()) {
        ScaleDocs.missing(m, "criteria");
      }
    } else if ("percent".equals(type)) {
      criterion = m.string("criterion");
      if (criterion == null) {
        ScaleDocs.missing(m, "criterion");
      }
    }
    if (type == null) {
      return null;
    }
    m.noRest();
    return new MetricDoc(type, criteria, criterion);
  }

  static AwardDoc award(Obj a) {
    AwardDoc d =
        new AwardDoc(
            a.path(),
            a.string("id"),
            text(a, "title"),
            a.objects("tiers", RubricDocs::tier),
            provenance(a, "provenance"));
    a.noRest();
    return d;
  }

  static TierDoc tier(Obj t) {
    Obj condition = t.object("condition");
    TierDoc d =
        new TierDoc(
            t.path(),
            t.string("id"),
            text(t, "name"),
            condition == null ? null : condition(condition));
    t.noRest();
    return d;
  }

  static @Nullable ConditionDoc condition(Obj c) {
    String type = ScaleDocs.type(c, ConditionDoc.TYPES);
    MetricDoc metric = null;
    Comparison comparison = null;
    BigDecimal bound = null;
    List<@Nullable ConditionDoc> parts = null;
    String ladder = null;
    String rung = null;
    BigDecimal percent = null;
    TextDoc name = null;
    ConditionDoc named = null;
    if ("compare".equals(type)) {
      Obj m = c.object("metric");
      metric = m == null ? null : metric(m);
      comparison = c.choice("comparison", Comparison.class);
      bound = c.decimal("bound");
      ScaleDocs.require(c, "metric", "comparison", "bound");
    } else if ("all-of".equals(type) || "any-of".equals(type)) {
      parts = c.objects("conditions", RubricDocs::condition);
      if (parts != null && parts.isEmpty()) {
        ScaleDocs.missing(c, "conditions");
      }
    } else if ("rung-reached".equals(type)) {
      ladder = c.string("ladder");
      rung = c.string("rung");
      ScaleDocs.require(c, "ladder", "rung");
    } else if ("coverage-at-least".equals(type)) {
      percent = c.decimal("percent");
      ScaleDocs.require(c, "percent");
    } else if ("named".equals(type)) {
      name = text(c, "name");
      Obj inner = c.object("condition");
      named = inner == null ? null : condition(inner);
      ScaleDocs.require(c, "name", "condition");
    }
    if (type == null) {
      return null;
    }
    c.noRest();
    return new ConditionDoc(
        type, metric, comparison, bound, parts, ladder, rung, percent, name, named);
  }

  /**
   * Reports criterion and indicator ids used twice, with the path of the second use.
   *
   * @param doc the rubric
   * @param issues where violations go
   */
  static void checkUniqueIds(RubricDoc doc, Issues issues) {
    Map<String, String> criteria = new HashMap<>();
    Map<String, String> indicators = new HashMap<>();
    for (CriterionDoc c : present(doc.criteria())) {
      unique(c, criteria, indicators, issues);
    }
  }

  private static void unique(
      CriterionDoc c, Map<String, String> criteria, Map<String, String> indicators, Issues issues) {
    if (c.id() != null && criteria.putIfAbsent(c.id(), c.at()) != null) {
      issues.add(
          Pointer.append(c.at(), "id"),
          "rubric.unique-id",
          c.id(),
          JsonMessages.duplicateId(c.id()));
    }
    for (IndicatorDoc i : present(c.indicators())) {
      if (i.id() != null && indicators.putIfAbsent(i.id(), i.at()) != null) {
        issues.add(
            Pointer.append(i.at(), "id"),
            "rubric.unique-id",
            i.id(),
            JsonMessages.duplicateId(i.id()));
      }
    }
    for (CriterionDoc k : present(c.children())) {
      unique(k, criteria, indicators, issues);
    }
  }
}
