package io.github.assessmentkit.internal;

import org.jspecify.annotations.Nullable;

/**
 * The rule for an id or code that other parts of a rubric or document refer to: not blank, no white
 * space at either end, and no character that cannot be seen (controls, zero-width and other format
 * characters), so that two ids that look alike are alike. The rubric builder and the JSON reader
 * apply this one rule. Thread-safe.
 */
public final class Identifiers {
  private Identifiers() {}

  /** What is wrong with an identifier. */
  public enum Fault {
    /** Empty or only white space. */
    BLANK,
    /** White space at the start or the end. */
    SPACE,
    /** A combining mark first, which belongs to a character before it. */
    MARK,
    /** A character that cannot be seen. */
    INVISIBLE
  }

  /**
   * What is wrong with an identifier.
   *
   * @param fault the kind of fault
   * @param codePoint the character at fault for {@link Fault#MARK} and {@link Fault#INVISIBLE},
   *     else -1
   */
  public record Problem(Fault fault, int codePoint) {}

  private static final Problem BLANK = new Problem(Fault.BLANK, -1);
  private static final Problem SPACE = new Problem(Fault.SPACE, -1);

  /**
   * Checks an identifier in one pass over its code points, without regular expressions. In order of
   * precedence: blank; white space at either end; a combining mark first; a character that cannot
   * be seen (other than the plain space).
   *
   * @param s the value
   * @return what is wrong, or null when it is a valid identifier
   */
  public static @Nullable Problem problem(String s) {
    int length = s.length();
    boolean blank = true;
    int invisible = -1;
    for (int i = 0; i < length; ) {
      int cp = s.codePointAt(i);
      if (cp > ' ' && cp < 0x7f) {
        // printable ASCII: neither white space nor invisible
        blank = false;
        i++;
        continue;
      }
      if (blank && !Character.isWhitespace(cp)) {
        blank = false;
      }
      if (invisible < 0 && cp != ' ' && isInvisible(cp)) {
        invisible = cp;
      }
      i += Character.charCount(cp);
    }
    if (blank) {
      return BLANK;
    }
    int first = s.codePointAt(0);
    if (Character.isWhitespace(first) || Character.isWhitespace(s.codePointBefore(length))) {
      return SPACE;
    }
    int type = Character.getType(first);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return new Problem(Fault.MARK, first);
    }
    if (invisible >= 0) {
      return new Problem(Fault.INVISIBLE, invisible);
    }
    return null;
  }

  /**
   * Tells whether a code point cannot be seen: a control, format, unassigned, surrogate or
   * separator character other than the plain space.
   *
   * @param cp the code point
   * @return true when invisible
   */
  public static boolean isInvisible(int cp) {
    if (cp == ' ') {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE
        || type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Names a code point, for example {@code U+200B}.
   *
   * @param cp the code point
   * @return its name
   */
  public static String codePoint(int cp) {
    return String.format("U+%04X", cp);
  }

  /**
   * Shows a value with every character that cannot be seen written as its escape (a zero-width
   * space as {@code \}{@code u200B}), so a message shows what is there.
   *
   * @param value the value
   * @return the value as shown
   */
  public static String show(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (isInvisible(cp)) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
