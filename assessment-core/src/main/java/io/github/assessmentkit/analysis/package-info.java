/**
 * Analysis of scorecards: strengths and opportunities for improvement ranked by points at stake,
 * with what the next band needs.
 */
@NullMarked
package io.github.assessmentkit.analysis;

import org.jspecify.annotations.NullMarked;
