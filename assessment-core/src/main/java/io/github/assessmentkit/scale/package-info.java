/**
 * Rating scales: the sealed {@link io.github.assessmentkit.scale.Scale} family of band, level,
 * yes/partial/no, Likert, measure and numeric scales, each turning an allowed rating into a
 * fraction.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.scale;

import org.jspecify.annotations.NullMarked;
