package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.text;
import static io.github.assessmentkit.json.internal.Writing.number;

import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.ResultScale;
import io.github.assessmentkit.rubric.ScoringPolicies;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.rubric.WhenNothingCounts;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The scoring policies and the result scale of rubric documents: their records with their Jakarta
 * constraints, how they are read, how they become the model and how they are written.
 *
 * <p>{@code notApplicablePolicy} is a string for the policies without a parameter ({@code
 * "exclude-and-renormalise"}, {@code "exclude-from-maximum"}, {@code "count-as-met"}) and an object
 * for the one with a fraction: {@code {"countAt": 0.6}}. {@code whenMissing} and {@code
 * whenUnknown} are one of {@code "count-as-zero"}, {@code "exclude-and-renormalise"}, {@code
 * "exclude-from-maximum"}; {@code whenNothingCounts} one of {@code "not-applicable"}, {@code
 * "met"}, {@code "not-met"}. {@code resultScale} is {@code {"name": Text, "min": 0, "max": 5}}.
 * Each is left out when not declared (on a rubric: when it is the default), so documents without
 * them stay as they were. Stateless; thread-safe.
 */
final class PolicyDocs {
  /** The JSON names of the not-applicable policies written as a string. */
  static final List<String> PLAIN =
      List.of(
          Obj.jsonName(NotApplicablePolicy.Kind.EXCLUDE_AND_RENORMALISE),
          Obj.jsonName(NotApplicablePolicy.Kind.EXCLUDE_FROM_MAXIMUM),
          Obj.jsonName(NotApplicablePolicy.Kind.COUNT_AS_MET));

  /** How the object form is shown among the allowed values of an unknown policy name. */
  private static final String COUNT_AT_FORM = "{\"countAt\": 0 to 1}";

  private PolicyDocs() {}

  /**
   * A not-applicable policy as read: a kind without a parameter, or the fraction to count at.
   *
   * @param kind the policy's kind
   * @param countAt the fraction for {@link NotApplicablePolicy.Kind#COUNT_AT_FRACTION}, else null
   */
  record NotApplicableDoc(
      NotApplicablePolicy.Kind kind,
      @DecimalMin(value = "0", message = K.FRACTION) @DecimalMax(value = "1", message = K.FRACTION)
          @Nullable BigDecimal countAt) {
    NotApplicablePolicy toModel() {
      return switch (kind) {
        case EXCLUDE_AND_RENORMALISE -> NotApplicablePolicy.EXCLUDE_AND_RENORMALISE;
        case EXCLUDE_FROM_MAXIMUM -> NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM;
        case COUNT_AS_MET -> NotApplicablePolicy.COUNT_AS_MET;
        case COUNT_AT_FRACTION -> NotApplicablePolicy.countAt(Objects.requireNonNull(countAt));
      };
    }
  }

  /**
   * Makes the policies a criterion declares from the properties read.
   *
   * @param notApplicable what a not-applicable part does, or null
   * @param missing what an indicator with no rating does, or null
   * @param unknown what an indicator rated unknown does, or null
   * @param nothingCounts what a criterion where nothing counts means, or null
   * @return the policies; {@link ScoringPolicies#INHERIT} when none is declared
   */
  static ScoringPolicies declared(
      @Nullable NotApplicableDoc notApplicable,
      @Nullable UnratedPolicy missing,
      @Nullable UnratedPolicy unknown,
      @Nullable WhenNothingCounts nothingCounts) {
    if (notApplicable == null && missing == null && unknown == null && nothingCounts == null) {
      return ScoringPolicies.INHERIT;
    }
    return new ScoringPolicies(
        notApplicable == null ? null : notApplicable.toModel(), missing, unknown, nothingCounts);
  }

