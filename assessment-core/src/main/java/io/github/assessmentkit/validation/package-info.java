/**
 * Validation of assessments against their rubric: a report of every violation, each with a JSON
 * Pointer path, a rule id, the offending value and a bilingual message.
 */
@NullMarked
package io.github.assessmentkit.validation;

import org.jspecify.annotations.NullMarked;
