package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.provenance;
import static io.github.assessmentkit.json.internal.CommonDocs.text;

import io.github.assessmentkit.history.FlagRule;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.history.TrendDirection;
import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.json.internal.HistoryDocs.DecisionDoc;
import io.github.assessmentkit.json.internal.HistoryDocs.FlagDoc;
import io.github.assessmentkit.json.internal.HistoryDocs.HistoryDoc;
import io.github.assessmentkit.json.internal.HistoryDocs.PlaqueDoc;
import io.github.assessmentkit.json.internal.HistoryDocs.PointDoc;
import io.github.assessmentkit.json.internal.HistoryDocs.RulesDoc;
import io.github.assessmentkit.json.internal.HistoryDocs.SeriesDoc;
import io.github.assessmentkit.json.internal.HistoryDocs.TrendDoc;
import io.github.assessmentkit.json.internal.HistoryDocs.YearDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.CoverageDoc;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a history document: each object by hand, then the Jakarta constraints of the records (ids
 * not blank and visible, required fields present), then the model, whose own checks (a trend's
 * counts, a plaque named twice, three years or more for a direction) are reported at the object
 * that failed them. Unknown fields are reported ({@code json.unknown-field}); a flag's {@code rule}
 * and a trend's {@code direction} must be one of the known ids ({@code value.one-of}). The rest of
 * the rule ids are the codec's. Stateless; thread-safe.
 */
public final class HistoryReader {
  private HistoryReader() {}

  /**
   * Reads a history document.
   *
   * @param codec the codec, for its parser and limits
   * @param bytes the document
   * @return the history
   * @throws JsonFormatException if it cannot be read
   */
  public static History read(Codec codec, byte[] bytes) {
    ValidatorStart.once();
    Issues issues = new Issues(codec.parsing().limits().maxViolations());
    Obj o = codec.root(bytes, DocumentFormat.HISTORY, issues);
    o.raw("format");
    o.raw("formatVersion");
    Obj subject = o.object("subject");
    Obj rules = o.object("rules");
    HistoryDoc doc =
        new HistoryDoc(
            subject == null ? null : AssessmentReader.subject(subject),
            o.string("rubricId"),
            rules == null ? null : rules(rules),
            o.has("years") ? o.objects("years", HistoryReader::year) : null,
            o.has("nodes") ? o.objects("nodes", HistoryReader::series) : null,
            o.has("flags") ? o.objects("flags", HistoryReader::flag) : null);
    o.noRest();
    Structure.check(doc, issues);
    Codec.stopIfAny(issues);
    return Codec.build(issues, doc::toModel, Map.of());
  }

  private static RulesDoc rules(Obj r) {
    RulesDoc d =
        new RulesDoc(
            r.where(),
            r.decimal("nodeDrop"),
            r.decimal("coverageDrop"),
            r.integer("minimumYears"),
            r.decimal("steadyWithin"),
            r.integer("streak"),
            r.has("plaques") ? r.objects("plaques", HistoryReader::plaque) : null,
            provenance(r, "provenance"));
    r.noRest();
    return d;
  }

  private static PlaqueDoc plaque(Obj p) {
    PlaqueDoc d =
        new PlaqueDoc(
            p.where(),
            p.string("id"),
            text(p, "title"),
            p.bool("award"),
            p.string("decisionId"),
            p.string("atLeast"));
    p.noRest();
    return d;
  }

  private static YearDoc year(Obj y) {
    Obj c = y.object("coverage");
    YearDoc d =
        new YearDoc(
            y.where(),
            AssessmentReader.period(y, "period"),
            RubricDiffReader.ref(y, "rubric"),
            y.string("assessmentId"),
            c == null ? null : coverage(c),
            y.has("decisions") ? y.objects("decisions", HistoryReader::decision) : null,
            y.has("plaquesHeld") ? y.strings("plaquesHeld") : null);
    y.noRest();
    return d;
  }

  private static CoverageDoc coverage(Obj c) {
    CoverageDoc d =
        new CoverageDoc(c.where(), c.integer("ratable"), c.integer("rated"), c.integer("met"));
    c.noRest();
    return d;
  }

  private static DecisionDoc decision(Obj d) {
    DecisionDoc doc =
        new DecisionDoc(
            d.where(),
            d.string("decision"),
            d.bool("award"),
            d.string("result"),
            text(d, "label"),
            d.integer("number"));
    d.noRest();
    return doc;
  }

  private static SeriesDoc series(Obj s) {
    Obj t = s.object("trend");
    SeriesDoc d =
        new SeriesDoc(
            s.where(),
            s.string("id"),
            text(s, "title"),
            s.integer("depth"),
            s.has("points") ? s.objects("points", HistoryReader::point) : null,
            t == null ? null : trend(t));
    s.noRest();
    return d;
  }

  private static PointDoc point(Obj p) {
    PointDoc d =
        new PointDoc(
            p.where(),
            p.integer("fiscalYear"),
            p.string("nodeId"),
            p.decimal("percent"),
            p.decimal("change"),
            p.bool("breakBefore"));
    p.noRest();
    return d;
  }

  private static @Nullable TrendDoc trend(Obj t) {
    TrendDoc d =
        new TrendDoc(
            t.where(),
            t.choice("direction", TrendDirection.class),
            t.decimal("slope"),
            t.integer("years"),
            t.integer("since"),
            t.integer("rises"));
    t.noRest();
    return d;
  }

  private static FlagDoc flag(Obj f) {
    FlagDoc d =
        new FlagDoc(
            f.where(),
            f.choice("rule", FlagRule.class),
            f.integer("fiscalYear"),
            f.string("about"),
            text(f, "reason"));
    f.noRest();
    return d;
  }
}
