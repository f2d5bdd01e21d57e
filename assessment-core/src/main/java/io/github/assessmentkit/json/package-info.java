/**
 * The JSON format of rubrics, assessments and scorecards: {@link
 * io.github.assessmentkit.json.AssessmentJson} reads and writes them as UTF-8, with read limits,
 * exact decimals, unknown fields kept, and every problem reported with a JSON Pointer.
 */
@NullMarked
package io.github.assessmentkit.json;

import org.jspecify.annotations.NullMarked;
