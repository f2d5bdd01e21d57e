/**
 * Extension points: {@link io.github.assessmentkit.spi.RubricProvider} for modules that ship
 * criteria sets, and the {@link io.github.assessmentkit.spi.RubricRegistry} that finds them. Custom
 * scoring strategies plug in through {@link io.github.assessmentkit.scoring.ScoringStrategy}.
 */
@NullMarked
package io.github.assessmentkit.spi;

import org.jspecify.annotations.NullMarked;
