package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.internal.Identifiers;

/** Renders offending values for messages: invisible characters made visible, long ones cut. */
public final class Show {
  private static final int MAX = 200;

  private Show() {}

  /**
   * Renders a value so that every character in it can be seen: control, format (such as the
   * zero-width space) and separator characters other than the plain space appear as {@code
   * \u200b}-style escapes, and text beyond 200 characters is cut with "…".
   *
   * @param value the value
   * @return the visible form
   */
  public static String value(String value) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int shown = 0;
    while (i < value.length() && shown < MAX) {
      int cp = value.codePointAt(i);
      if (isInvisible(cp)) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
      shown++;
    }
    if (i < value.length()) {
      out.append('…');
    }
    return out.toString();
  }

  /**
   * Tells whether a code point cannot be seen: a control, format, unassigned, surrogate or
   * separator character other than the plain space.
   *
   * @param cp the code point
   * @return true when invisible
   */
  public static boolean isInvisible(int cp) {
    return Identifiers.isInvisible(cp);
  }

  /**
   * Names a code point, for example {@code U+200B}.
   *
   * @param cp the code point
   * @return its name
   */
  public static String codePoint(int cp) {
    return Identifiers.codePoint(cp);
  }
}
