package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;
import static io.github.assessmentkit.json.internal.CommonDocs.provenance;

import io.github.assessmentkit.json.internal.CommonDocs.ProvenanceDoc;
import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Comparison;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Gate;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records of a rubric document's ladders and award schemes (metrics, rungs, tiers and their
 * conditions), with their Jakarta constraints, and how each becomes the model.
 */
final class AwardRuleDocs {
  private AwardRuleDocs() {}

  record LadderDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc title,
      @NotNull(message = K.REQUIRED) @Valid @Nullable MetricDoc metric,
      @NotNull(message = K.REQUIRED) @Size(min = 2, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable RungDoc> rungs,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ProvenanceDoc provenance,
      @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable GateDoc> gates) {

    Ladder toModel() {
      List<Rung> steps = new ArrayList<>();
      for (RungDoc r : present(rungs)) {
        steps.add(
            new Rung(
                Objects.requireNonNull(r.id()),
                Objects.requireNonNull(r.label()).toModel(),
                r.bound(),
                r.comparison() == null ? Comparison.AT_LEAST : r.comparison(),
                r.whenNotApplicable() == null ? WhenNotApplicable.FAILS : r.whenNotApplicable(),
                conditions(r.conditions())));
      }
      List<Gate> caps = new ArrayList<>();
      for (GateDoc gate : present(gates)) {
        caps.add(
            new Gate(
                Objects.requireNonNull(gate.name()).toModel(),
                Objects.requireNonNull(gate.condition()).toModel(),
                Objects.requireNonNull(gate.atMost())));
      }
      return new Ladder(
          Objects.requireNonNull(id),
          Objects.requireNonNull(title).toModel(),
          Objects.requireNonNull(metric).toModel(),
          steps,
          Objects.requireNonNull(provenance).toModel(),
          caps);
    }
  }

  private static List<Condition> conditions(@Nullable List<@Nullable ConditionDoc> docs) {
    List<Condition> out = new ArrayList<>();
    for (ConditionDoc c : present(docs)) {
      out.add(c.toModel());
    }
    return out;
  }

  /**
   * {@code {"name": text, "condition": condition, "atMost": rung id}}: a ladder's capping rule.
   *
   * @param at where the gate is
   * @param name the gate's name
   * @param condition what must hold for the result to go above {@code atMost}
   * @param atMost the highest rung reached while the condition fails
   */
  record GateDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ConditionDoc condition,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String atMost) {}

  record RungDoc(
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc label,
      @Nullable BigDecimal bound,
      @Nullable Comparison comparison,
      @Nullable WhenNotApplicable whenNotApplicable,
      @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable ConditionDoc> conditions) {}

  /**
   * {@code {"type": "total-points" | "total-percent" | "points" | "percent" | "indicator-percent",
   * "criteria": [ids], "criterion": id, "indicator": id}}.
   *
   * @param type the metric's type
   * @param criteria the criteria of a points metric
   * @param criterion the criterion of a percent metric
   * @param indicator the indicator of an indicator-percent metric
   */
  record MetricDoc(
      @NotNull(message = K.REQUIRED) @Nullable String type,
      @Nullable List<@NotNull(message = K.REQUIRED) @Identifier @Nullable String> criteria,
      @Identifier @Nullable String criterion,
      @Identifier @Nullable String indicator) {

    /** A metric that reads criteria or the total, not an indicator. */
    MetricDoc(
        @Nullable String type,
        @Nullable List<@Nullable String> criteria,
        @Nullable String criterion) {
      this(type, criteria, criterion, null);
    }

    Metric toModel() {
      return MetricCodecs.toModel(this);
    }
  }

  record AwardDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc title,
      @NotNull(message = K.REQUIRED) @Size(min = 1, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable TierDoc> tiers,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ProvenanceDoc provenance,
      @Nullable TextDoc noneReached) {

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
          Objects.requireNonNull(provenance).toModel(),
          noneReached == null ? null : noneReached.toModel());
    }
  }

  record TierDoc(
      Where at,
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
   * @param whenNotApplicable the rule of compare and rated-with when there is no value, or null
   *     (fails)
   * @param indicator the indicator of rated-with
   * @param code the code of rated-with
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
      @Valid @Nullable ConditionDoc condition,
      @Nullable WhenNotApplicable whenNotApplicable,
      @Identifier @Nullable String indicator,
      @Nullable String code) {

    /** A condition that reads no indicator: every kind but rated-with. */
    ConditionDoc(
        @Nullable String type,
        @Nullable MetricDoc metric,
        @Nullable Comparison comparison,
        @Nullable BigDecimal bound,
        @Nullable List<@Nullable ConditionDoc> conditions,
        @Nullable String ladder,
        @Nullable String rung,
        @Nullable BigDecimal percent,
        @Nullable TextDoc name,
        @Nullable ConditionDoc condition,
        @Nullable WhenNotApplicable whenNotApplicable) {
      this(
          type,
          metric,
          comparison,
          bound,
          conditions,
          ladder,
          rung,
          percent,
          name,
          condition,
          whenNotApplicable,
          null,
          null);
    }

    /** A condition without a rule for a metric that does not apply: every kind but compare. */
    ConditionDoc(
        @Nullable String type,
        @Nullable MetricDoc metric,
        @Nullable Comparison comparison,
        @Nullable BigDecimal bound,
        @Nullable List<@Nullable ConditionDoc> conditions,
        @Nullable String ladder,
        @Nullable String rung,
        @Nullable BigDecimal percent,
        @Nullable TextDoc name,
        @Nullable ConditionDoc condition) {
      this(
          type,
          metric,
          comparison,
          bound,
          conditions,
          ladder,
          rung,
          percent,
          name,
          condition,
          null);
    }

    Condition toModel() {
      return ConditionCodecs.toModel(this);
    }
  }
}
