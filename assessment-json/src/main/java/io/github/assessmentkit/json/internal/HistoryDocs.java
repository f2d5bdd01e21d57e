package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;

import io.github.assessmentkit.history.DecisionPoint;
import io.github.assessmentkit.history.Flag;
import io.github.assessmentkit.history.FlagRule;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.history.HistoryRules;
import io.github.assessmentkit.history.NodeSeries;
import io.github.assessmentkit.history.Plaque;
import io.github.assessmentkit.history.Point;
import io.github.assessmentkit.history.Trend;
import io.github.assessmentkit.history.TrendDirection;
import io.github.assessmentkit.history.YearEntry;
import io.github.assessmentkit.json.internal.AssessmentDocs.SubjectDoc;
import io.github.assessmentkit.json.internal.CommonDocs.ProvenanceDoc;
import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.json.internal.ScorecardDocs.CoverageDoc;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.time.FiscalYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records a history document is read into, with their Jakarta constraints (components named as
 * the JSON properties, so that a constraint's path is the property's JSON Pointer), and how each
 * becomes the model. {@link HistoryReader} fills them in.
 */
final class HistoryDocs {
  private HistoryDocs() {}

  private static FiscalYear buddhistEra(@Nullable Integer year) {
    return FiscalYear.ofBuddhistEra(Objects.requireNonNull(year));
  }

  /** A whole history. */
  record HistoryDoc(
      @NotNull(message = K.REQUIRED) @Valid @Nullable SubjectDoc subject,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String rubricId,
      @NotNull(message = K.REQUIRED) @Valid @Nullable RulesDoc rules,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable YearDoc> years,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable SeriesDoc> nodes,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable FlagDoc> flags) {

    History toModel() {
      List<YearEntry> ys = new ArrayList<>();
      for (YearDoc y : present(years)) {
        ys.add(Located.at(y.at(), y::toModel));
      }
      List<NodeSeries> ns = new ArrayList<>();
      for (SeriesDoc s : present(nodes)) {
        ns.add(s.toModel());
      }
      List<Flag> fs = new ArrayList<>();
      for (FlagDoc f : present(flags)) {
        fs.add(Located.at(f.at(), f::toModel));
      }
      return new History(
          Objects.requireNonNull(subject).toModel(),
          Objects.requireNonNull(rubricId),
          Objects.requireNonNull(rules).toModel(Objects.requireNonNull(rubricId)),
          ys,
          ns,
          fs);
    }
  }

  /** The thresholds. */
  record RulesDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal nodeDrop,
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal coverageDrop,
      @NotNull(message = K.REQUIRED) @Nullable Integer minimumYears,
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal steadyWithin,
      @NotNull(message = K.REQUIRED) @Nullable Integer streak,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable PlaqueDoc> plaques,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ProvenanceDoc provenance) {

    HistoryRules toModel(String rubricId) {
      List<Plaque> ps = new ArrayList<>();
      for (PlaqueDoc p : present(plaques)) {
        ps.add(Located.at(p.at(), p::toModel));
      }
      return Located.at(
          at,
          () ->
              new HistoryRules(
                  rubricId,
                  Objects.requireNonNull(nodeDrop),
                  Objects.requireNonNull(coverageDrop),
                  Objects.requireNonNull(minimumYears),
                  Objects.requireNonNull(steadyWithin),
                  Objects.requireNonNull(streak),
                  ps,
                  Objects.requireNonNull(provenance).toModel()));
    }
  }

  /** A watched plaque. */
  record PlaqueDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc title,
      @NotNull(message = K.REQUIRED) @Nullable Boolean award,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String decisionId,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String atLeast) {

    Plaque toModel() {
      return new Plaque(
          Objects.requireNonNull(id),
          Objects.requireNonNull(title).toModel(),
          Objects.requireNonNull(award),
          Objects.requireNonNull(decisionId),
          Objects.requireNonNull(atLeast));
    }
  }

  /** One fiscal year. */
  record YearDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Nullable FiscalYear period,
      @NotNull(message = K.REQUIRED) @Nullable RubricRef rubric,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String assessmentId,
      @NotNull(message = K.REQUIRED) @Valid @Nullable CoverageDoc coverage,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable DecisionDoc> decisions,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Identifier @Nullable String> plaquesHeld) {

    YearEntry toModel() {
      List<DecisionPoint> ds = new ArrayList<>();
      for (DecisionDoc d : present(decisions)) {
        ds.add(Located.at(d.at(), d::toModel));
      }
      CoverageDoc c = Objects.requireNonNull(coverage);
      return new YearEntry(
          Objects.requireNonNull(period),
          Objects.requireNonNull(rubric),
          Objects.requireNonNull(assessmentId),
          Located.at(c.at(), c::toModel),
          ds,
          present(plaquesHeld));
    }
  }

  /** A rung or tier of one year. */
  record DecisionDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String decision,
      @NotNull(message = K.REQUIRED) @Nullable Boolean award,
      @Identifier @Nullable String result,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc label,
      @NotNull(message = K.REQUIRED) @Nullable Integer number) {

    DecisionPoint toModel() {
      return new DecisionPoint(
          Objects.requireNonNull(decision),
          Objects.requireNonNull(award),
          result,
          Objects.requireNonNull(label).toModel(),
          Objects.requireNonNull(number));
    }
  }

  /** One node's series. */
  record SeriesDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc title,
      @NotNull(message = K.REQUIRED) @Nullable Integer depth,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable PointDoc> points,
      @NotNull(message = K.REQUIRED) @Valid @Nullable TrendDoc trend) {

    NodeSeries toModel() {
      List<Point> ps = new ArrayList<>();
      for (PointDoc p : present(points)) {
        ps.add(Located.at(p.at(), p::toModel));
      }
      TrendDoc t = Objects.requireNonNull(trend);
      Trend tr = Located.at(t.at(), t::toModel);
      return Located.at(
          at,
          () ->
              new NodeSeries(
                  Objects.requireNonNull(id),
                  Objects.requireNonNull(title).toModel(),
                  Objects.requireNonNull(depth),
                  ps,
                  tr));
    }
  }

  /** One point of a series. */
  record PointDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Nullable Integer fiscalYear,
      @Identifier @Nullable String nodeId,
      @Nullable BigDecimal percent,
      @Nullable BigDecimal change,
      @NotNull(message = K.REQUIRED) @Nullable Boolean breakBefore) {

    Point toModel() {
      return new Point(
          buddhistEra(fiscalYear), nodeId, percent, change, Objects.requireNonNull(breakBefore));
    }
  }

  /** A series' direction. */
  record TrendDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Nullable TrendDirection direction,
      @Nullable BigDecimal slope,
      @NotNull(message = K.REQUIRED) @Nullable Integer years,
      @Nullable Integer since,
      @NotNull(message = K.REQUIRED) @Nullable Integer rises) {

    Trend toModel() {
      return new Trend(
          Objects.requireNonNull(direction),
          slope,
          Objects.requireNonNull(years),
          since == null ? null : buddhistEra(since),
          Objects.requireNonNull(rises));
    }
  }

  /** One flag. */
  record FlagDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Nullable FlagRule rule,
      @NotNull(message = K.REQUIRED) @Nullable Integer fiscalYear,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String about,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc reason) {

    Flag toModel() {
      return new Flag(
          Objects.requireNonNull(rule),
          buddhistEra(fiscalYear),
          Objects.requireNonNull(about),
          Objects.requireNonNull(reason).toModel());
    }
  }
}
