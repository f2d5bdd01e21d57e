/**
 * Criteria sets: {@link io.github.assessmentkit.rubric.Rubric}, its tree of {@link
 * io.github.assessmentkit.rubric.Criterion criteria} and {@link
 * io.github.assessmentkit.rubric.Indicator indicators}, and the builder rubric maintainers use to
 * write and derive them; the {@link io.github.assessmentkit.rubric.ScoringPolicies scoring
 * policies} a rubric and its criteria declare (what not-applicable, missing and unknown ratings do,
 * and what a criterion where nothing counts means); and the {@link
 * io.github.assessmentkit.rubric.ResultScale scale} a rubric may state its result on besides
 * points.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.rubric;

import org.jspecify.annotations.NullMarked;
