/**
 * Validation of assessments against their rubric: a report of every violation, each with a JSON
 * Pointer path, a rule id, the offending value and a bilingual message.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.validation;

import org.jspecify.annotations.NullMarked;
