package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.internal.Identifiers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Visible}, as the model checks a name. Thread-safe. */
public final class VisibleValidator implements ConstraintValidator<Visible, String> {
  /** Creates the validator; Hibernate Validator calls this. */
  public VisibleValidator() {}

  /**
   * Tells whether a name has something visible in it.
   *
   * @param value the name, or null
   * @param context the context
   * @return true for null or a name with a visible character
   */
  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || !Identifiers.isBlankText(value);
  }
}
