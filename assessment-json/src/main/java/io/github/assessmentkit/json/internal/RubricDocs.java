package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;
import static io.github.assessmentkit.json.internal.CommonDocs.provenance;
import static io.github.assessmentkit.json.internal.CommonDocs.text;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.json.internal.AwardRuleDocs.AwardDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.LadderDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.TierDoc;
import io.github.assessmentkit.json.internal.CommonDocs.ProvenanceDoc;
import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.json.internal.PolicyDocs.NotApplicableDoc;
import io.github.assessmentkit.json.internal.PolicyDocs.ResultScaleDoc;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.KnownStrategies;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.RatingRules;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricBuilder;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.rubric.WhenNothingCounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records a rubric document is read into, with their Jakarta constraints, and how each becomes
 * the model: the rubric, its criteria, areas and indicators. Ladders and award schemes are in
 * {@link AwardRuleDocs}; {@link RubricReader} fills both in.
 */
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
      @Valid @Nullable ResultScaleDoc resultScale,
      @Valid @Nullable NotApplicableDoc notApplicablePolicy,
      @Nullable UnratedPolicy whenMissing,
      @Nullable UnratedPolicy whenUnknown,
      @Nullable WhenNothingCounts whenNothingCounts,
      @Nullable Severity evidenceValidity,
      @Nullable Boolean capByWeakestDimension,
      @Nullable Boolean requireEveryDimension,
      @NotNull(message = K.REQUIRED) @Size(min = 1, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable CriterionDoc> criteria,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable LadderDoc> ladders,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable AwardDoc> awards,
      @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable RatingRulesDoc> ratingRules,
      Extensions extensions) {

    Rubric toModel() {
      RubricBuilder b =
          Rubric.builder(Objects.requireNonNull(id), Objects.requireNonNull(version))
              .edition(edition)
              .title(Objects.requireNonNull(title).toModel())
              .provenance(Objects.requireNonNull(provenance).toModel())
              .totalPoints(totalPoints)
              .defaultStrategy(Objects.requireNonNull(defaultStrategy))
              .resultScale(resultScale == null ? null : resultScale.toModel())
              .notApplicablePolicy(
                  notApplicablePolicy == null
                      ? NotApplicablePolicy.EXCLUDE_AND_RENORMALISE
                      : notApplicablePolicy.toModel())
              .whenMissing(whenMissing == null ? UnratedPolicy.COUNT_AS_ZERO : whenMissing)
              .whenUnknown(whenUnknown == null ? UnratedPolicy.COUNT_AS_ZERO : whenUnknown)
              .whenNothingCounts(
                  whenNothingCounts == null ? WhenNothingCounts.NOT_APPLICABLE : whenNothingCounts)
              .evidenceValidity(evidenceValidity == null ? Severity.WARNING : evidenceValidity)
              .capByWeakestDimension(Boolean.TRUE.equals(capByWeakestDimension))
              .requireEveryDimension(Boolean.TRUE.equals(requireEveryDimension))
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
      if (ratingRules != null) {
        for (RatingRulesDoc r : present(ratingRules)) {
          b.ratingRules(Objects.requireNonNull(r.node()), r.toModel());
        }
      }
      // a document may name strategies registered where it is scored: only their form is checked
      return b.strategies(KnownStrategies.any()).build();
    }

    /** {@return the path of each criterion, indicator, ladder and award id} */
    Map<String, Where> idPaths() {
      Map<String, Where> out = new HashMap<>();
      for (CriterionDoc c : present(criteria)) {
        c.idPaths(out);
      }
      for (LadderDoc l : present(ladders)) {
        out.putIfAbsent(Objects.requireNonNull(l.id()), l.at());
        // a rung's conditions and a gate are named ladder/rung when they refer to what is missing
        for (AwardRuleDocs.RungDoc r : present(l.rungs())) {
          out.putIfAbsent(l.id() + "/" + r.id(), l.at());
        }
      }
      if (ratingRules != null) {
        for (RatingRulesDoc r : present(ratingRules)) {
          out.putIfAbsent(Objects.requireNonNull(r.node()), r.at());
        }
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
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc title,
      @Nullable CriterionKind kind,
      @PositiveOrZero(message = K.NOT_NEGATIVE) @Nullable BigDecimal points,
      @PositiveOrZero(message = K.NOT_NEGATIVE) @Nullable BigDecimal weight,
      @Identifier @Nullable String strategy,
      @Valid @Nullable NotApplicableDoc notApplicablePolicy,
      @Nullable UnratedPolicy whenMissing,
      @Nullable UnratedPolicy whenUnknown,
      @Nullable WhenNothingCounts whenNothingCounts,
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
                  PolicyDocs.declared(
                      notApplicablePolicy, whenMissing, whenUnknown, whenNothingCounts),
                  extensions));
    }

    void idPaths(Map<String, Where> out) {
      out.putIfAbsent(Objects.requireNonNull(id), at);
      for (IndicatorDoc i : present(indicators)) {
        out.putIfAbsent(Objects.requireNonNull(i.id()), i.at());
      }
      for (CriterionDoc c : present(children)) {
        c.idPaths(out);
      }
    }
  }

  /**
   * The rating rules declared for one indicator or criterion.
   *
   * @param at where the object is, for messages about its node
   * @param node the indicator's or criterion's id
   * @param evidenceAbove the percent above which evidence is required
   * @param strengthsAbove the percent above which a strength is required
   * @param improvementsAbove the percent above which an opportunity for improvement is required
   */
  record RatingRulesDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String node,
      @PositiveOrZero(message = K.NOT_NEGATIVE)
          @DecimalMax(value = "100", inclusive = false, message = K.BELOW_100)
          @Nullable BigDecimal evidenceAbove,
      @PositiveOrZero(message = K.NOT_NEGATIVE)
          @DecimalMax(value = "100", inclusive = false, message = K.BELOW_100)
          @Nullable BigDecimal strengthsAbove,
      @PositiveOrZero(message = K.NOT_NEGATIVE)
          @DecimalMax(value = "100", inclusive = false, message = K.BELOW_100)
          @Nullable BigDecimal improvementsAbove) {
    RatingRules toModel() {
      return new RatingRules(evidenceAbove, strengthsAbove, improvementsAbove);
    }
  }

  record AreaDoc(
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc text) {}

  record IndicatorDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc text,
      @NotNull(message = K.REQUIRED) @Valid ScaleCodec.@Nullable Doc scale,
      @NotNull(message = K.REQUIRED) @PositiveOrZero(message = K.NOT_NEGATIVE)
          @Nullable BigDecimal weight,
      @NotNull(message = K.REQUIRED) @Nullable Boolean evidenceRequired,
      @NotNull(message = K.REQUIRED) @Nullable Boolean notApplicableAllowed,
      Extensions extensions) {

    Indicator toModel() {
      return new Indicator(
          Objects.requireNonNull(id),
          Objects.requireNonNull(text).toModel(),
          Objects.requireNonNull(scale).toModel(),
          Objects.requireNonNull(weight),
          Objects.requireNonNull(evidenceRequired),
          extensions,
          Objects.requireNonNull(notApplicableAllowed));
    }
  }
}
