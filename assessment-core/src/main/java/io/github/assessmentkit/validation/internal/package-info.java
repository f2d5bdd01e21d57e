/** The rules behind {@link io.github.assessmentkit.validation.AssessmentValidator}. Not API. */
@NullMarked
package io.github.assessmentkit.validation.internal;

import org.jspecify.annotations.NullMarked;
