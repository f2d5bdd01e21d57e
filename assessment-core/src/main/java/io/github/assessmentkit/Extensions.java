package io.github.assessmentkit;

import io.github.assessmentkit.internal.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fields a JSON document carried that this version of the library does not know, kept so that they
 * are written back unchanged. Each value is the field's JSON text, compact.
 *
 * <p>Immutable and thread-safe. Ordered by name, so equal extensions print equally.
 *
 * @param fields field name to raw JSON text
 */
public record Extensions(Map<String, String> fields) {
  /** No unknown fields. */
  public static final Extensions NONE = new Extensions(Map.of());

  /**
   * Creates the value, checking its components.
   *
   * @param fields field name to raw JSON text
   * @throws NullPointerException if a required component is null
   */
  public Extensions {
    Checks.notNull(fields, "fields");
    fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
  }

  /**
   * Creates extensions from a map of names to raw JSON text.
   *
   * @param fields the fields
   * @return the extensions, or {@link #NONE} when empty
   */
  public static Extensions of(Map<String, String> fields) {
    return fields.isEmpty() ? NONE : new Extensions(fields);
  }

  /** {@return whether there are no unknown fields} */
  public boolean isEmpty() {
    return fields.isEmpty();
  }
}
