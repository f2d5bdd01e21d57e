/**
 * AssessmentKit core: criteria sets with their ladders and award rules, assessments, the rubric's
 * own rules, exact and explainable scoring, and analysis.
 *
 * <p>Exports only API and SPI packages; {@code internal} packages are not exported, except to the
 * sibling modules of this library that say so by name.
 */
module io.github.assessmentkit.core {
  requires static transitive org.jspecify;

  exports io.github.assessmentkit;
  exports io.github.assessmentkit.actionplan;
  exports io.github.assessmentkit.analysis;
  exports io.github.assessmentkit.assessment;
  exports io.github.assessmentkit.cohort;
  exports io.github.assessmentkit.consensus;
  exports io.github.assessmentkit.history;
  exports io.github.assessmentkit.migration;
  exports io.github.assessmentkit.planning;
  exports io.github.assessmentkit.results;
  exports io.github.assessmentkit.rubric;
  exports io.github.assessmentkit.rubric.diff;
  exports io.github.assessmentkit.scale;
  exports io.github.assessmentkit.scoring;
  exports io.github.assessmentkit.spi;
  exports io.github.assessmentkit.text;
  exports io.github.assessmentkit.time;
  exports io.github.assessmentkit.validation;

  // The JSON module checks documents with the preconditions and the rubric's rules of the core.
  exports io.github.assessmentkit.internal to
      io.github.assessmentkit.json;
  exports io.github.assessmentkit.validation.internal to
      io.github.assessmentkit.json;

  uses io.github.assessmentkit.spi.RubricProvider;
  uses io.github.assessmentkit.spi.ScoringStrategy;
}
