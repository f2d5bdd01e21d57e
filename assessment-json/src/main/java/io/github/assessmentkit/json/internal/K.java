package io.github.assessmentkit.json.internal;

/**
 * The message templates of the structural constraints. Each names a key of the contributor bundle
 * {@code ContributorValidationMessages}; the rule id of a violation is the key without the {@code
 * io.github.assessmentkit.} prefix.
 */
final class K {
  static final String PREFIX = "io.github.assessmentkit.";
  static final String REQUIRED = "{io.github.assessmentkit.value.required}";
  static final String NOT_BLANK = "{io.github.assessmentkit.value.not-blank}";
  static final String NOT_NEGATIVE = "{io.github.assessmentkit.value.not-negative}";
  static final String POSITIVE = "{io.github.assessmentkit.value.positive}";
  static final String AT_LEAST = "{io.github.assessmentkit.value.at-least}";
  static final String AT_MOST = "{io.github.assessmentkit.value.at-most}";
  static final String BELOW_100 = "{io.github.assessmentkit.value.below-100}";
  static final String FRACTION = "{io.github.assessmentkit.value.fraction}";
  static final String OPEN_FRACTION = "{io.github.assessmentkit.value.open-fraction}";
  static final String MIN_ENTRIES = "{io.github.assessmentkit.value.min-entries}";
  static final String SHA256 = "{io.github.assessmentkit.value.sha256}";
  static final String IDENTIFIER = "{io.github.assessmentkit.value.identifier}";
  static final String IDENTIFIER_MARK = "{io.github.assessmentkit.value.identifier-mark}";
  static final String IDENTIFIER_SPACE = "{io.github.assessmentkit.value.identifier-space}";

  private K() {}
}
