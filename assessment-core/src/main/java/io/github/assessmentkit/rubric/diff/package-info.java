/**
 * How two versions of a criteria set differ: {@link io.github.assessmentkit.rubric.diff.RubricDiff}
 * lists every difference between two rubrics as a typed {@link
 * io.github.assessmentkit.rubric.diff.RubricChange}, in a stable order, each with both values and a
 * description in Thai and English, and renders the list as plain text for release notes.
 *
 * <pre>{@code
 * RubricDiff diff = RubricDiff.between(CqaCriteria.rubric(), savings);
 * System.out.println(diff.toText(Language.EN));
 * }</pre>
 */
@NullMarked
package io.github.assessmentkit.rubric.diff;

import org.jspecify.annotations.NullMarked;
