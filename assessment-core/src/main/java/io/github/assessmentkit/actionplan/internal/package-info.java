/**
 * How an action plan reads a node's standing on a scorecard: its percent, the band of its band
 * scale or the lowest level of its level scale. Not exported.
 */
@NullMarked
package io.github.assessmentkit.actionplan.internal;

import org.jspecify.annotations.NullMarked;
