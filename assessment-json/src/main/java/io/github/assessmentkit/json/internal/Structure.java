package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.text.Text;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Runs the Jakarta constraints of the document records with Hibernate Validator and turns each
 * violation into a {@link io.github.assessmentkit.validation.Violation} with a JSON Pointer, a rule
 * id and messages in both languages.
 *
 * <p>Messages come from the contributor bundle {@code ContributorValidationMessages} through a
 * {@link ParameterMessageInterpolator}, so no Jakarta EL implementation is needed. The validators
 * are built lean (no XML configuration, no provider lookup, every property traversable) and only
 * when needed: the English one when the codec first reads a document, on a background thread so
 * that it overlaps with parsing ({@link ValidatorStart}); the Thai one only when the English one
 * has found something. Thread-safe.
 */
public final class Structure {
  private static final Locale THAI = Locale.forLanguageTag("th");

  private Structure() {}

  /** The validator factory and its English validator, built once, by whichever thread first can. */
  private static final class English {
    static final FutureTask<Built> TASK = new FutureTask<>(Structure::build);

    private English() {}
  }

  /** The Thai validator, made from the English one's factory on first use. */
  private static final class Thai {
    static final Validator VALIDATOR =
        english()
            .factory()
            .usingContext()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(THAI), THAI, false))
            .getValidator();

    private Thai() {}
  }

  /**
   * A validator factory and its English validator.
   *
   * @param factory the factory, holding the records' metadata
   * @param validator the validator with English messages
   */
  private record Built(ValidatorFactory factory, Validator validator) {}

  /**
   * Builds the validator now, unless another thread is already at it (then returns at once); called
   * by {@link ValidatorStart} on its background thread. A failure is left for {@link #check} to
   * meet again and report.
   */
  static void warm() {
    English.TASK.run();
  }

  private static Built english() {
    English.TASK.run();
    try {
      return English.TASK.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConflictingStateException(JsonMessages.validatorInterrupted(), e);
    } catch (ExecutionException e) {
      throw new ConflictingStateException(JsonMessages.validatorFailed(), e.getCause());
    }
  }

  /**
   * Builds the factory: no XML configuration, no provider lookup, every property traversable
   * (without the cache Hibernate Validator keeps for other resolvers), every violation reported,
   * messages from the contributor bundle without Jakarta EL. The records' constraints are read as
   * each record class is first checked. Hibernate Validator's INFO line about its version is kept
   * off standard error ({@link StartupLog}).
   */
  private static Built build() {
    StartupLog.quiet();
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .ignoreXmlConfiguration()
            .failFast(false)
            .traversableResolver(new Traversable())
            .enableTraversableResolverResultCache(false)
            .messageInterpolator(
                new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
            .buildValidatorFactory();
    return new Built(factory, factory.getValidator());
  }

  /** Every property is reachable and cascadable: the records hold no lazy state. */
  private static final class Traversable implements TraversableResolver {
    @Override
    public boolean isReachable(
        Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
      return true;
    }
  }

  /**
   * Validates a document record and records each violation not already covered by one the reader
   * found at the same place.
   *
   * @param root the record
   * @param issues where violations go
   */
  public static void check(Object root, Issues issues) {
    Set<ConstraintViolation<Object>> english = english().validator().validate(root);
    if (english.isEmpty()) {
      return;
    }
    Map<String, Deque<String>> thai = new HashMap<>();
    for (ConstraintViolation<Object> v : Thai.VALIDATOR.validate(root)) {
      thai.computeIfAbsent(key(v), k -> new ArrayDeque<>()).add(v.getMessage());
    }
    List<ConstraintViolation<Object>> sorted = new ArrayList<>(english);
    sorted.sort(
        (a, b) -> {
          int c = Pointer.ORDER.compare(pointer(a.getPropertyPath()), pointer(b.getPropertyPath()));
          return c != 0 ? c : a.getMessageTemplate().compareTo(b.getMessageTemplate());
        });
    for (ConstraintViolation<Object> v : sorted) {
      String path = pointer(v.getPropertyPath());
      if (issues.coveredAt(path)) {
        continue;
      }
      Deque<String> th = thai.get(key(v));
      String thMessage = th == null || th.isEmpty() ? v.getMessage() : th.poll();
      String field = field(v.getPropertyPath());
      issues.add(
          path,
          rule(v.getMessageTemplate()),
          shown(offending(v)),
          Text.of(field + " " + thMessage, field + " " + v.getMessage()));
    }
  }

  private static String key(ConstraintViolation<Object> v) {
    return v.getPropertyPath() + "|" + v.getMessageTemplate();
  }

  /**
   * Gives the rule id of a message template.
   *
   * @param template for example {@code {io.github.assessmentkit.value.not-blank}}
   * @return for example {@code value.not-blank}
   */
  static String rule(String template) {
    String t = template;
    if (t.startsWith("{") && t.endsWith("}")) {
      t = t.substring(1, t.length() - 1);
    }
    return t.startsWith(K.PREFIX) ? t.substring(K.PREFIX.length()) : "value.constraint";
  }

  /**
   * Gives the value at fault: the element an {@link Elements} check names as its dynamic payload,
   * or the constrained value itself.
   */
  private static @Nullable Object offending(ConstraintViolation<Object> v) {
    if (v.getConstraintDescriptor().getAnnotation() instanceof Elements) {
      return v.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Object.class);
    }
    return v.getInvalidValue();
  }

  private static @Nullable String shown(@Nullable Object value) {
    // null is none of these kinds, so it is shown as nothing
    if (value instanceof java.math.BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return null;
  }

  /**
   * Turns a property path such as {@code ratings[3].indicator} into a JSON Pointer such as {@code
   * /ratings/3/indicator}.
   *
   * @param path the property path
   * @return the pointer
   */
  static String pointer(Path path) {
    String out = "";
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          out = Pointer.append(out, node.getIndex());
        } else if (node.getKey() != null) {
          out = Pointer.append(out, node.getKey().toString());
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        out = Pointer.append(out, node.getName());
      }
    }
    return out;
  }

  private static String field(Path path) {
    String name = "value";
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        name = node.getName();
      }
    }
    return name;
  }
}
