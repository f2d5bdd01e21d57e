package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.text;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.json.internal.AssessmentDocs.DimensionRatingDoc;
import io.github.assessmentkit.json.internal.PolicyDocs.ResultScaleDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.AwardDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.CheckDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.CoverageDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.ExplanationDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.LevelDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.LineDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.NodeDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.ResultDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.ScaledResultDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.ScorecardDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.WarningDoc;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.scoring.IndicatorStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a scorecard document into {@link ScorecardDocs} records. A scorecard keeps no unknown
 * fields: every one is reported. Each required property, arrays included, must be present.
 */
final class ScorecardReader {
  private ScorecardReader() {}

  static ScorecardDoc read(Obj o) {
    o.raw("format");
    o.raw("formatVersion");
    Obj subject = o.object("subject");
    Obj result = o.object("result");
    Obj root = o.object("root");
    Fields.require(o, "levels", "awards", "warnings");
    ScorecardDoc d =
        new ScorecardDoc(
            AssessmentReader.rubricRef(o),
            o.string("assessment"),
            o.choice("status", AssessmentStatus.class),
            subject == null ? null : AssessmentReader.subject(subject),
            AssessmentReader.period(o, "period"),
            o.string("strategy"),
            result == null ? null : scaledResult(result),
            root == null ? null : node(root),
            o.objects("levels", ScorecardReader::level),
            o.objects("awards", ScorecardReader::award),
            o.objects("warnings", ScorecardReader::warning));
    o.noRest();
    return d;
  }

  /**
   * Reads the result on the rubric's result scale and checks that its parts agree: {@code value} is
   * {@code exact} rounded half-even to two places ({@code result.value-matches-exact}), and {@code
   * exact} lies from the scale's {@code min} to its {@code max} ({@code result.exact-in-scale}).
   */
  private static ScaledResultDoc scaledResult(Obj r) {
    ResultScaleDoc scale = PolicyDocs.resultScale(r, "scale");
    BigDecimal value = r.decimal("value");
    Ratio exact = r.signedRatio("exact");
    r.noRest();
    if (exact != null && value != null) {
      BigDecimal rounded = exact.round(2);
      if (value.compareTo(rounded) != 0) {
        r.issues()
            .add(
                r.path("value"),
                "result.value-matches-exact",
                value.toPlainString(),
                JsonMessages.resultValueNotRounded(
                    value.toPlainString(), exact.toString(), rounded.toPlainString()));
      }
    }
    if (exact != null && scale != null && scale.min() != null && scale.max() != null) {
      BigDecimal min = scale.min();
      BigDecimal max = scale.max();
      if (min.compareTo(max) < 0
          && (exact.compareTo(Ratio.of(min)) < 0 || exact.compareTo(Ratio.of(max)) > 0)) {
        r.issues()
            .add(
                r.path("exact"),
                "result.exact-in-scale",
                exact.toString(),
                JsonMessages.resultOutsideScale(
                    exact.toString(), min.toPlainString(), max.toPlainString()));
      }
    }
    return new ScaledResultDoc(r.where(), scale, value, exact);
  }

  private static NodeDoc node(Obj n) {
    Obj coverage = n.object("coverage");
    Obj explanation = n.object("explanation");
    Fields.require(n, "children", "indicators");
    NodeDoc d =
        new NodeDoc(
            n.where(),
            n.string("id"),
            text(n, "title"),
            n.choice("kind", CriterionKind.class),
            n.bool("applicable"),
            n.decimal("earned"),
            n.decimal("possible"),
            n.decimal("percent"),
            n.ratio("exactPossible"),
            n.ratio("fraction"),
            coverage == null ? null : coverage(coverage),
            text(n, "label"),
            explanation == null ? null : explanation(explanation),
            n.objects("children", ScorecardReader::node),
            n.objects("indicators", ScorecardReader::line));
    n.noRest();
    return d;
  }

