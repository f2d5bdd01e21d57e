/** The JSON codec's machinery on Jackson and Hibernate Validator. Not part of the public API. */
@NullMarked
package io.github.assessmentkit.json.internal;

import org.jspecify.annotations.NullMarked;
