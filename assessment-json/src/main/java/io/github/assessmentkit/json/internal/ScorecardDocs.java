package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;
import static io.github.assessmentkit.json.internal.CommonDocs.text;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.json.internal.AssessmentDocs.DimensionRatingDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.SubjectDoc;
import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.json.internal.PolicyDocs.ResultScaleDoc;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.Explanation;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.ScaledResult;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.TierCheck;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.time.FiscalYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records a scorecard document is read into, with their Jakarta constraints. A scorecard keeps
 * no unknown fields: the reader reports every one. Each required property, arrays included, must be
 * present, as the schema says, so that a tree cut short is never read as a smaller whole.
 */
final class ScorecardDocs {
  private ScorecardDocs() {}

  /**
   * A scorecard.
   *
   * @param rubric the rubric version scored against
   * @param assessment the assessment's id
   * @param status the assessment's status, or null for a document written before scorecards had
   *     one: a draft
   * @param subject the organisation
   * @param period the fiscal year
   * @param strategy the default strategy
   * @param result the result on the rubric's result scale, or null when there is none
   * @param root the scored tree
   * @param levels the levels placed
   * @param awards the awards decided
   * @param warnings the warnings
   */
  record ScorecardDoc(
      @NotNull(message = K.REQUIRED) @Nullable RubricRef rubric,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String assessment,
      @Nullable AssessmentStatus status,
      @NotNull(message = K.REQUIRED) @Valid @Nullable SubjectDoc subject,
      @NotNull(message = K.REQUIRED) @Nullable FiscalYear period,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String strategy,
      @Valid @Nullable ScaledResultDoc result,
      @NotNull(message = K.REQUIRED) @Valid @Nullable NodeDoc root,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable LevelDoc> levels,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable AwardDoc> awards,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable WarningDoc> warnings) {

    Scorecard toModel() {
      Subject who = Objects.requireNonNull(subject).toModel();
      NodeScore tree = Objects.requireNonNull(root).toModel();
      List<LevelDecision> placed = new ArrayList<>();
      for (LevelDoc l : present(levels)) {
        placed.add(Located.at(l.at(), l::toModel));
      }
      List<AwardDecision> decided = new ArrayList<>();
      for (AwardDoc a : present(awards)) {
        decided.add(Located.at(a.at(), a::toModel));
      }
      List<ScoreWarning> notes = new ArrayList<>();
      for (WarningDoc w : present(warnings)) {
        notes.add(Located.at(w.at(), w::toModel));
      }
      return new Scorecard(
          Objects.requireNonNull(rubric),
          Objects.requireNonNull(assessment),
          who,
          Objects.requireNonNull(period),
          Objects.requireNonNull(strategy),
          tree,
          placed,
          decided,
          notes,
          result == null ? null : Located.at(result.at(), result::toModel),
          status == null ? AssessmentStatus.DRAFT : status);
    }
  }

