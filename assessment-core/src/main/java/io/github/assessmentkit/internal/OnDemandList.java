package io.github.assessmentkit.internal;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An unmodifiable list whose elements are made when first read: results that are often never read
 * element by element (a scorecard's indicator lines) keep only what they are made from. {@link
 * Checks#copy} keeps such a list as it is. Not part of the public API.
 *
 * <p>A subclass gives {@code get} and {@code size}; it never holds a null, gives equal elements
 * each time one is read, and is thread-safe when its elements are immutable with final fields.
 *
 * @param <E> the element type
 */
public abstract class OnDemandList<E> extends AbstractList<E> implements RandomAccess {
  /** For subclasses. */
  protected OnDemandList() {}
}
