/**
 * Assessor consensus: the individual assessments of a team set side by side, the spread between the
 * assessors on each indicator in steps of its scale, flags where it is more than a declared
 * tolerance, a proposed consensus by a declared rule, and the facilitator's confirmations and
 * overrides in an append-only trail, ending in a consensus assessment that scores like any other.
 *
 * <p>Each assessor's ratings are an individual assessment of one subject, rubric version and fiscal
 * year, listing that one assessor; the rule {@code rating.one-per-indicator} applies to each of
 * them, so per assessor.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe.
 */
@NullMarked
package io.github.assessmentkit.consensus;

import org.jspecify.annotations.NullMarked;
