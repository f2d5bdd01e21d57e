/**
 * Criteria sets for the assessment of Thai cooperatives and farmer groups, written with the core's
 * builder: {@link io.github.assessmentkit.cqa.CqaCriteria} (Cooperative Quality Award), {@link
 * io.github.assessmentkit.cqa.GovernanceCriteria} (good governance) and {@link
 * io.github.assessmentkit.cqa.InternalControlCriteria} (internal control), found by {@link
 * io.github.assessmentkit.cqa.CqaRubricProvider}.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.cqa;

import org.jspecify.annotations.NullMarked;
