/**
 * AssessmentKit core: criteria sets, assessments, exact and explainable scoring, ladders and
 * awards, analysis, validation and JSON.
 *
 * <p>Exports only API and SPI packages; {@code internal} packages are not exported.
 */
module io.github.assessmentkit.core {
  requires static transitive org.jspecify;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires jakarta.validation;
  requires org.hibernate.validator;

  exports io.github.assessmentkit;
  exports io.github.assessmentkit.analysis;
  exports io.github.assessmentkit.assessment;
  exports io.github.assessmentkit.award;
  exports io.github.assessmentkit.json;
  exports io.github.assessmentkit.rubric;
  exports io.github.assessmentkit.scale;
  exports io.github.assessmentkit.scoring;
  exports io.github.assessmentkit.spi;
  exports io.github.assessmentkit.text;
  exports io.github.assessmentkit.time;
  exports io.github.assessmentkit.validation;

  // Hibernate Validator reads the constraints of the JSON document records and creates their
  // validators by reflection.
  opens io.github.assessmentkit.json.internal to
      org.hibernate.validator;

  uses io.github.assessmentkit.spi.RubricProvider;
  uses io.github.assessmentkit.scoring.ScoringStrategy;
}
