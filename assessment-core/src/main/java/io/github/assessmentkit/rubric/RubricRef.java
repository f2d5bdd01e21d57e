package io.github.assessmentkit.rubric;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.RubricMessages;

/**
 * A reference to one version of a rubric, written {@code id@version}, for example {@code
 * cqa@2025.1}.
 *
 * @param id the rubric's id
 * @param version the rubric's version
 */
public record RubricRef(String id, String version) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the rubric's id
   * @param version the rubric's version
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public RubricRef {
    Checks.notBlank(id, "id");
    Checks.notBlank(version, "version");
    if (id.contains("@") || version.contains("@")) {
      throw new InvalidValueException(RubricMessages.atInReference());
    }
  }

  /**
   * Parses {@code id@version}.
   *
   * @param text the reference
   * @return the parsed reference
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static RubricRef parse(String text) {
    Checks.notNull(text, "text");
    int at = text.indexOf('@');
    if (at <= 0 || at == text.length() - 1 || text.lastIndexOf('@') != at) {
      throw new InvalidValueException(RubricMessages.malformedReference(text));
    }
    return new RubricRef(text.substring(0, at), text.substring(at + 1));
  }

  /** {@return {@code id@version}} */
  @Override
  public String toString() {
    return id + "@" + version;
  }
}