  /**
   * {@code {"scale": {"name": Text, "min": 0, "max": 5}, "value": 3.75, "exact": "15/4"}}: the
   * result on the rubric's result scale. The reader checks that {@code value} is {@code exact}
   * rounded half-even to two places and that {@code exact} lies on the scale.
   *
   * @param at the path
   * @param scale the scale
   * @param value the result rounded for display
   * @param exact the result, exactly
   */
  record ScaledResultDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ResultScaleDoc scale,
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal value,
      @NotNull(message = K.REQUIRED) @Nullable Ratio exact) {

    ScaledResult toModel() {
      return new ScaledResult(
          Objects.requireNonNull(scale).toModel(), Objects.requireNonNull(exact));
    }
  }

  /**
   * One node of the scored tree.
   *
   * @param at the path
   * @param id the criterion's id
   * @param title the criterion's name
   * @param kind the criterion's kind
   * @param applicable whether any part was applicable
   * @param earned the points earned
   * @param possible the points possible
   * @param percent earned as a percent of possible
   * @param exactPossible the possible points, exactly, or null (then the shown points)
   * @param fraction the exact fraction earned, or null (then the shown earned ÷ possible)
   * @param coverage what could be judged
   * @param label the band or level, or null
   * @param explanation how the points were computed
   * @param children the sub-criteria
   * @param indicators the indicator lines
   */
  record NodeDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc title,
      @NotNull(message = K.REQUIRED) @Nullable CriterionKind kind,
      @NotNull(message = K.REQUIRED) @Nullable Boolean applicable,
      @NotNull(message = K.REQUIRED) @PositiveOrZero(message = K.NOT_NEGATIVE)
          @Nullable BigDecimal earned,
      @NotNull(message = K.REQUIRED) @PositiveOrZero(message = K.NOT_NEGATIVE)
          @Nullable BigDecimal possible,
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal percent,
      @Nullable Ratio exactPossible,
      @Nullable Ratio fraction,
      @NotNull(message = K.REQUIRED) @Valid @Nullable CoverageDoc coverage,
      @Nullable TextDoc label,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ExplanationDoc explanation,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable NodeDoc> children,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable LineDoc> indicators) {

    NodeScore toModel() {
      List<NodeScore> kids = new ArrayList<>();
      for (NodeDoc k : present(children)) {
        kids.add(k.toModel());
      }
      List<IndicatorScore> lines = new ArrayList<>();
      for (LineDoc i : present(indicators)) {
        lines.add(Located.at(i.at(), i::toModel));
      }
      CoverageDoc c = Objects.requireNonNull(coverage);
      Coverage judged = Located.at(c.at(), c::toModel);
      ExplanationDoc e = Objects.requireNonNull(explanation);
      return Located.at(
          at,
          () ->
              new NodeScore(
                  Objects.requireNonNull(id),
                  Objects.requireNonNull(title).toModel(),
                  Objects.requireNonNull(kind),
                  Objects.requireNonNull(applicable),
                  Objects.requireNonNull(earned),
                  Objects.requireNonNull(possible),
                  Objects.requireNonNull(percent),
                  judged,
                  label == null ? null : label.toModel(),
                  Explanation.of(
                      Objects.requireNonNull(e.strategy()),
                      Objects.requireNonNull(e.rule()).toModel(),
                      Objects.requireNonNull(e.calculation())),
                  kids,
                  lines,
                  exactPossible != null
                      ? exactPossible
                      : Ratio.of(Objects.requireNonNull(possible)),
                  fraction != null ? fraction : shownFraction()));
    }

    /**
     * The fraction of a document written without exact values: earned ÷ possible as shown, or the
     * percent ÷ 100 when nothing is possible; none when the node does not apply.
     */
    private @Nullable Ratio shownFraction() {
      if (!Boolean.TRUE.equals(applicable)) {
        return null;
      }
      BigDecimal p = Objects.requireNonNull(possible);
      return p.signum() == 0
          ? Ratio.of(Objects.requireNonNull(percent)).dividedBy(Ratio.of(100))
          : Ratio.of(Objects.requireNonNull(earned)).dividedBy(Ratio.of(p));
    }
  }

  record CoverageDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @PositiveOrZero(message = K.NOT_NEGATIVE)
          @Nullable Integer ratable,
      @NotNull(message = K.REQUIRED) @PositiveOrZero(message = K.NOT_NEGATIVE)
          @Nullable Integer rated,
      @NotNull(message = K.REQUIRED) @PositiveOrZero(message = K.NOT_NEGATIVE)
          @Nullable Integer met) {

    Coverage toModel() {
      return new Coverage(
          Objects.requireNonNull(ratable),
          Objects.requireNonNull(rated),
          Objects.requireNonNull(met));
    }
  }

  record ExplanationDoc(
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String strategy,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc rule,
      @NotNull(message = K.REQUIRED) @Nullable String calculation) {}

  /**
   * One indicator's line.
   *
   * @param at the path
   * @param indicator the indicator's id
   * @param text its question
   * @param status what became of it
   * @param possible the points allotted
   * @param earned the points earned, or null
   * @param fraction the fraction earned, or null
   * @param value a {@link BigDecimal} or a code, or null
   * @param label the band or level of the value, or null
   * @param exactPossible the points allotted, exactly, or null (then the shown points)
   * @param dimensions the ratings of the dimensions of a band-scale rating; empty when absent
   * @param cappedBy the dimension whose band capped the rating, or null; one of {@code dimensions}
   */
  record LineDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String indicator,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc text,
      @NotNull(message = K.REQUIRED) @Nullable IndicatorStatus status,
      @NotNull(message = K.REQUIRED) @PositiveOrZero(message = K.NOT_NEGATIVE)
          @Nullable BigDecimal possible,
      @Nullable BigDecimal earned,
      @Nullable Ratio fraction,
      @Identifier @Nullable Object value,
      @Nullable TextDoc label,
      @Nullable Ratio exactPossible,
      @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable DimensionRatingDoc> dimensions,
      @Identifier @Nullable String cappedBy) {

    IndicatorScore toModel() {
      RatingValue rated = null;
      if (value instanceof BigDecimal d) {
        rated = RatingValue.of(d);
      } else if (value instanceof String code) {
        rated = RatingValue.choice(code);
      }
      return new IndicatorScore(
          Objects.requireNonNull(indicator),
          Objects.requireNonNull(text).toModel(),
          Objects.requireNonNull(status),
          Objects.requireNonNull(possible),
          earned,
          fraction,
          rated,
          label == null ? null : label.toModel(),
          exactPossible != null ? exactPossible : Ratio.of(Objects.requireNonNull(possible)),
          AssessmentDocs.dimensionRatings(dimensions),
          cappedBy);
    }
  }

  record LevelDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String ladder,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc ladderTitle,
      @Identifier @Nullable String rung,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc label,
      @Nullable BigDecimal value,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc reason,
      @NotNull(message = K.REQUIRED) @Nullable Boolean verified) {

    LevelDecision toModel() {
      return new LevelDecision(
          Objects.requireNonNull(ladder),
          Objects.requireNonNull(ladderTitle).toModel(),
          rung,
          Objects.requireNonNull(label).toModel(),
          value,
          Objects.requireNonNull(reason).toModel(),
          Objects.requireNonNull(verified));
    }
  }

  record AwardDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String scheme,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc schemeTitle,
      @Identifier @Nullable String tier,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc outcome,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable CheckDoc> checks,
      @NotNull(message = K.REQUIRED) @Nullable Boolean verified) {

    AwardDecision toModel() {
      List<TierCheck> out = new ArrayList<>();
      for (CheckDoc c : present(checks)) {
        out.add(
            Located.at(
                c.at(),
                () ->
                    new TierCheck(
                        Objects.requireNonNull(c.tier()),
                        Objects.requireNonNull(c.name()).toModel(),
                        Objects.requireNonNull(c.result()).toModel())));
      }
      return new AwardDecision(
          Objects.requireNonNull(scheme),
          Objects.requireNonNull(schemeTitle).toModel(),
          tier,
          Objects.requireNonNull(outcome).toModel(),
          out,
          Objects.requireNonNull(verified));
    }
  }

  record CheckDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String tier,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ResultDoc result) {}

  /**
   * The result of a condition.
   *
   * @param met whether it held
   * @param undecided true when it could not be decided, or null (false) when absent
   * @param name the name of a named condition, or null
   * @param reason why
   * @param parts the results of the conditions inside it
   */
  record ResultDoc(
      @NotNull(message = K.REQUIRED) @Nullable Boolean met,
      @Nullable Boolean undecided,
      @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc reason,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable ResultDoc> parts) {

    ConditionResult toModel() {
      List<ConditionResult> out = new ArrayList<>();
      for (ResultDoc p : present(parts)) {
        out.add(p.toModel());
      }
      return new ConditionResult(
          Objects.requireNonNull(met),
          Objects.requireNonNull(reason).toModel(),
          out,
          name == null ? null : name.toModel(),
          Boolean.TRUE.equals(undecided));
    }
  }

  record WarningDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String code,
      @NotNull(message = K.REQUIRED) @NotBlank(message = K.NOT_BLANK) @Nullable String path,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc message) {

    ScoreWarning toModel() {
      return new ScoreWarning(
          Objects.requireNonNull(code),
          Objects.requireNonNull(path),
          Objects.requireNonNull(message).toModel());
    }
  }
}
