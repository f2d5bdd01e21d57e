/** Criteria sets for the assessment of Thai cooperatives. */
@NullMarked
package io.github.assessmentkit.cqa;

import org.jspecify.annotations.NullMarked;
