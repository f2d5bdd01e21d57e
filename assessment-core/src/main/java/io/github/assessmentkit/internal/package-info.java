/** Implementation details; not exported, not part of the API. */
@NullMarked
package io.github.assessmentkit.internal;

import org.jspecify.annotations.NullMarked;
