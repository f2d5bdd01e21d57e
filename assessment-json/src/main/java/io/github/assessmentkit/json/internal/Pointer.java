package io.github.assessmentkit.json.internal;

import java.util.Comparator;

/** JSON Pointer (RFC 6901) paths: appending a step and ordering paths as in a document. */
public final class Pointer {
  /** Orders paths segment by segment, array indexes by number. */
  public static final Comparator<String> ORDER = Pointer::compare;

  private Pointer() {}

  /**
   * Appends a property name, escaping {@code ~} and {@code /}.
   *
   * @param path the parent's path
   * @param name the property name
   * @return the child's path
   */
  public static String append(String path, String name) {
    return path + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Appends an array index.
   *
   * @param path the array's path
   * @param index the index
   * @return the element's path
   */
  public static String append(String path, int index) {
    return path + "/" + index;
  }

  private static int compare(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareSegment(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareSegment(String a, String b) {
    boolean na = isIndex(a);
    boolean nb = isIndex(b);
    if (na && nb) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
