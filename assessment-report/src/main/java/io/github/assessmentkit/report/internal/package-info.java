/**
 * The standard renderers, the view models the templates read, the SVG charts and the escaping of
 * SVG, Markdown and CSV text. Not exported.
 */
@NullMarked
package io.github.assessmentkit.report.internal;

import org.jspecify.annotations.NullMarked;
