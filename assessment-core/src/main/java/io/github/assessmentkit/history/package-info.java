/**
 * One organisation's history across fiscal years: its scorecards of one rubric id, across the
 * rubric's versions, set side by side. Per node, the series of percents by fiscal year, the change
 * from the year before and the direction over three or more years by a declared rule; a version
 * change inside the series is a break unless a declared {@link
 * io.github.assessmentkit.history.Correspondence} says the node compares. Regressions and
 * recoveries are flagged, each with its rule and a bilingual reason, by thresholds declared per
 * rubric in {@link io.github.assessmentkit.history.HistoryRules}. Entry point: {@link
 * io.github.assessmentkit.history.History#builder}.
 *
 * <pre>{@code
 * History history = History.builder(rules)
 *     .rubric(v2025).rubric(v2026)
 *     .correspondence(mapping.correspondence(v2025, v2026))   // from the migration package
 *     .scorecards(cards)                                       // any order
 *     .build();
 * history.node("G3").orElseThrow().trend().direction();        // RISING, FALLING, STEADY ...
 * history.regressions();                                       // each with its rule and reason
 * }</pre>
 *
 * <p>This package uses scoring and what is above it, not {@code analysis}, {@code migration} or
 * {@code cohort}: which nodes compare across versions is a plain value that {@code migration} makes
 * from a mapping, and a plaque is declared here as a rung or tier to hold.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builder, which is meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.history;

import org.jspecify.annotations.NullMarked;
