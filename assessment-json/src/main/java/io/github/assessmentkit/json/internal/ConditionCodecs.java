package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.ConditionDoc;
import io.github.assessmentkit.rubric.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The condition kinds the JSON format knows, one codec each: {@code compare}, {@code all-of},
 * {@code any-of}, {@code rung-reached}, {@code coverage-at-least}, {@code named} and {@code
 * rated-with}.
 */
final class ConditionCodecs {
  /** Every condition kind's codec. */
  static final Family<Condition, ConditionCodec<?>> FAMILY =
      new Family<>(
          Condition.class,
          List.of(
              new CompareConditionCodec(),
              new AllOfConditionCodec(),
              new AnyOfConditionCodec(),
              new RungReachedConditionCodec(),
              new CoverageAtLeastConditionCodec(),
              new NamedConditionCodec(),
              new RatedWithConditionCodec()));

  private ConditionCodecs() {}

  /**
   * Reads a condition object, reporting a missing or unknown {@code type} and unknown properties.
   *
   * @param c the object
   * @return the record, or null when the type is missing or unknown
   */
  static @Nullable ConditionDoc read(Obj c) {
    String type = Fields.type(c, FAMILY.types());
    if (type == null) {
      return null;
    }
    ConditionDoc doc = FAMILY.known(type).read(c);
    c.noRest();
    return doc;
  }

  /**
   * Reads the {@code conditions} of a condition made of parts, reporting an empty list.
   *
   * @param c the condition object
   * @return the parts (null where unreadable), or null when not an array
   */
  static @Nullable List<@Nullable ConditionDoc> parts(Obj c) {
    List<@Nullable ConditionDoc> parts = c.objects("conditions", ConditionCodecs::read);
    if (parts != null && parts.isEmpty()) {
      Fields.missing(c, "conditions");
    }
    return parts;
  }

  /**
   * Makes a condition from its checked record.
   *
   * @param d the record
   * @return the condition
   */
  static Condition toModel(ConditionDoc d) {
    return FAMILY.known(Objects.requireNonNull(d.type())).toModel(d);
  }

  /**
   * Makes the parts of a condition made of parts.
   *
   * @param d the record
   * @return the parts
   */
  static List<Condition> parts(ConditionDoc d) {
    List<Condition> out = new ArrayList<>();
    for (ConditionDoc c : CommonDocs.present(d.conditions())) {
      out.add(toModel(c));
    }
    return out;
  }

  /**
   * Writes a condition as an object: its {@code type} first, then the properties of its kind.
   *
   * @param condition the condition
   * @param g the generator
   * @throws IllegalStateException if the condition's kind has no codec
   */
  static void write(Condition condition, JsonGenerator g) {
    ConditionCodec<?> codec = FAMILY.of(condition);
    g.writeStartObject();
    g.writeStringProperty("type", codec.type());
    write(codec, condition, g);
    g.writeEndObject();
  }

  /**
   * Writes the parts of a condition made of parts.
   *
   * @param parts the parts
   * @param g the generator
   */
  static void writeParts(List<Condition> parts, JsonGenerator g) {
    g.writeArrayPropertyStart("conditions");
    for (Condition k : parts) {
      write(k, g);
    }
    g.writeEndArray();
  }

  private static <T extends Condition> void write(
      ConditionCodec<T> codec, Condition condition, JsonGenerator g) {
    codec.write(codec.kind().cast(condition), g);
  }
}
