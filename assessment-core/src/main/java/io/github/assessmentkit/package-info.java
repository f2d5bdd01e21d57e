/**
 * AssessmentKit: exact, explainable, bilingual scoring of governance and quality-award assessments.
 * This package holds the root exception; the model, scoring, awards, JSON and validation live in
 * its sub-packages.
 */
@NullMarked
package io.github.assessmentkit;

import org.jspecify.annotations.NullMarked;
