package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Strategies;

/**
 * The scoring policies in force at one criterion, resolved: its own where it declares them, else
 * those of the nearest ancestor that does, else the rubric's.
 */
final class Policies {
  final Treatment notApplicable;
  final Treatment missing;
  final Treatment unknown;
  final Treatment nothingCounts;

  private Policies(
      Treatment notApplicable, Treatment missing, Treatment unknown, Treatment nothingCounts) {
    this.notApplicable = notApplicable;
    this.missing = missing;
    this.unknown = unknown;
    this.nothingCounts = nothingCounts;
  }

  /** {@return the rubric-wide policies} */
  static Policies of(Rubric rubric) {
    return new Policies(
        notApplicable(rubric.notApplicablePolicy()),
        Treatment.ZERO,
        Treatment.ZERO,
        Treatment.PARENT);
  }

  /** {@return the policies in force at a criterion under these} */
  Policies under(Criterion c) {
    return this;
  }

  /**
   * What a criterion's strategy does with an unrated part when no policy is declared: the
   * strategies that combine the rated parts only (a mean, or the lowest among them) leave unrated
   * parts out, the others count them as earning nothing.
   *
   * @param strategyId the strategy's id
   * @return the treatment
   */
  static Treatment unratedDefault(String strategyId) {
    return switch (strategyId) {
      case Strategies.WEIGHTED_MEAN, Strategies.WEAKEST_LINK, Strategies.MATURITY ->
          Treatment.RENORMALISE;
      default -> Treatment.ZERO;
    };
  }

  static Treatment notApplicable(NotApplicablePolicy policy) {
    return switch (policy) {
      case COUNT_AS_MET -> Treatment.MET;
      case EXCLUDE_AND_RENORMALISE -> Treatment.RENORMALISE;
    };
  }
}