  /**
   * A result scale as read.
   *
   * @param at the object's place
   * @param name the scale's name
   * @param min the value of a result that earns nothing
   * @param max the value of a result that earns every point
   */
  record ResultScaleDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal min,
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal max) {
    ResultScale toModel() {
      return Located.at(
          at,
          () ->
              new ResultScale(
                  Objects.requireNonNull(name).toModel(),
                  Objects.requireNonNull(min),
                  Objects.requireNonNull(max)));
    }
  }

  /**
   * Reads {@code notApplicablePolicy}: one of {@link #PLAIN}, or {@code {"countAt": fraction}}.
   *
   * @param o the object holding it
   * @return the policy, or null when absent or unreadable
   */
  static @Nullable NotApplicableDoc notApplicable(Obj o) {
    String name = "notApplicablePolicy";
    Node v = o.raw(name);
    if (v == null) {
      return null;
    }
    if (v.isString()) {
      String s = v.stringValue();
      int i = PLAIN.indexOf(s);
      if (i < 0) {
        List<String> allowed = List.of(PLAIN.get(0), PLAIN.get(1), PLAIN.get(2), COUNT_AT_FORM);
        o.issues().add(o.path(name), "value.one-of", s, JsonMessages.oneOf(Show.value(s), allowed));
        return null;
      }
      return new NotApplicableDoc(NotApplicablePolicy.Kind.values()[i], null);
    }
    if (v.isObject()) {
      Obj c = Objects.requireNonNull(o.sub(v, o.where(name)));
      BigDecimal fraction = c.decimal("countAt");
      c.noRest();
      if (fraction == null) {
        Fields.require(c, "countAt");
        return null;
      }
      return new NotApplicableDoc(NotApplicablePolicy.Kind.COUNT_AT_FRACTION, fraction);
    }
    o.issues()
        .add(
            o.path(name),
            "json.type",
            v.isValueNode() ? v.asString() : null,
            JsonMessages.type("a string or an object", "ข้อความหรือออบเจกต์", Obj.kind(v)));
    return null;
  }

  /**
   * Reads {@code resultScale}.
   *
   * @param o the rubric
   * @return the scale, or null when absent or not an object
   */
  static @Nullable ResultScaleDoc resultScale(Obj o) {
    return resultScale(o, "resultScale");
  }

  /**
   * Reads a result scale held under a name: {@code resultScale} on a rubric, {@code scale} in a
   * scorecard's result.
   *
   * @param o the object holding it
   * @param name the property
   * @return the scale, or null when absent or not an object
   */
  static @Nullable ResultScaleDoc resultScale(Obj o, String name) {
    Obj s = o.object(name);
    if (s == null) {
      return null;
    }
    ResultScaleDoc d =
        new ResultScaleDoc(s.where(), text(s, "name"), s.decimal("min"), s.decimal("max"));
    s.noRest();
    return d;
  }

  /**
   * Writes a not-applicable policy: its JSON name, or {@code {"countAt": fraction}}.
   *
   * @param p the policy
   * @param g the generator
   */
  static void writeNotApplicable(NotApplicablePolicy p, JsonGenerator g) {
    BigDecimal fraction = p.fraction();
    if (fraction == null) {
      g.writeStringProperty("notApplicablePolicy", Obj.jsonName(p.kind()));
    } else {
      g.writeObjectPropertyStart("notApplicablePolicy");
      number("countAt", fraction, g);
      g.writeEndObject();
    }
  }

  /**
   * Writes the policies a criterion declares, leaving out those it does not.
   *
   * @param p the declared policies
   * @param g the generator
   */
  static void writeDeclared(ScoringPolicies p, JsonGenerator g) {
    if (p.notApplicable() != null) {
      writeNotApplicable(p.notApplicable(), g);
    }
    if (p.missing() != null) {
      g.writeStringProperty("whenMissing", Obj.jsonName(p.missing()));
    }
    if (p.unknown() != null) {
      g.writeStringProperty("whenUnknown", Obj.jsonName(p.unknown()));
    }
    if (p.nothingCounts() != null) {
      g.writeStringProperty("whenNothingCounts", Obj.jsonName(p.nothingCounts()));
    }
  }

  /**
   * Writes a rubric's policies: the not-applicable policy always, as before; the others only when
   * they differ from the defaults.
   *
   * @param p the rubric's policies, every component present
   * @param g the generator
   */
  static void writeRubricWide(ScoringPolicies p, JsonGenerator g) {
    writeNotApplicable(Objects.requireNonNull(p.notApplicable()), g);
    ScoringPolicies d = ScoringPolicies.DEFAULTS;
    writeDeclared(
        new ScoringPolicies(
            null,
            p.missing() == d.missing() ? null : p.missing(),
            p.unknown() == d.unknown() ? null : p.unknown(),
            p.nothingCounts() == d.nothingCounts() ? null : p.nothingCounts()),
        g);
  }

  /**
   * Writes a result scale.
   *
   * @param s the scale
   * @param g the generator
   */
  static void writeResultScale(ResultScale s, JsonGenerator g) {
    writeResultScale("resultScale", s, g);
  }

  /**
   * Writes a result scale under a name.
   *
   * @param name the property
   * @param s the scale
   * @param g the generator
   */
  static void writeResultScale(String name, ResultScale s, JsonGenerator g) {
    g.writeObjectPropertyStart(name);
    Writing.text("name", s.name(), g);
    number("min", s.min(), g);
    number("max", s.max(), g);
    g.writeEndObject();
  }
}
