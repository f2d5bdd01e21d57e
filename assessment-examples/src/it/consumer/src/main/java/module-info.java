/**
 * An application that uses AssessmentKit from the module path: it reads the four published modules
 * by name, and supplies a scoring strategy of its own through the service loader.
 */
module io.github.assessmentkit.consumer {
  requires io.github.assessmentkit.core;
  requires io.github.assessmentkit.json;
  requires io.github.assessmentkit.rubric.cqa;
  requires io.github.assessmentkit.report;

  // Lists the providers the module layer holds, so the tests can say which module supplied each.
  uses io.github.assessmentkit.spi.RubricProvider;
  uses io.github.assessmentkit.spi.ScoringStrategy;

  provides io.github.assessmentkit.spi.ScoringStrategy with
      io.github.assessmentkit.consumer.BestRatedPart;
}
