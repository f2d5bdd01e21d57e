/** Helpers of the assessment model shared inside the core. Not part of the public API. */
@NullMarked
package io.github.assessmentkit.assessment.internal;

import org.jspecify.annotations.NullMarked;
