package io.github.assessmentkit.json.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Elements}. Thread-safe once initialised. */
public final class ElementsValidator implements ConstraintValidator<Elements, List<?>> {
  private boolean identifiers;

  /** Creates the validator; Hibernate Validator calls this. */
  public ElementsValidator() {}

  @Override
  public void initialize(Elements annotation) {
    identifiers = annotation.identifiers();
  }

  @Override
  public boolean isValid(@Nullable List<?> list, ConstraintValidatorContext context) {
    if (list == null) {
      return true;
    }
    HibernateConstraintValidatorContext hv = null;
    for (int i = 0; i < list.size(); i++) {
      Object element = list.get(i);
      IdentifierValidator.Problem problem;
      if (element == null) {
        problem = IdentifierValidator.Problem.MISSING;
      } else if (identifiers && element instanceof String s) {
        problem = IdentifierValidator.problem(s);
        if (problem == null) {
          continue;
        }
      } else {
        continue;
      }
      if (hv == null) {
        hv = context.unwrap(HibernateConstraintValidatorContext.class);
        hv.disableDefaultConstraintViolation();
      }
      if (problem.codePoint() != null) {
        hv.addMessageParameter("codePoint", problem.codePoint());
      }
      hv.withDynamicPayload(element)
          .buildConstraintViolationWithTemplate(problem.template())
          .addContainerElementNode("<list element>", List.class, 0)
          .inIterable()
          .atIndex(i)
          .addConstraintViolation();
    }
    return hv == null;
  }
}
