package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.internal.Identifiers;
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
   * Checks an identifier by the rule the core's rubric builder applies too ({@link
   * Identifiers#problem(String)}), naming the message template of what is wrong.
   *
   * @param s the value
   * @return what is wrong, or null when it is a valid identifier
   */
  static @Nullable Problem problem(String s) {
    Identifiers.Problem p = Identifiers.problem(s);
    if (p == null) {
      return null;
    }
    return switch (p.fault()) {
      case BLANK -> Problem.BLANK;
      case SPACE -> Problem.SPACE;
      case MARK -> new Problem(K.IDENTIFIER_MARK, Identifiers.codePoint(p.codePoint()));
      case INVISIBLE -> new Problem(K.IDENTIFIER, Identifiers.codePoint(p.codePoint()));
    };
  }
}
