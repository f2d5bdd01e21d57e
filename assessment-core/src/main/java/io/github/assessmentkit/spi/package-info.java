/**
 * Extension points: {@link io.github.assessmentkit.spi.RubricProvider} for modules that ship
 * criteria sets, and the {@link io.github.assessmentkit.scoring.RubricRegistry} that finds them.
 * Custom scoring strategies plug in through {@link io.github.assessmentkit.spi.ScoringStrategy}.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.spi;

import org.jspecify.annotations.NullMarked;
