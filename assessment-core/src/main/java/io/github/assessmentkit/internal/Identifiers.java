package io.github.assessmentkit.internal;

import org.jspecify.annotations.Nullable;

/**
 * The rule for an id or code that other parts of a rubric or document refer to: not blank, no white
 * space at either end, and no character that cannot be seen (controls, zero-width and other format
 * characters, lone surrogates, every Unicode default-ignorable code point, variation selectors
 * among them), so that two ids that look alike are alike. The rubric builder and the JSON reader
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
    if ((type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK)
        && !isDefaultIgnorable(first)) {
      return new Problem(Fault.MARK, first);
    }
    if (invisible >= 0) {
      return new Problem(Fault.INVISIBLE, invisible);
    }
    return null;
  }

  /**
   * Tells whether a code point cannot be seen: a control, format, unassigned, surrogate (a lone
   * one, as a string holds it), private-use or separator character other than the plain space, or a
   * code point Unicode calls default-ignorable ({@code Default_Ignorable_Code_Point}, among them
   * the variation selectors U+180B–U+180D, U+180F, U+FE00–U+FE0F and U+E0100–U+E01EF, the combining
   * grapheme joiner U+034F and the Hangul fillers).
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
        || type == Character.PARAGRAPH_SEPARATOR
        || isDefaultIgnorable(cp);
  }

  /**
   * The ranges of Unicode's {@code Default_Ignorable_Code_Point} property (DerivedCoreProperties,
   * Unicode 15.1), first and last code point of each, in order. Those of general category Cf or Cn
   * are caught by their category too; the list names them all so that it reads as the standard
   * does.
   */
  private static final int[] DEFAULT_IGNORABLE = {
    0x00AD, 0x00AD, // soft hyphen
    0x034F, 0x034F, // combining grapheme joiner
    0x061C, 0x061C, // Arabic letter mark
    0x115F, 0x1160, // Hangul choseong and jungseong fillers
    0x17B4, 0x17B5, // Khmer inherent vowels
    0x180B, 0x180F, // Mongolian free variation selectors and vowel separator
    0x200B, 0x200F, // zero-width space, joiners, marks
    0x202A, 0x202E, // bidirectional embeddings and overrides
    0x2060, 0x206F, // word joiner, invisible operators, isolates
    0x3164, 0x3164, // Hangul filler
    0xFE00, 0xFE0F, // variation selectors 1-16
    0xFEFF, 0xFEFF, // zero-width no-break space (byte order mark)
    0xFFA0, 0xFFA0, // halfwidth Hangul filler
    0xFFF0, 0xFFF8, // unassigned specials
    0x1BCA0, 0x1BCA3, // shorthand format controls
    0x1D173, 0x1D17A, // musical symbol format controls
    0xE0000, 0xE0FFF // tags and variation selectors 17-256
  };

  /**
   * Tells whether a code point is default-ignorable in Unicode: one that is not shown unless a font
   * or process supports it, the variation selectors among them.
   *
   * @param cp the code point
   * @return true when default-ignorable
   */
  public static boolean isDefaultIgnorable(int cp) {
    if (cp < 0x00AD) {
      return false;
    }
    for (int i = 0; i < DEFAULT_IGNORABLE.length; i += 2) {
      if (cp < DEFAULT_IGNORABLE[i]) {
        return false;
      }
      if (cp <= DEFAULT_IGNORABLE[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a text has nothing to read: empty, or only white space (the no-break and other
   * Unicode spaces among it) and characters that cannot be seen ({@link #isInvisible(int)}), so
   * that a name of one space, one no-break space or one zero-width space counts as blank. Lone
   * surrogates count as invisible.
   *
   * @param s the text
   * @return true when nothing in it can be seen
   */
  public static boolean isBlankText(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp > ' ' && cp < 0x7f) {
        return false;
      }
      if (!Character.isWhitespace(cp) && !isInvisible(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
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
