/**
 * A province's annual round across many organisations: compact summaries of their scorecards, a
 * cohort of one rubric version and fiscal year, rankings with declared tie-breaks, distributions,
 * plaques under a cap, and category leaders paired with learners.
 *
 * <pre>{@code
 * Cohort cohort = Cohort.of(rubric, FiscalYear.ofBuddhistEra(2556),
 *     scorecards.stream().map(OrganisationSummary::of).toList());
 * Rankings ranks = cohort.rank(RankingOrder.byTotal(RankingKey.percent("1"), RankingKey.points("7")));
 * Plaques plaques = cohort.plaques(ranks, Qualification.level("governance", "outstanding"), 5,
 *     TieAtCap.TAKE_ALL_TIED);
 * Distribution spread = cohort.distribution();
 * LearningExchange leadership = cohort.exchange(ranks, ExchangeRule.of("1", 70, 50, 2));
 * }</pre>
 *
 * <p>Every comparison is exact (earned and possible points are kept as exact ratios) and every
 * result depends only on the set of summaries, never on the order they are given in.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.cohort;

import org.jspecify.annotations.NullMarked;
