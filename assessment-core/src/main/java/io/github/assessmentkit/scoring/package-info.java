/**
 * Scoring: the {@link io.github.assessmentkit.scoring.Scorer} entry point, the {@link
 * io.github.assessmentkit.scoring.ScoringStrategy} extension point and its registry, and the {@link
 * io.github.assessmentkit.scoring.Scorecard} it produces.
 */
@NullMarked
package io.github.assessmentkit.scoring;

import org.jspecify.annotations.NullMarked;
