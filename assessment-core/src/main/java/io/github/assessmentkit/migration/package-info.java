/**
 * Carrying an assessment to a new version of its rubric: a declared {@link
 * io.github.assessmentkit.migration.MigrationMapping} (keep, rename, merge, split, drop) checked
 * against the {@linkplain io.github.assessmentkit.rubric.diff.RubricDiff differences} of the two
 * versions, and {@link io.github.assessmentkit.migration.Migration#migrate} with its report of what
 * was carried and what was left unrated. Nothing is guessed: a rating that cannot be carried is
 * left out and listed.
 *
 * <pre>{@code
 * MigrationMapping mapping = MigrationMapping.between(v1.ref(), v2.ref())
 *     .split("5.1", "5.1a", "5.1b")
 *     .build();
 * MigrationResult r = Migration.migrate(v1, v2, lastYear, mapping);
 * Scorecard card = r.score(Scorer.standard(), v2); // its warnings tell what was not carried
 * }</pre>
 */
@NullMarked
package io.github.assessmentkit.migration;

import org.jspecify.annotations.NullMarked;
