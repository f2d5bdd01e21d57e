/**
 * What extends the report module: a {@link io.github.assessmentkit.report.spi.ReportRenderer}
 * writes one kind of report in one format, with the {@link
 * io.github.assessmentkit.report.spi.ReportOptions} the caller chooses. Register one with {@link
 * io.github.assessmentkit.report.RendererRegistry#builder()} or through {@link
 * java.util.ServiceLoader}.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: options are immutable;
 * renderers are to be immutable and thread-safe.
 */
@NullMarked
package io.github.assessmentkit.report.spi;

import org.jspecify.annotations.NullMarked;
