package io.github.assessmentkit.report.internal;

/**
 * Escaping of text from a rubric or an assessment where the templates' own escaping is not used.
 */
public final class Escape {
  private Escape() {}

  /**
   * Escapes text for XML or HTML content and for a double- or single-quoted attribute: {@code & < >
   * " '} become references, and control characters other than tab, line feed and carriage return
   * (not allowed in XML) are dropped.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Escapes text for one line of Markdown, a table cell included: every character that Markdown or
   * its HTML pass-through would read ({@code \ ` * _ { } [ ] ( ) # + - . ! | < > & ~ "}) is made
   * literal, and line breaks become spaces, so the text reads as written and nothing in it becomes
   * a link, an image, markup or HTML.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\n', '\r', '\t' -> out.append(' ');
        case '\\',
            '`',
            '*',
            '_',
            '{',
            '}',
            '[',
            ']',
            '(',
            ')',
            '#',
            '+',
            '-',
            '.',
            '!',
            '|',
            '~',
            ':' ->
            out.append('\\').append(c);
        default -> {
          if (c >= 0x20) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Guards a spreadsheet cell against being read as a formula: a text starting with {@code = + - @}
   * or a tab or carriage return gets a leading apostrophe, as spreadsheets themselves do.
   *
   * @param text the cell's text
   * @return the text, guarded
   */
  public static String cell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
