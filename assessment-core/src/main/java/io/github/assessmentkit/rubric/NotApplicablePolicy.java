package io.github.assessmentkit.rubric;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.RubricMessages;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a rating of "not applicable" does to the score of the part it marks (an indicator, or a
 * criterion whose parts are all not applicable). A rubric declares one for all its criteria ({@link
 * RubricBuilder#notApplicablePolicy}); a criterion may declare its own ({@link
 * CriterionBuilder#notApplicable}), which then holds for its whole subtree unless a descendant
 * declares another. Every strategy applies it the same way.
 *
 * <p>Three policies have no parameter and are constants here; the fourth counts a part at a
 * declared fraction of its points and is made with {@link #countAt(BigDecimal)}:
 *
 * <pre>{@code
 * NotApplicablePolicy asIfThreeOfFive = NotApplicablePolicy.countAt(new BigDecimal("0.6"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind which policy
 * @param fraction the fraction of its points a not-applicable part counts at, from 0 to 1, present
 *     exactly when {@code kind} is {@link Kind#COUNT_AT_FRACTION}
 */
public record NotApplicablePolicy(Kind kind, @Nullable BigDecimal fraction) {
  /**
   * The part leaves the calculation and its points go to its applicable siblings in proportion to
   * their weights, so the parent's maximum is unchanged. A node whose parts are all not applicable
   * is itself not applicable. The default.
   */
  public static final NotApplicablePolicy EXCLUDE_AND_RENORMALISE =
      new NotApplicablePolicy(Kind.EXCLUDE_AND_RENORMALISE, null);

  /**
   * The part leaves the calculation and its points leave the maximum too: the parent's possible
   * shrinks by the part's share and nothing moves to the siblings ("the sum of what applies").
   */
  public static final NotApplicablePolicy EXCLUDE_FROM_MAXIMUM =
      new NotApplicablePolicy(Kind.EXCLUDE_FROM_MAXIMUM, null);

  /** The part counts as fully met: it earns all its points. */
  public static final NotApplicablePolicy COUNT_AS_MET =
      new NotApplicablePolicy(Kind.COUNT_AS_MET, null);

  /** The kinds of not-applicable policy. Thread-safe: an enum. */
  public enum Kind {
    /**
     * The part leaves, and its points move to its applicable siblings by weight; the parent's
     * maximum is unchanged. See {@link NotApplicablePolicy#EXCLUDE_AND_RENORMALISE}.
     */
    EXCLUDE_AND_RENORMALISE,
    /**
     * The part leaves, and its points leave the maximum too: the parent's possible shrinks and
     * nothing moves ("the sum of what applies"). See {@link
     * NotApplicablePolicy#EXCLUDE_FROM_MAXIMUM}.
     */
    EXCLUDE_FROM_MAXIMUM,
    /** The part counts as fully met. See {@link NotApplicablePolicy#COUNT_AS_MET}. */
    COUNT_AS_MET,
    /**
     * The part counts as if it were rated at the policy's {@link NotApplicablePolicy#fraction()
     * fraction} of its points: 0.6 counts it as if rated 3 of 5. See {@link
     * NotApplicablePolicy#countAt(BigDecimal)}.
     */
    COUNT_AT_FRACTION
  }

  /**
   * Creates the value, checking its components.
   *
   * @param kind which policy
   * @param fraction the fraction of its points a not-applicable part counts at, from 0 to 1,
   *     present exactly when {@code kind} is {@link Kind#COUNT_AT_FRACTION}
   * @throws NullPointerException if the kind is null
   * @throws IllegalArgumentException if the fraction is missing for {@link Kind#COUNT_AT_FRACTION},
   *     given for another kind, or outside 0 to 1
   */
  public NotApplicablePolicy {
    Checks.notNull(kind, "kind");
    if (kind == Kind.COUNT_AT_FRACTION) {
      if (fraction == null) {
        throw new InvalidValueException(RubricMessages.countAtWithoutFraction());
      }
      if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
        throw new InvalidValueException(RubricMessages.countAtFractionOutOfRange(fraction));
      }
    } else if (fraction != null) {
      throw new InvalidValueException(RubricMessages.fractionWithoutCountAt(kind.name(), fraction));
    }
  }

  /**
   * Gives the policy that counts a not-applicable part as if it were rated at a fraction of its
   * points, for example 0.6 for "as if rated 3 of 5".
   *
   * @param fraction the fraction, from 0 to 1
   * @return the policy
   * @throws NullPointerException if the fraction is null
   * @throws IllegalArgumentException if the fraction is outside 0 to 1
   */
  public static NotApplicablePolicy countAt(BigDecimal fraction) {
    Checks.notNull(fraction, "fraction");
    return new NotApplicablePolicy(Kind.COUNT_AT_FRACTION, fraction);
  }

  /**
   * Names the policy: the kind's name, followed by the fraction when it has one.
   *
   * @return for example {@code COUNT_AS_MET} or {@code COUNT_AT_FRACTION 0.6}
   */
  @Override
  public String toString() {
    return fraction == null ? kind.name() : kind.name() + " " + fraction.toPlainString();
  }
}
