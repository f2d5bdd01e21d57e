/** Runnable programs that use AssessmentKit as an application would. */
@NullMarked
package io.github.assessmentkit.examples;

import org.jspecify.annotations.NullMarked;
