/**
 * Analysis of scorecards: strengths and opportunities for improvement ranked by points at stake,
 * with what the next band needs.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.analysis;

import org.jspecify.annotations.NullMarked;
