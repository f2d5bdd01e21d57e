package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;
import static io.github.assessmentkit.json.internal.CommonDocs.provenance;
import static io.github.assessmentkit.json.internal.CommonDocs.text;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.json.internal.AwardRuleDocs.AwardDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.ConditionDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.LadderDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.MetricDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.RungDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.TierDoc;
import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.json.internal.RubricDocs.AreaDoc;
import io.github.assessmentkit.json.internal.RubricDocs.CriterionDoc;
import io.github.assessmentkit.json.internal.RubricDocs.IndicatorDoc;
import io.github.assessmentkit.json.internal.RubricDocs.RubricDoc;
import io.github.assessmentkit.rubric.Comparison;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a rubric document into {@link RubricDocs} and {@link AwardRuleDocs} records, reporting each
 * property of the wrong type or unknown, and checks that criterion and indicator ids are unique.
 */
final class RubricReader {
  private RubricReader() {}

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
            o.objects("criteria", RubricReader::criterion),
            o.objects("ladders", RubricReader::ladder),
            o.objects("awards", RubricReader::award),
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
        c.objects("areas", RubricReader::area),
        c.objects("children", RubricReader::criterion),
        c.objects("indicators", RubricReader::indicator),
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
            l.objects("rungs", RubricReader::rung),
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
            a.objects("tiers", RubricReader::tier),
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
      parts = c.objects("conditions", RubricReader::condition);
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
