/**
 * Assessments: the organisation assessed, ratings (a value, not applicable, or unknown; on a band
 * scale also a rating per dimension, such as ADLI or LeTCI), evidence, measures and the assessment
 * that holds them.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.assessment;

import org.jspecify.annotations.NullMarked;
