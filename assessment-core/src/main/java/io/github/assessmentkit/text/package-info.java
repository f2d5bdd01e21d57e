/** Bilingual (Thai and English) text with fallback. */
@NullMarked
package io.github.assessmentkit.text;

import org.jspecify.annotations.NullMarked;
