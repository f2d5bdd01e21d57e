/**
 * Rating ladders and award schemes: thresholds on scorecard metrics and conditions on the total,
 * categories and items, each decision with its reasons.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.award;

import org.jspecify.annotations.NullMarked;
