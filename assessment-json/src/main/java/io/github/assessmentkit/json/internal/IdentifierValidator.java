package io.github.assessmentkit.json.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Identifier}; values that are not strings (numbers) pass. Thread-safe. */
public final class IdentifierValidator implements ConstraintValidator<Identifier, Object> {
  /** Creates the validator; Hibernate Validator calls this. */
  public IdentifierValidator() {}

  /**
   * What is wrong with a value.
   *
   * @param template the message template
   * @param codePoint the character at fault, for the message, or null
   */
  record Problem(String template, @Nullable String codePoint) {
    /** A missing value. */
    static final Problem MISSING = new Problem(K.REQUIRED, null);

    private static final Problem BLANK = new Problem(K.NOT_BLANK, null);
    private static final Problem SPACE = new Problem(K.IDENTIFIER_SPACE, null);
  }

  @Override
  public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
    if (!(value instanceof String s)) {
      return true;
    }
    Problem problem = problem(s);
    if (problem == null) {
      return true;
    }
    HibernateConstraintValidatorContext hv =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hv.disableDefaultConstraintViolation();
    if (problem.codePoint() != null) {
      hv.addMessageParameter("codePoint", problem.codePoint());
    }
    hv.buildConstraintViolationWithTemplate(problem.template()).addConstraintViolation();
    return false;
  }

  /**
   * Checks an identifier in one pass over its code points, without regular expressions. In order of
   * precedence: blank; white space at either end; a combining mark first; a character that cannot
   * be seen (other than the plain space).
   *
   * @param s the value
   * @return what is wrong, or null when it is a valid identifier
   */
  static @Nullable Problem problem(String s) {
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
      if (invisible < 0 && cp != ' ' && Show.isInvisible(cp)) {
        invisible = cp;
      }
      i += Character.charCount(cp);
    }
    if (blank) {
      return Problem.BLANK;
    }
    int first = s.codePointAt(0);
    if (Character.isWhitespace(first) || Character.isWhitespace(s.codePointBefore(length))) {
      return Problem.SPACE;
    }
    int type = Character.getType(first);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return new Problem(K.IDENTIFIER_MARK, Show.codePoint(first));
    }
    if (invisible >= 0) {
      return new Problem(K.IDENTIFIER, Show.codePoint(invisible));
    }
    return null;
  }
}
