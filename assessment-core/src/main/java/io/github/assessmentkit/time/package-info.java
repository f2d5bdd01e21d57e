/** Thai fiscal years (1 October to 30 September), Buddhist Era labels and fiscal quarters. */
@NullMarked
package io.github.assessmentkit.time;

import org.jspecify.annotations.NullMarked;
