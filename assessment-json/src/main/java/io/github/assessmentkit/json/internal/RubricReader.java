package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;
import static io.github.assessmentkit.json.internal.CommonDocs.provenance;
import static io.github.assessmentkit.json.internal.CommonDocs.text;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.json.internal.AwardRuleDocs.AwardDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.ConditionDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.GateDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.LadderDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.RungDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.TierDoc;
import io.github.assessmentkit.json.internal.RubricDocs.AreaDoc;
import io.github.assessmentkit.json.internal.RubricDocs.CriterionDoc;
import io.github.assessmentkit.json.internal.RubricDocs.IndicatorDoc;
import io.github.assessmentkit.json.internal.RubricDocs.RatingRulesDoc;
import io.github.assessmentkit.json.internal.RubricDocs.RubricDoc;
import io.github.assessmentkit.rubric.Comparison;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.rubric.WhenNothingCounts;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a rubric document into {@link RubricDocs} and {@link AwardRuleDocs} records, reporting each
 * property of the wrong type or unknown, and checks that ids are unique where they must be:
 * criterion, indicator and area ids in the whole rubric, ladder and award-scheme ids in the rubric,
 * rung ids in their ladder, tier ids in their scheme, and the node of each set of rating rules
 * (rule {@code rubric.unique-id}, at the second use). Level and dimension codes are unique in their
 * scale; the scale refuses a repeated one, which is reported at the indicator.
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
            PolicyDocs.resultScale(o),
            PolicyDocs.notApplicable(o),
            o.choice("whenMissing", UnratedPolicy.class),
            o.choice("whenUnknown", UnratedPolicy.class),
            o.choice("whenNothingCounts", WhenNothingCounts.class),
            o.choice("evidenceValidity", Severity.class),
            o.bool("capByWeakestDimension"),
            o.bool("requireEveryDimension"),
            o.objects("criteria", RubricReader::criterion),
            o.objects("ladders", RubricReader::ladder),
            o.objects("awards", RubricReader::award),
            o.has("ratingRules") ? o.objects("ratingRules", RubricReader::ratingRules) : null,
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
        doc.resultScale(),
        doc.notApplicablePolicy(),
        doc.whenMissing(),
        doc.whenUnknown(),
        doc.whenNothingCounts(),
        doc.evidenceValidity(),
        doc.capByWeakestDimension(),
        doc.requireEveryDimension(),
        doc.criteria(),
        doc.ladders(),
        doc.awards(),
        doc.ratingRules(),
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
        c.where(),
        c.string("id"),
        text(c, "title"),
        c.choice("kind", CriterionKind.class),
        points,
        weight,
        c.string("strategy"),
        PolicyDocs.notApplicable(c),
        c.choice("whenMissing", UnratedPolicy.class),
        c.choice("whenUnknown", UnratedPolicy.class),
        c.choice("whenNothingCounts", WhenNothingCounts.class),
        c.objects("areas", RubricReader::area),
        c.objects("children", RubricReader::criterion),
        c.objects("indicators", RubricReader::indicator),
        c.rest());
  }

  static RatingRulesDoc ratingRules(Obj r) {
    RatingRulesDoc d =
        new RatingRulesDoc(
            r.where(),
            r.string("node"),
            r.decimal("evidenceAbove"),
            r.decimal("strengthsAbove"),
            r.decimal("improvementsAbove"));
    r.noRest();
    return d;
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
    Boolean notApplicable =
        i.has("notApplicableAllowed") ? i.bool("notApplicableAllowed") : Boolean.TRUE;
    return new IndicatorDoc(
        i.where(),
        i.string("id"),
        text(i, "text"),
        scale == null ? null : ScaleCodecs.read(scale),
        weight,
        evidence,
        notApplicable,
        i.rest());
  }

  static LadderDoc ladder(Obj l) {
    Obj metric = l.object("metric");
    LadderDoc d =
        new LadderDoc(
            l.where(),
            l.string("id"),
            text(l, "title"),
            metric == null ? null : MetricCodecs.read(metric),
            l.objects("rungs", RubricReader::rung),
            provenance(l, "provenance"),
            l.has("gates") ? l.objects("gates", RubricReader::gate) : null);
    l.noRest();
    return d;
  }

  static RungDoc rung(Obj r) {
    RungDoc d =
        new RungDoc(
            r.string("id"),
            text(r, "label"),
            r.decimal("bound"),
            r.choice("comparison", Comparison.class),
            r.choice("whenNotApplicable", WhenNotApplicable.class),
            r.has("conditions") ? r.objects("conditions", RubricReader::condition) : null);
    r.noRest();
    return d;
  }

  static GateDoc gate(Obj gate) {
    Obj condition = gate.object("condition");
    GateDoc d =
        new GateDoc(
            gate.where(),
            text(gate, "name"),
            condition == null ? null : ConditionCodecs.read(condition),
            gate.string("atMost"));
    gate.noRest();
    return d;
  }

  private static @Nullable ConditionDoc condition(Obj c) {
    return ConditionCodecs.read(c);
  }

  static AwardDoc award(Obj a) {
    AwardDoc d =
        new AwardDoc(
            a.where(),
            a.string("id"),
            text(a, "title"),
            a.objects("tiers", RubricReader::tier),
            provenance(a, "provenance"),
            a.has("noneReached") ? text(a, "noneReached") : null);
    a.noRest();
    return d;
  }

  static TierDoc tier(Obj t) {
    Obj condition = t.object("condition");
    TierDoc d =
        new TierDoc(
            t.where(),
            t.string("id"),
            text(t, "name"),
            condition == null ? null : ConditionCodecs.read(condition));
    t.noRest();
    return d;
  }

  /**
   * Reports ids used twice, with the path of the second use: criterion, indicator and area ids in
   * the whole rubric, ladder and scheme ids in the rubric, rung ids in their ladder, tier ids in
   * their scheme, the nodes of rating rules.
   *
   * @param doc the rubric
   * @param issues where violations go
   */
  static void checkUniqueIds(RubricDoc doc, Issues issues) {
    Map<String, Where> criteria = new HashMap<>();
    Map<String, Where> indicators = new HashMap<>();
    Map<String, Where> areas = new HashMap<>();
    for (CriterionDoc c : present(doc.criteria())) {
      unique(c, criteria, indicators, issues);
      uniqueAreas(c, areas, issues);
    }
    Set<String> ladders = new HashSet<>();
    for (LadderDoc l : present(doc.ladders())) {
      once(ladders, l.id(), l.at(), issues);
      Set<String> rungs = new HashSet<>();
      List<@Nullable RungDoc> list = l.rungs();
      for (int j = 0; list != null && j < list.size(); j++) {
        RungDoc r = list.get(j);
        if (r != null) {
          once(rungs, r.id(), l.at().field("rungs").item(j), issues);
        }
      }
    }
    if (doc.ratingRules() != null) {
      // the builder keeps the last rules given for a node: in a document, a second set is refused
      Set<String> rated = new HashSet<>();
      for (RatingRulesDoc r : present(doc.ratingRules())) {
        if (r.node() != null && !rated.add(r.node())) {
          issues.add(
              r.at().field("node").pointer(),
              "rubric.unique-id",
              r.node(),
              JsonMessages.duplicateId(r.node()));
        }
      }
    }
    Set<String> schemes = new HashSet<>();
    for (AwardDoc a : present(doc.awards())) {
      once(schemes, a.id(), a.at(), issues);
      Set<String> tiers = new HashSet<>();
      for (TierDoc t : present(a.tiers())) {
        once(tiers, t.id(), t.at(), issues);
      }
    }
  }

  /** Reports an id already in {@code seen} at the {@code id} property of {@code at}. */
  private static void once(Set<String> seen, @Nullable String id, Where at, Issues issues) {
    if (id != null && !seen.add(id)) {
      issues.add(at.field("id").pointer(), "rubric.unique-id", id, JsonMessages.duplicateId(id));
    }
  }

  private static void uniqueAreas(CriterionDoc c, Map<String, Where> seen, Issues issues) {
    List<@Nullable AreaDoc> list = c.areas();
    for (int j = 0; list != null && j < list.size(); j++) {
      AreaDoc a = list.get(j);
      if (a != null && a.id() != null) {
        Where at = c.at().field("areas").item(j);
        if (seen.putIfAbsent(a.id(), at) != null) {
          issues.add(
              at.field("id").pointer(),
              "rubric.unique-id",
              a.id(),
              JsonMessages.duplicateId(a.id()));
        }
      }
    }
    for (CriterionDoc k : present(c.children())) {
      uniqueAreas(k, seen, issues);
    }
  }

  private static void unique(
      CriterionDoc c, Map<String, Where> criteria, Map<String, Where> indicators, Issues issues) {
    if (c.id() != null && criteria.putIfAbsent(c.id(), c.at()) != null) {
      issues.add(
          c.at().field("id").pointer(),
          "rubric.unique-id",
          c.id(),
          JsonMessages.duplicateId(c.id()));
    }
    for (IndicatorDoc i : present(c.indicators())) {
      if (i.id() != null && indicators.putIfAbsent(i.id(), i.at()) != null) {
        issues.add(
            i.at().field("id").pointer(),
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
