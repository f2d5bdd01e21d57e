/**
 * Rating scales: the sealed {@link io.github.assessmentkit.scale.Scale} family of band, level,
 * yes/partial/no, Likert and measure scales, each turning an allowed rating into a fraction.
 */
@NullMarked
package io.github.assessmentkit.scale;

import org.jspecify.annotations.NullMarked;
