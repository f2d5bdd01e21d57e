/**
 * Rating ladders and award schemes: thresholds on scorecard metrics and conditions on the total,
 * categories and items, each decision with its reasons.
 */
@NullMarked
package io.github.assessmentkit.award;

import org.jspecify.annotations.NullMarked;
