/**
 * An assessment service on Spring Boot, as an office's web application would embed AssessmentKit:
 * the registered rubrics, validation, scoring and storage of assessment documents, an
 * organisation's history and a province's round, over HTTP and in the library's JSON formats. One
 * controller per resource (rubrics, assessments, histories, rounds), so that another, such as one
 * for the HTML reports, is a class beside them.
 *
 * <p>Every document goes through the {@code assessment-json} codec; Spring's own JSON mapping only
 * writes the problem details of refused requests and the service's small listings. Storage is
 * Spring's JDBC support with Flyway migrations, on an embedded H2 file database by default and on
 * PostgreSQL with the {@code postgres} profile.
 */
@NullMarked
package io.github.assessmentkit.examples.spring;

import org.jspecify.annotations.NullMarked;
