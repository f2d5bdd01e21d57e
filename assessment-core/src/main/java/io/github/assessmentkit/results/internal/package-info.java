/** The bilingual messages of results suggested from KPI data. Not exported. */
@NullMarked
package io.github.assessmentkit.results.internal;

import org.jspecify.annotations.NullMarked;
