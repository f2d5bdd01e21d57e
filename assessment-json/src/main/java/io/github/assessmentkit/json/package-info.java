/**
 * The JSON format of rubrics, assessments and scorecards: {@link
 * io.github.assessmentkit.json.AssessmentJson} reads and writes them as UTF-8, with read limits,
 * exact decimals, unknown fields kept, and every problem reported with a JSON Pointer.
 *
 * <p>Golden vectors: a criteria set's maintainer keeps, beside the set, a folder of {@link
 * io.github.assessmentkit.json.GoldenVector} documents, each an assessment with the results scoring
 * it must give; {@link io.github.assessmentkit.json.GoldenVectors#check} scores them and reports
 * each number that differs with its explanation ({@link
 * io.github.assessmentkit.json.GoldenVectorReport}).
 *
 * <p>Consensus trails: the confirmations and overrides by which a panel of assessors reached a
 * consensus ({@link io.github.assessmentkit.consensus.ConsensusTrail}) are written and read as
 * {@code assessmentkit/consensus-trail} documents; a trail whose entries are not numbered from 1
 * without gaps, or whose later decision does not name the one it supersedes, is refused.
 *
 * <p>Histories: one organisation's history across fiscal years ({@link
 * io.github.assessmentkit.history.History}), with its series, directions and flags, is written and
 * read as an {@code assessmentkit/history} document.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.json;

import org.jspecify.annotations.NullMarked;
