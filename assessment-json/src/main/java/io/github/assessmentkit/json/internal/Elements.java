package io.github.assessmentkit.json.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every element of a list is present (not null) and, with {@link #identifiers()}, an {@link
 * Identifier}. Checked in one pass over the list; each element at fault is reported at its own
 * place ({@code /ratings/3/evidence/1}) with the rule and message that {@code
 * List<@NotNull @Identifier String>} would give, and the offending element as the violation's
 * dynamic payload. Null is valid; combine with {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = ElementsValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface Elements {
  /** {@return the message template of a missing element} */
  String message() default K.REQUIRED;

  /** {@return the groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /** {@return whether every element must also be an identifier} */
  boolean identifiers() default false;
}
