/** The built-in strategies and the scoring engine; not exported. */
@NullMarked
package io.github.assessmentkit.scoring.internal;

import org.jspecify.annotations.NullMarked;
