/**
 * AssessmentKit: exact, explainable, bilingual scoring of governance and quality-award assessments.
 * This package holds the root exception and the unknown fields of a document; the model, scoring
 * and analysis live in its sub-packages.
 *
 * <h2>Layers</h2>
 *
 * <p>The packages follow the data flow, rubric and assessment in, scorecard and analysis out. Each
 * layer uses only the layers above it in this list, never one below; a package and its own {@code
 * internal} package count as one unit. {@code ArchitectureTest} keeps it so.
 *
 * <ol>
 *   <li>{@code text}, this package and {@code internal}, one unit: bilingual text, the messages
 *       made of it, the exceptions that carry them ({@link io.github.assessmentkit.Bilingual}),
 *       preconditions and exact decimals. They cannot be layered apart: a text rejects a blank
 *       value with an exception whose message is itself a text.
 *   <li>{@code time}: fiscal years and quarters.
 *   <li>{@code scale}: how an indicator is rated, and the values a rating takes.
 *   <li>{@code rubric}: criteria sets with their indicators, ladders and award rules, and the
 *       builder that writes and derives them.
 *   <li>{@code assessment}: what an organisation is rated: subject, ratings, evidence, measures.
 *   <li>{@code validation}: the rubric's own rules, checked on an assessment.
 *   <li>{@code consensus}: several assessors' individual assessments of one subject set side by
 *       side, with their spread, proposals and the facilitator's trail, ending in a consensus
 *       assessment.
 *   <li>{@code spi}: what extends the library: scoring strategies with their input and result, and
 *       rubric providers.
 *   <li>{@code scoring}: the scorer, the scorecard with its level and award decisions, and the
 *       registries of strategies and rubrics.
 *   <li>{@code analysis}: what a scorecard is turned into: strengths and opportunities for
 *       improvement.
 *   <li>{@code planning}: what-if for one organisation, the gain of one step up each indicator's
 *       scale and the cheapest steps to a target; it uses scoring and what is above it, not {@code
 *       analysis}.
 *   <li>{@code history}: one organisation's scorecards across fiscal years, per node the series,
 *       the changes and the direction, with regressions and recoveries flagged. It uses scoring and
 *       what is above it, not {@code analysis}; which nodes compare across rubric versions is a
 *       value of its own, which {@code migration} makes from a mapping.
 *   <li>{@code migration}: an assessment carried to a newer version of its rubric, by a declared
 *       mapping checked against the {@code rubric.diff} of the two versions; it also turns a
 *       mapping into the {@code history} package's correspondence of nodes.
 *   <li>{@code cohort}: the scorecards of many organisations in one round, summarised, ranked,
 *       spread, given plaques and paired for learning exchanges. It uses scoring and what is above
 *       scoring in this list, not {@code analysis}.
 *   <li>{@code results}: LeTCI bands suggested for results indicators from the measures that back
 *       them; it reads the rubric and the assessment, and no layer below {@code scoring}.
 *   <li>{@code actionplan}: opportunities for improvement or a what-if plan turned into actions,
 *       judged at the next assessment; it uses scoring, {@code analysis} and {@code planning}.
 * </ol>
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit;

import org.jspecify.annotations.NullMarked;
