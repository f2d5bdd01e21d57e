/**
 * What-if planning for one organisation: what one step up the scale of each rated indicator would
 * add to the total and whether it changes a level or an award, and the fewest (cheapest) steps that
 * reach a target such as the next level, a named award tier or a plaque condition. Every number
 * comes from scoring the changed assessment, never from an estimate. Entry point: {@link
 * io.github.assessmentkit.planning.WhatIf}.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.planning;

import org.jspecify.annotations.NullMarked;
