package io.github.assessmentkit.report.internal;

import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One value a chart draws.
 *
 * @param key a short label drawn beside it, for example a category's id
 * @param title its full name, for the tooltip
 * @param value the value, a percent or a count; null when there is none (not applicable)
 * @param shown the value as written on the chart
 */
public record Bar(String key, Text title, @Nullable BigDecimal value, String shown) {}
