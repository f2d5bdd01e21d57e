/**
 * Criteria sets for the assessment of Thai cooperatives and farmer groups, written with the core's
 * builder: {@link io.github.assessmentkit.cqa.CqaCriteria} (Cooperative Quality Award), {@link
 * io.github.assessmentkit.cqa.GovernanceCriteria} (good governance), {@link
 * io.github.assessmentkit.cqa.InternalControlCriteria} (internal control) and {@link
 * io.github.assessmentkit.cqa.CooperativeStandardCriteria} (the Cooperative Standard and its
 * farmer-group variant), found by {@link io.github.assessmentkit.cqa.CqaRubricProvider}.
 *
 * <p>Where each set's figures come from, and which are unverified: see docs/sources.md in the
 * repository. Every figure is data a maintainer can change in code, and each rubric, ladder and
 * award scheme carries its own {@link io.github.assessmentkit.rubric.Provenance}.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.cqa;

import org.jspecify.annotations.NullMarked;
