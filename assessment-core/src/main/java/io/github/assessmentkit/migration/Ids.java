package io.github.assessmentkit.migration;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Identifiers;
import io.github.assessmentkit.internal.RubricMessages;
import java.util.List;

/**
 * The rule every indicator id of a mapping follows: the rubric's own (not blank, no white space at
 * either end, no leading combining mark, nothing invisible), so that a mapping made in code reads
 * back from its JSON.
 */
final class Ids {
  private Ids() {}

  static void check(String value, String name) {
    Checks.notBlank(value, name);
    Identifiers.Problem p = Identifiers.problem(value);
    if (p != null) {
      throw new InvalidValueException(
          RubricMessages.badIdentifier("indicator id", "รหัสตัวชี้วัด", value, p));
    }
  }

  static List<String> check(List<String> values, String name) {
    List<String> copy = Checks.copy(values, name);
    for (String v : copy) {
      check(v, name);
    }
    return copy;
  }
}
