package io.github.assessmentkit.json.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A name that must have something visible in it, by the rule of a text: one space, one no-break
 * space or one zero-width space alone is blank ({@code value.not-blank}). Null passes.
 */
@Documented
@Constraint(validatedBy = VisibleValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface Visible {
  /** {@return the message template} */
  String message() default K.NOT_BLANK;

  /** {@return the groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
