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
 * An id or code that other parts of a document refer to: not blank, no white space at either end,
 * and no character that cannot be seen (controls, zero-width and other format characters), so that
 * two ids that look alike are alike. Null is valid; combine with {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = IdentifierValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface Identifier {
  /** {@return the message template} */
  String message() default K.IDENTIFIER;

  /** {@return the groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
