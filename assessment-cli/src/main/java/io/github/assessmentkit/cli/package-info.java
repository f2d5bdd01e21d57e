/**
 * The batch command line: {@link io.github.assessmentkit.cli.AssessCommand} validates and scores a
 * folder of assessment documents or a JSON-lines file, stores the scorecards and the round's
 * cohorts, and sets every rejected document aside with its report; {@link
 * io.github.assessmentkit.cli.SampleDocuments} writes a made-up round to try it on; {@link
 * io.github.assessmentkit.cli.RoundReport} is where reports of a round plug in.
 */
@NullMarked
package io.github.assessmentkit.cli;

import org.jspecify.annotations.NullMarked;
