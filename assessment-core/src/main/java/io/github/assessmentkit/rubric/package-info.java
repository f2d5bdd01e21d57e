/**
 * Criteria sets: {@link io.github.assessmentkit.rubric.Rubric}, its tree of {@link
 * io.github.assessmentkit.rubric.Criterion criteria} and {@link
 * io.github.assessmentkit.rubric.Indicator indicators}, and the builder rubric maintainers use to
 * write and derive them.
 */
@NullMarked
package io.github.assessmentkit.rubric;

import org.jspecify.annotations.NullMarked;
