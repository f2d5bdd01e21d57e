package io.github.assessmentkit.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * A place in a document as a chain of steps from the root, each linked to its parent. Reading
 * passes these along at the cost of one small object per step; the JSON Pointer (RFC 6901) is
 * written out only when a problem is reported there. Immutable.
 */
public final class Where {
  /** The document itself; its pointer is the empty string. */
  public static final Where ROOT = new Where(null, null, -1, 0);

  private final @Nullable Where parent;
  private final @Nullable String name;
  private final int index;
  private final int depth;

  private Where(@Nullable Where parent, @Nullable String name, int index, int depth) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.depth = depth;
  }

  /**
   * Steps into a property.
   *
   * @param property the property name
   * @return the property's place
   */
  public Where field(String property) {
    return new Where(this, property, -1, depth + 1);
  }

  /**
   * Steps into an array element.
   *
   * @param position the element's index
   * @return the element's place
   */
  public Where item(int position) {
    return new Where(this, null, position, depth + 1);
  }

  /** {@return the JSON Pointer of this place, {@code ~} and {@code /} escaped} */
  public String pointer() {
    if (depth == 0) {
      return "";
    }
    Where[] steps = new Where[depth];
    Where w = this;
    for (int i = depth - 1; i >= 0; i--) {
      steps[i] = w;
      w = w.parent;
    }
    StringBuilder out = new StringBuilder();
    for (Where s : steps) {
      out.append('/');
      if (s.name == null) {
        out.append(s.index);
      } else {
        out.append(s.name.replace("~", "~0").replace("/", "~1"));
      }
    }
    return out.toString();
  }

  /** {@return the JSON Pointer, as {@link #pointer()}} */
  @Override
  public String toString() {
    return pointer();
  }
}
