package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.text.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What every reader checks of an object's properties: a kind's {@code type}, required fields. */
final class Fields {
  private Fields() {}

  /**
   * Reads the {@code type} of a polymorphic object, reporting a missing or unknown one.
   *
   * @param o the object
   * @param known the known types
   * @return the type, or null
   */
  static @Nullable String type(Obj o, List<String> known) {
    String type = o.string("type");
    if (type == null) {
      if (!o.issues().coveredAt(o.path("type"))) {
        missing(o, "type");
      }
      return null;
    }
    if (!known.contains(type)) {
      o.issues()
          .add(o.path("type"), "value.one-of", type, JsonMessages.oneOf(Show.value(type), known));
      return null;
    }
    return type;
  }

  /**
   * Reports properties a subtype needs that are absent.
   *
   * @param o the object
   * @param names the properties
   */
  static void require(Obj o, String... names) {
    for (String name : names) {
      if (!o.has(name) && !o.issues().coveredAt(o.path(name))) {
        missing(o, name);
      }
    }
  }

  /**
   * Reports a required property that is absent or empty.
   *
   * @param o the object
   * @param name the property
   */
  static void missing(Obj o, String name) {
    o.issues()
        .add(
            o.path(name),
            "value.required",
            null,
            Text.of(name + " ต้องระบุ", name + " is required"));
  }
}
