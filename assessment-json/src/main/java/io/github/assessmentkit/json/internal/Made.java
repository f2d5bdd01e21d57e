package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Bilingual;
import io.github.assessmentkit.text.Text;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Small steps the readers of action plans, plan reviews and result suggestions share: an id that
 * must not be blank, a text that must be given, and a model value whose constructor's refusal is
 * reported at the object, rule {@code value.consistent}. Stateless; thread-safe.
 */
final class Made {
  private Made() {}

  /**
   * Reads a string that must not be blank.
   *
   * @param o the object
   * @param name the property
   * @return the string, or null when absent, of another type or blank (reported)
   */
  static @Nullable String id(Obj o, String name) {
    String s = o.string(name);
    if (s != null && s.isBlank()) {
      o.issues().add(o.path(name), "value.not-blank", s, VectorMessages.notBlank());
      return null;
    }
    return s;
  }

  /**
   * Reads a text property.
   *
   * @param o the object
   * @param name the property
   * @return the text, or null when absent or unreadable (reported when unreadable)
   */
  static @Nullable Text text(Obj o, String name) {
    CommonDocs.TextDoc t = CommonDocs.text(o, name);
    return t == null ? null : t.toModel();
  }

  /**
   * Makes a model value, reporting at the object what its constructor refuses.
   *
   * @param <T> the value's type
   * @param o the object it is read from
   * @param make makes it
   * @return the value, or null when refused
   */
  static <T> @Nullable T model(Obj o, Supplier<T> make) {
    try {
      return make.get();
    } catch (RuntimeException x) {
      Text why = x instanceof Bilingual b ? b.text() : Text.en(String.valueOf(x.getMessage()));
      o.issues().add(o.path(), "value.consistent", null, why);
      return null;
    }
  }
}
