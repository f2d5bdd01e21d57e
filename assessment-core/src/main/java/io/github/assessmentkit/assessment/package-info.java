/**
 * Assessments: the organisation assessed, ratings (a value, not applicable, or unknown), evidence,
 * measures and the assessment that holds them.
 */
@NullMarked
package io.github.assessmentkit.assessment;

import org.jspecify.annotations.NullMarked;
