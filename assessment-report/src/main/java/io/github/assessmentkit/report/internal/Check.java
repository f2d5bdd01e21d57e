package io.github.assessmentkit.report.internal;

import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * One line of an award decision's checks.
 *
 * @param tier the tier's name on a tier's first line, else null
 * @param met whether it holds
 * @param undecided whether it is left to a person
 * @param reason why
 * @param depth 0 for a tier, 1 for a part of it
 */
public record Check(@Nullable Text tier, boolean met, boolean undecided, Text reason, int depth) {}
