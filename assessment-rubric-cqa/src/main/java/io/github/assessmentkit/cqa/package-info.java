/**
 * Criteria sets for the assessment of Thai cooperatives and farmer groups, written with the core's
 * builder: {@link io.github.assessmentkit.cqa.CqaCriteria} (Cooperative Quality Award), {@link
 * io.github.assessmentkit.cqa.GovernanceCriteria} (good governance) and {@link
 * io.github.assessmentkit.cqa.InternalControlCriteria} (internal control), found by {@link
 * io.github.assessmentkit.cqa.CqaRubricProvider}.
 */
@NullMarked
package io.github.assessmentkit.cqa;

import org.jspecify.annotations.NullMarked;
