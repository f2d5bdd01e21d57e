package io.github.assessmentkit.scoring;

import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.StatusMessages;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of scoring an assessment: a tree mirroring the rubric whose every node carries earned,
 * possible, percent, coverage, band or level and an explanation; the ladder levels and award
 * decisions; and the warnings a reader must see.
 *
 * <p>The total is the sum of the top-level nodes' points exactly, as shown. Points have two decimal
 * places, rounded half-even where a fraction becomes points; nothing is rounded again above that.
 * Equal inputs give equal scorecards, on every run and JVM.
 *
 * <p>Scoring an assessment that is not final is allowed: its scorecard carries the assessment's
 * {@link #status()}, and {@link #statusWarning()} gives the warning {@value #NOT_FINAL} that says
 * its result may still change. That warning is kept apart from {@link #warnings()}, which list the
 * parts of the rubric a reader must know about, so a draft's parts read the same once it is final.
 *
 * @param rubric the rubric version scored against
 * @param assessmentId the assessment scored
 * @param subject the organisation
 * @param period the fiscal year
 * @param strategy the default strategy used (criteria may override it)
 * @param root the scored tree; its children are the top-level criteria
 * @param levels the rung reached on each of the rubric's ladders
 * @param awards the decision of each of the rubric's award schemes
 * @param warnings unrated, unknown and excluded parts
 * @param result the result on the rubric's result scale, or {@code null} when the rubric declares
 *     none or nothing could be scored
 * @param status the status of the assessment scored
 */
public record Scorecard(
    RubricRef rubric,
    String assessmentId,
    Subject subject,
    FiscalYear period,
    String strategy,
    NodeScore root,
    List<LevelDecision> levels,
    List<AwardDecision> awards,
    List<ScoreWarning> warnings,
    @Nullable ScaledResult result,
    AssessmentStatus status) {
  /**
   * Creates the value, checking its components.
   *
   * @param rubric the rubric version scored against
   * @param assessmentId the assessment scored
   * @param subject the organisation
   * @param period the fiscal year
   * @param strategy the default strategy used (criteria may override it)
   * @param root the scored tree; its children are the top-level criteria
   * @param levels the rung reached on each of the rubric's ladders
   * @param awards the decision of each of the rubric's award schemes
   * @param warnings unrated, unknown and excluded parts
   * @param result the result on the rubric's result scale, or {@code null} when the rubric declares
   *     none or nothing could be scored
   * @param status the status of the assessment scored
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Scorecard {
    Checks.notNull(rubric, "rubric");
    Checks.notBlank(assessmentId, "assessmentId");
    Checks.notNull(subject, "subject");
    Checks.notNull(period, "period");
    Checks.notBlank(strategy, "strategy");
    Checks.notNull(root, "root");
    levels = Checks.copy(levels, "levels");
    awards = Checks.copy(awards, "awards");
    warnings = Checks.copy(warnings, "warnings");
    Checks.notNull(status, "status");
  }

  /**
   * The code of the warning on a scorecard of an assessment that is not final, {@value}; its path
   * is the rubric's id, the root of the tree.
   */
  public static final String NOT_FINAL = "not-final";

  /**
   * Creates the scorecard of a {@linkplain AssessmentStatus#DRAFT draft}: the status a scorecard
   * has when nothing says the assessment went further.
   *
   * @param rubric the rubric version scored against
   * @param assessmentId the assessment scored
   * @param subject the organisation
   * @param period the fiscal year
   * @param strategy the default strategy used (criteria may override it)
   * @param root the scored tree; its children are the top-level criteria
   * @param levels the rung reached on each of the rubric's ladders
   * @param awards the decision of each of the rubric's award schemes
   * @param warnings unrated, unknown and excluded parts
   * @param result the result on the rubric's result scale, or {@code null} when the rubric declares
   *     none or nothing could be scored
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Scorecard(
      RubricRef rubric,
      String assessmentId,
      Subject subject,
      FiscalYear period,
      String strategy,
      NodeScore root,
      List<LevelDecision> levels,
      List<AwardDecision> awards,
      List<ScoreWarning> warnings,
      @Nullable ScaledResult result) {
    this(
        rubric,
        assessmentId,
        subject,
        period,
        strategy,
        root,
        levels,
        awards,
        warnings,
        result,
        AssessmentStatus.DRAFT);
  }

  /** {@return whether the assessment scored is final, so that its result stands} */
  public boolean isFinal() {
    return status.isFinal();
  }

  /**
   * {@return the warning a scorecard of an assessment that is not final carries: code {@value
   * #NOT_FINAL}, the rubric's id as its path, and a message naming the assessment and its status;
   * empty when the assessment is final}
   */
  public Optional<ScoreWarning> statusWarning() {
    if (status.isFinal()) {
      return Optional.empty();
    }
    return Optional.of(
        new ScoreWarning(
            NOT_FINAL, rubric.id(), StatusMessages.notFinal(assessmentId, status.label())));
  }

  /**
   * {@return whether anything could be scored: false when no indicator is rated (or everything was
   * left out), a state to test rather than a total of 0}
   */
  public boolean isScored() {
    return root.isScored();
  }

  /**
   * {@return the result on the rubric's result scale (for example 0–5), when the rubric declares
   * one and something could be scored}
   */
  public Optional<ScaledResult> scaledResult() {
    return Optional.ofNullable(result);
  }

  /** {@return the total points earned} */
  public BigDecimal total() {
    return root.earned();
  }

  /** {@return the total points possible} */
  public BigDecimal possible() {
    return root.possible();
  }

  /** {@return the total as a percent of the possible total} */
  public BigDecimal percent() {
    return root.percent();
  }

  /** {@return what could be judged, over the whole rubric} */
  public Coverage coverage() {
    return root.coverage();
  }

  /** {@return whether every ratable indicator was rated} */
  public boolean isComplete() {
    return root.coverage().isComplete();
  }

  /**
   * Finds the score of a criterion.
   *
   * @param criterionId the criterion
   * @return its node, or empty
   */
  public Optional<NodeScore> node(String criterionId) {
    return root.find(criterionId);
  }

  /**
   * Finds the rung reached on a ladder.
   *
   * @param ladderId the ladder
   * @return the decision, or empty
   */
  public Optional<LevelDecision> level(String ladderId) {
    return levels.stream().filter(l -> l.ladderId().equals(ladderId)).findFirst();
  }

  /**
   * Finds an award decision.
   *
   * @param schemeId the scheme
   * @return the decision, or empty
   */
  public Optional<AwardDecision> award(String schemeId) {
    return awards.stream().filter(a -> a.schemeId().equals(schemeId)).findFirst();
  }
}
