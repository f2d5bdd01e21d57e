/** JMH benchmarks. */
@NullMarked
package io.github.assessmentkit.benchmarks;

import org.jspecify.annotations.NullMarked;
