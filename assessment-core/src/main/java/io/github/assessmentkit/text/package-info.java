/**
 * Bilingual (Thai and English) text with fallback.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.text;

import org.jspecify.annotations.NullMarked;
