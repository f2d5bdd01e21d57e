package io.github.assessmentkit.scoring;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
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
 * <p>The scorer works a reason's text out when it is first asked for ({@link #lazy}), so a
 * scorecard read only for its numbers never builds the sentences; the text is the same whenever it
 * is asked for. Two results are equal when their outcome, reason, parts and name are.
 */
public final class ConditionResult {
  private final boolean met;
  private final List<ConditionResult> parts;
  private final @Nullable Text name;
  private final boolean undecided;

  /** Works the reason out, or null when the reason was given. */
  private final @Nullable Supplier<Text> because;

  /** The reason, once worked out; a benign race may work it out twice, to an equal text. */
  private @Nullable Text reason;

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
  public ConditionResult(
      boolean met,
      Text reason,
      List<ConditionResult> parts,
      @Nullable Text name,
      boolean undecided) {
    this(met, Checks.notNull(reason, "reason"), null, parts, name, undecided);
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

  private ConditionResult(
      boolean met,
      @Nullable Text reason,
      @Nullable Supplier<Text> because,
      List<ConditionResult> parts,
      @Nullable Text name,
      boolean undecided) {
    this.parts = Checks.copy(parts, "parts");
    if (met && undecided) {
      throw new InvalidValueException(ScoringMessages.metAndUndecided());
    }
    this.met = met;
    this.reason = reason;
    this.because = because;
    this.name = name;
    this.undecided = undecided;
  }

  /**
   * Creates a result whose reason is worked out when first asked for. The supplier must be pure: it
   * may be called more than once, from any thread, and must give an equal text each time.
   *
   * @param met whether it held (false when undecided)
   * @param reason works out what was compared, with the numbers; never gives null
   * @param parts results of nested conditions
   * @param name the name of the condition, or null when it has none
   * @param undecided whether it could not be decided, as a criterion it reads does not apply
   * @return the result
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException if it is both met and undecided
   */
  public static ConditionResult lazy(
      boolean met,
      Supplier<Text> reason,
      List<ConditionResult> parts,
      @Nullable Text name,
      boolean undecided) {
    return new ConditionResult(met, null, Checks.notNull(reason, "reason"), parts, name, undecided);
  }

  /** {@return whether it held (false when undecided)} */
  public boolean met() {
    return met;
  }

  /** {@return what was compared, with the numbers} */
  public Text reason() {
    Text known = reason;
    if (known == null) {
      known = Checks.notNull(Objects.requireNonNull(because).get(), "reason");
      reason = known;
    }
    return known;
  }

  /** {@return the results of nested conditions} */
  public List<ConditionResult> parts() {
    return parts;
  }

  /** {@return the name of the condition, or null when it has none} */
  public @Nullable Text name() {
    return name;
  }

  /** {@return whether it could not be decided, as a criterion it reads does not apply} */
  public boolean undecided() {
    return undecided;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConditionResult r
        && met == r.met
        && undecided == r.undecided
        && Objects.equals(name, r.name)
        && parts.equals(r.parts)
        && reason().equals(r.reason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(met, reason(), parts, name, undecided);
  }

  @Override
  public String toString() {
    return "ConditionResult[met="
        + met
        + ", reason="
        + reason()
        + ", parts="
        + parts
        + ", name="
        + name
        + ", undecided="
        + undecided
        + "]";
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
