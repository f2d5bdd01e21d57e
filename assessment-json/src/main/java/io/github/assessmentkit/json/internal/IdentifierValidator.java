package io.github.assessmentkit.json.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Identifier}; values that are not strings (numbers) pass. Thread-safe. */
public final class IdentifierValidator implements ConstraintValidator<Identifier, Object> {
  /** Creates the validator; Hibernate Validator calls this. */
  public IdentifierValidator() {}

  @Override
  public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
    if (!(value instanceof String s)) {
      return true;
    }
    if (s.isBlank()) {
      return replace(context, K.NOT_BLANK, null);
    }
    if (Character.isWhitespace(s.codePointAt(0))
        || Character.isWhitespace(s.codePointBefore(s.length()))) {
      return replace(context, K.IDENTIFIER_SPACE, null);
    }
    int first = s.codePointAt(0);
    int type = Character.getType(first);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return replace(context, K.IDENTIFIER_MARK, Show.codePoint(first));
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp != ' ' && Show.isInvisible(cp)) {
        return replace(context, K.IDENTIFIER, Show.codePoint(cp));
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean replace(
      ConstraintValidatorContext context, String template, @Nullable String codePoint) {
    HibernateConstraintValidatorContext hv =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hv.disableDefaultConstraintViolation();
    if (codePoint != null) {
      hv.addMessageParameter("codePoint", codePoint);
    }
    hv.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    return false;
  }
}
