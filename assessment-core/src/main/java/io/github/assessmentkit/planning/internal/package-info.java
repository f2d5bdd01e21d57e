/** Implementation details of planning; not exported, not part of the API. */
@NullMarked
package io.github.assessmentkit.planning.internal;

import org.jspecify.annotations.NullMarked;
