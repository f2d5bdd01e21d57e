/**
 * Results suggested from KPI data: for a results indicator on a band scale whose measures back it,
 * a LeTCI band (levels, trends, comparisons, integration) with the evidence of each dimension and
 * what the next band would need. A suggestion never changes a rating unless the caller {@linkplain
 * io.github.assessmentkit.results.ResultSuggestion#apply applies} it.
 *
 * <pre>{@code
 * for (ResultSuggestion s : ResultsSuggester.suggest(rubric, assessment)) {
 *   System.out.println(s.indicatorId() + " band " + s.band() + ": " + s.missing());
 * }
 * }</pre>
 *
 * <p>The mapping from the data to bands is written in one place, {@link
 * io.github.assessmentkit.results.LetciReading}.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe.
 */
@NullMarked
package io.github.assessmentkit.results;

import org.jspecify.annotations.NullMarked;
