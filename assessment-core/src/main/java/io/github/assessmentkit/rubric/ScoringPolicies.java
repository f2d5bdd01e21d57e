package io.github.assessmentkit.rubric;

import io.github.assessmentkit.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The scoring policies of a criterion or a rubric: what a not-applicable rating, a missing rating
 * and an unknown rating do, and what a criterion means when none of its parts counts. A component
 * that is {@code null} is not declared here and is inherited from the nearest ancestor that
 * declares it, or else from the rubric ({@link #under(ScoringPolicies)}); the rubric's own are
 * complete ({@link Rubric#policies()}), its declared values over {@link #DEFAULTS}. {@link
 * Rubric#policiesOf(String)} gives the policies in force at a criterion.
 *
 * <pre>{@code
 * Criterion procurement = Criterion.builder("G2.3", Text.en("Procurement"))
 *     .notApplicable(NotApplicablePolicy.countAt(new BigDecimal("0.6")))
 *     .whenUnknown(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
 *     ...
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param notApplicable what a not-applicable part does, or {@code null} to inherit
 * @param missing what an indicator with no rating does, or {@code null} to inherit
 * @param unknown what an indicator rated unknown does, or {@code null} to inherit
 * @param nothingCounts what the criterion means when none of its parts counts, or {@code null} to
 *     inherit
 */
public record ScoringPolicies(
    @Nullable NotApplicablePolicy notApplicable,
    @Nullable UnratedPolicy missing,
    @Nullable UnratedPolicy unknown,
    @Nullable WhenNothingCounts nothingCounts) {

  /** Declares nothing: every policy is inherited. What a criterion has unless it declares one. */
  public static final ScoringPolicies INHERIT = new ScoringPolicies(null, null, null, null);

  /**
   * The policies of a rubric that declares none: not-applicable parts leave and their points move
   * to their siblings; missing and unknown ratings count as zero; a criterion where nothing counts
   * is not applicable.
   */
  public static final ScoringPolicies DEFAULTS =
      new ScoringPolicies(
          NotApplicablePolicy.EXCLUDE_AND_RENORMALISE,
          UnratedPolicy.COUNT_AS_ZERO,
          UnratedPolicy.COUNT_AS_ZERO,
          WhenNothingCounts.NOT_APPLICABLE);

  /**
   * Fills in what these policies leave undeclared from those of an enclosing criterion or of the
   * rubric.
   *
   * @param parent the policies in force where these are declared
   * @return these policies, each {@code null} component taken from {@code parent}
   * @throws NullPointerException if the parent is null
   */
  public ScoringPolicies under(ScoringPolicies parent) {
    Checks.notNull(parent, "parent");
    if (equals(INHERIT)) {
      return parent;
    }
    return new ScoringPolicies(
        notApplicable != null ? notApplicable : parent.notApplicable,
        missing != null ? missing : parent.missing,
        unknown != null ? unknown : parent.unknown,
        nothingCounts != null ? nothingCounts : parent.nothingCounts);
  }
}
