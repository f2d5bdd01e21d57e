/**
 * AssessmentKit: exact, explainable, bilingual scoring of governance and quality-award assessments.
 * This package holds the root exception; the model, scoring, awards, JSON and validation live in
 * its sub-packages.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit;

import org.jspecify.annotations.NullMarked;
