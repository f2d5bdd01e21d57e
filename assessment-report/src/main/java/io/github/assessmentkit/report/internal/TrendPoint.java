package io.github.assessmentkit.report.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One year of a trend line.
 *
 * @param key the year as written under its axis mark, for example {@code 2563}
 * @param sub a second line under it, for example the Common Era year {@code 2020}
 * @param value the percent, or null when the year has none (absent, not applicable, unscored)
 * @param shown the percent as written beside its point
 * @param breakBefore whether the series does not compare with the year before (a version break)
 * @param versionChange the rubric version when it changed from the year before, else null
 */
public record TrendPoint(
    String key,
    String sub,
    @Nullable BigDecimal value,
    String shown,
    boolean breakBefore,
    @Nullable String versionChange) {}
