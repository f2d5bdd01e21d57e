package io.github.assessmentkit.scoring;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a condition held, why, and the results of the conditions inside it. The result of a
 * {@link io.github.assessmentkit.rubric.Condition.Named} condition carries its name, and its reason
 * starts with it; its parts are those of the condition it names. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (ConditionResult theme : tqcPlus.parts().get(2).parts()) {
 *   if (theme.met() && theme.name() != null) {
 *     System.out.println(theme.name().get(Language.EN)); // "Customer theme"
 *   }
 * }
 * }</pre>
 *
 * <p>A condition on a criterion that does not apply is decided by the rule it declares ({@link
 * io.github.assessmentkit.rubric.WhenNotApplicable}); when that rule leaves it undecided, {@code
 * undecided} is true and {@code met} false, and the reason names the criterion.
 *
 * @param met whether it held (false when undecided)
 * @param reason what was compared, with the numbers
 * @param parts results of nested conditions
 * @param name the name of the condition, or null when it has none
 * @param undecided whether it could not be decided, as a criterion it reads does not apply
 */
public record ConditionResult(
    boolean met, Text reason, List<ConditionResult> parts, @Nullable Text name, boolean undecided) {
  /**
   * Creates the value, checking its components.
   *
   * @param met whether it held (false when undecided)
   * @param reason what was compared, with the numbers
   * @param parts results of nested conditions
   * @param name the name of the condition, or null when it has none
   * @param undecided whether it could not be decided, as a criterion it reads does not apply
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if it is both met and undecided
   */
  public ConditionResult {
    Checks.notNull(reason, "reason");
    parts = Checks.copy(parts, "parts");
    if (met && undecided) {
      throw new InvalidValueException(ScoringMessages.metAndUndecided());
    }
  }

  /**
   * Creates a decided result.
   *
   * @param met whether it held
   * @param reason what was compared, with the numbers
   * @param parts results of nested conditions
   * @param name the name of the condition, or null when it has none
   * @throws NullPointerException if a required component is null
   */
  public ConditionResult(
      boolean met, Text reason, List<ConditionResult> parts, @Nullable Text name) {
    this(met, reason, parts, name, false);
  }

  /**
   * Creates the result of a condition without a name.
   *
   * @param met whether it held
   * @param reason what was compared, with the numbers
   * @param parts results of nested conditions
   * @throws NullPointerException if a required component is null
   */
  public ConditionResult(boolean met, Text reason, List<ConditionResult> parts) {
    this(met, reason, parts, null);
  }

  /**
   * Evaluates a condition against a scorecard, exactly as a tier of an award scheme is evaluated:
   * metrics read from the scored tree, rungs from the scorecard's level decisions, rules for what
   * does not apply as the condition declares them. For a condition the rubric does not hold itself,
   * such as a plaque rule an office adds or a planning target.
   *
   * <pre>{@code
   * ConditionResult r = ConditionResult.evaluate(
   *     Condition.atLeast(Metric.percent("1"), 50), card, rubric);
   * r.met();      // false
   * r.reason();   // "percent of 1 = 45.00 not ≥ 50"
   * }</pre>
   *
   * @param condition the condition
   * @param card the scorecard
   * @param rubric the rubric the scorecard was scored against, for the ladders a condition reads
   * @return whether it held, and why
   * @throws NullPointerException if an argument is null
   * @throws io.github.assessmentkit.ConflictingStateException if the condition reads a ladder the
   *     rubric does not have
   */
  public static ConditionResult evaluate(Condition condition, Scorecard card, Rubric rubric) {
    Checks.notNull(condition, "condition");
    Checks.notNull(card, "card");
    Checks.notNull(rubric, "rubric");
    return Decisions.evaluate(condition, card.root(), card.levels(), rubric.ladders());
  }
}