  private static CoverageDoc coverage(Obj c) {
    CoverageDoc d =
        new CoverageDoc(c.where(), c.integer("ratable"), c.integer("rated"), c.integer("met"));
    c.noRest();
    return d;
  }

  private static ExplanationDoc explanation(Obj e) {
    ExplanationDoc d =
        new ExplanationDoc(e.string("strategy"), text(e, "rule"), e.string("calculation"));
    e.noRest();
    return d;
  }

  private static LineDoc line(Obj i) {
    Object value = i.numberOrString("value");
    LineDoc d =
        new LineDoc(
            i.where(),
            i.string("indicator"),
            text(i, "text"),
            i.choice("status", IndicatorStatus.class),
            i.decimal("possible"),
            i.decimal("earned"),
            i.ratio("fraction"),
            value,
            text(i, "label"),
            i.ratio("exactPossible"),
            i.objects("dimensions", AssessmentReader::dimension),
            i.string("cappedBy"));
    i.noRest();
    checkCappedBy(i, d);
    return d;
  }

  /**
   * Checks that {@code cappedBy} names one of the line's dimension ratings ({@code
   * score-line.capped-by-dimension}): a rating is capped only by a dimension it rates.
   */
  private static void checkCappedBy(Obj i, LineDoc d) {
    String capped = d.cappedBy();
    List<@Nullable DimensionRatingDoc> rated = d.dimensions();
    if (capped == null || rated == null) {
      return;
    }
    List<String> codes = new ArrayList<>(rated.size());
    for (DimensionRatingDoc r : rated) {
      if (r != null && r.dimension() != null) {
        if (r.dimension().equals(capped)) {
          return;
        }
        codes.add(r.dimension());
      }
    }
    i.issues()
        .add(
            i.path("cappedBy"),
            "score-line.capped-by-dimension",
            capped,
            JsonMessages.cappedByUnratedDimension(capped, codes));
  }

  /**
   * Reads a level; {@code value} is required unless {@code applicable} is false (the ladder's
   * metric does not apply), and {@code rung} is absent when the level is undecided.
   */
  private static LevelDoc level(Obj l) {
    Boolean applicable = l.bool("applicable");
    boolean metricApplies = !Boolean.FALSE.equals(applicable);
    if (metricApplies) {
      Fields.require(l, "value");
    }
    LevelDoc d =
        new LevelDoc(
            l.where(),
            l.string("ladder"),
            text(l, "ladderTitle"),
            l.string("rung"),
            text(l, "label"),
            metricApplies ? l.decimal("value") : null,
            text(l, "reason"),
            l.bool("verified"));
    l.noRest();
    return d;
  }

  private static AwardDoc award(Obj a) {
    Fields.require(a, "checks");
    AwardDoc d =
        new AwardDoc(
            a.where(),
            a.string("scheme"),
            text(a, "schemeTitle"),
            a.string("tier"),
            text(a, "outcome"),
            a.objects("checks", ScorecardReader::check),
            a.bool("verified"));
    a.noRest();
    return d;
  }

  private static CheckDoc check(Obj c) {
    Obj result = c.object("result");
    CheckDoc d =
        new CheckDoc(
            c.where(), c.string("tier"), text(c, "name"), result == null ? null : result(result));
    c.noRest();
    return d;
  }

  /**
   * Reads a condition's result; {@code name} is there only for a named condition, {@code undecided}
   * only when the result is undecided, and {@code parts} may be left out when there are none.
   */
  private static ResultDoc result(Obj r) {
    ResultDoc d =
        new ResultDoc(
            r.bool("met"),
            r.bool("undecided"),
            text(r, "name"),
            text(r, "reason"),
            r.objects("parts", ScorecardReader::result));
    r.noRest();
    return d;
  }

  private static WarningDoc warning(Obj w) {
    WarningDoc d =
        new WarningDoc(w.where(), w.string("code"), w.string("path"), text(w, "message"));
    w.noRest();
    return d;
  }
}
