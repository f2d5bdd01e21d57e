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
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.json;

import org.jspecify.annotations.NullMarked;
