/**
 * Thai fiscal years (1 October to 30 September), Buddhist Era labels and fiscal quarters.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.time;

import org.jspecify.annotations.NullMarked;
