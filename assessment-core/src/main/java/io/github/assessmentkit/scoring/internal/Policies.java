package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.ScoringPolicies;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.rubric.WhenNothingCounts;
import java.util.Objects;

/**
 * The scoring policies in force at one criterion, resolved (its own where it declares them, else
 * those of the nearest ancestor that does, else the rubric's) and reduced to the treatments the
 * engine acts on.
 */
final class Policies {
  private final ScoringPolicies declared;
  final Treatment notApplicable;
  final Treatment missing;
  final Treatment unknown;
  final Treatment nothingCounts;

  private Policies(ScoringPolicies resolved) {
    this.declared = resolved;
    this.notApplicable = notApplicable(Objects.requireNonNull(resolved.notApplicable()));
    this.missing = unrated(Objects.requireNonNull(resolved.missing()));
    this.unknown = unrated(Objects.requireNonNull(resolved.unknown()));
    this.nothingCounts = nothingCounts(Objects.requireNonNull(resolved.nothingCounts()));
  }

  /** {@return the rubric-wide policies} */
  static Policies of(Rubric rubric) {
    return new Policies(rubric.policies());
  }

  /** {@return the policies in force at a criterion under these} */
  Policies under(Criterion c) {
    ScoringPolicies own = c.policies();
    if (own.equals(ScoringPolicies.INHERIT)) {
      return this;
    }
    return new Policies(own.under(declared));
  }

  private static Treatment notApplicable(NotApplicablePolicy policy) {
    return switch (policy.kind()) {
      case EXCLUDE_AND_RENORMALISE -> Treatment.RENORMALISE;
      case EXCLUDE_FROM_MAXIMUM -> Treatment.SHRINK;
      case COUNT_AS_MET -> Treatment.MET;
      case COUNT_AT_FRACTION ->
          new Treatment(Treatment.How.COUNT, Ratio.of(Objects.requireNonNull(policy.fraction())));
    };
  }

  private static Treatment unrated(UnratedPolicy policy) {
    return switch (policy) {
      case COUNT_AS_ZERO -> Treatment.ZERO;
      case EXCLUDE_AND_RENORMALISE -> Treatment.RENORMALISE;
      case EXCLUDE_FROM_MAXIMUM -> Treatment.SHRINK;
    };
  }

  private static Treatment nothingCounts(WhenNothingCounts policy) {
    return switch (policy) {
      case NOT_APPLICABLE -> Treatment.PARENT;
      case MET -> Treatment.MET;
      case NOT_MET -> Treatment.ZERO;
    };
  }
}
