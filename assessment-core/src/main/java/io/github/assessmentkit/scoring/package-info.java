/**
 * Scoring: the {@link io.github.assessmentkit.scoring.Scorer} entry point, the {@link
 * io.github.assessmentkit.spi.ScoringStrategy} extension point and its registry, and the {@link
 * io.github.assessmentkit.scoring.Scorecard} it produces.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.scoring;

import org.jspecify.annotations.NullMarked;
