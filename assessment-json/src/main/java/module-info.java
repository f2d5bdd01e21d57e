/**
 * AssessmentKit JSON: reads and writes rubrics, assessments and scorecards as JSON documents, with
 * their schemas and a bilingual report of every problem.
 *
 * <p>Exports only the API package; {@code internal} is not exported.
 */
module io.github.assessmentkit.json {
  requires static transitive org.jspecify;
  requires transitive io.github.assessmentkit.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires jakarta.validation;
  requires org.hibernate.validator;
  // to keep Hibernate Validator's start-up INFO line off standard error
  requires java.logging;

  exports io.github.assessmentkit.json;

  // Hibernate Validator reads the constraints of the JSON document records and creates their
  // validators by reflection.
  opens io.github.assessmentkit.json.internal to
      org.hibernate.validator;
}
