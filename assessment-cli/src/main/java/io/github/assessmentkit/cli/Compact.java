package io.github.assessmentkit.cli;

/**
 * Takes the white space out of a JSON text, outside its strings, so that a document fits on one
 * line of a JSON-lines file. Every token is kept as written (numbers keep their digits, strings
 * their escapes), so the line reads back as the same document.
 */
final class Compact {
  private Compact() {}

  /**
   * Removes the white space between the tokens of a well-formed JSON text.
   *
   * @param json a JSON text, such as the codec writes
   * @return the same text on one line
   */
  static String of(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
