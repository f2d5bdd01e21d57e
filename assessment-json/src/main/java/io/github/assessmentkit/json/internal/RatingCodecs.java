package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.number;

import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.scale.RatingValue;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * How a rating's value and state are written, one codec per kind of the sealed {@link RatingValue}
 * (a number or a choice's code) and {@link RatingState} (rated, not applicable, unknown) families,
 * registered in one table each.
 */
final class RatingCodecs {
  /** Every rating value kind's codec. */
  static final Family<RatingValue, ValueCodec<?>> VALUES =
      new Family<>(RatingValue.class, List.of(new NumericValue(), new ChoiceValue()));

  /** Every rating state kind's codec. */
  static final Family<RatingState, StateCodec<?>> STATES =
      new Family<>(RatingState.class, List.of(new Rated(), new NotApplicable(), new Unknown()));

  private RatingCodecs() {}

  /**
   * Writes a rating value as a property: a number, or a choice's code as a string.
   *
   * @param name the property
   * @param value the value
   * @param g the generator
   * @throws IllegalStateException if the value's kind has no codec
   */
  static void writeValue(String name, RatingValue value, JsonGenerator g) {
    writeValue(VALUES.of(value), name, value, g);
  }

  /**
   * Writes a rating's state as its one property: {@code value}, {@code notApplicable} or {@code
   * unknown}.
   *
   * @param state the state
   * @param g the generator
   * @throws IllegalStateException if the state's kind has no codec
   */
  static void writeState(RatingState state, JsonGenerator g) {
    writeState(STATES.of(state), state, g);
  }

  private static <V extends RatingValue> void writeValue(
      ValueCodec<V> codec, String name, RatingValue value, JsonGenerator g) {
    codec.write(name, codec.kind().cast(value), g);
  }

  private static <S extends RatingState> void writeState(
      StateCodec<S> codec, RatingState state, JsonGenerator g) {
    codec.write(codec.kind().cast(state), g);
  }

  /**
   * Writes one kind of rating value.
   *
   * @param <V> the kind
   */
  interface ValueCodec<V extends RatingValue> extends Kind<V> {
    /**
     * Writes the value as a property.
     *
     * @param name the property
     * @param value the value
     * @param g the generator
     */
    void write(String name, V value, JsonGenerator g);
  }

  /**
   * Writes one kind of rating state; its {@link #type()} is the property it is written as.
   *
   * @param <S> the kind
   */
  interface StateCodec<S extends RatingState> extends Kind<S> {
    /**
     * Writes the state as its property.
     *
     * @param state the state
     * @param g the generator
     */
    void write(S state, JsonGenerator g);
  }

  /** A number, written exactly as a plain JSON number. */
  private static final class NumericValue implements ValueCodec<RatingValue.Numeric> {
    @Override
    public String type() {
      return "number";
    }

    @Override
    public Class<RatingValue.Numeric> kind() {
      return RatingValue.Numeric.class;
    }

    @Override
    public void write(String name, RatingValue.Numeric value, JsonGenerator g) {
      number(name, value.number(), g);
    }
  }

  /** A choice, written as its code. */
  private static final class ChoiceValue implements ValueCodec<RatingValue.Choice> {
    @Override
    public String type() {
      return "choice";
    }

    @Override
    public Class<RatingValue.Choice> kind() {
      return RatingValue.Choice.class;
    }

    @Override
    public void write(String name, RatingValue.Choice value, JsonGenerator g) {
      g.writeStringProperty(name, value.code());
    }
  }

  /** Rated: {@code "value"}. */
  private static final class Rated implements StateCodec<RatingState.Rated> {
    @Override
    public String type() {
      return "value";
    }

    @Override
    public Class<RatingState.Rated> kind() {
      return RatingState.Rated.class;
    }

    @Override
    public void write(RatingState.Rated state, JsonGenerator g) {
      writeValue(type(), state.value(), g);
    }
  }

  /** Not applicable: {@code "notApplicable"}, the reason. */
  private static final class NotApplicable implements StateCodec<RatingState.NotApplicable> {
    @Override
    public String type() {
      return "notApplicable";
    }

    @Override
    public Class<RatingState.NotApplicable> kind() {
      return RatingState.NotApplicable.class;
    }

    @Override
    public void write(RatingState.NotApplicable state, JsonGenerator g) {
      g.writeStringProperty(type(), state.reason());
    }
  }

  /** Unknown: {@code "unknown"}, {@code true} or a note. */
  private static final class Unknown implements StateCodec<RatingState.Unknown> {
    @Override
    public String type() {
      return "unknown";
    }

    @Override
    public Class<RatingState.Unknown> kind() {
      return RatingState.Unknown.class;
    }

    @Override
    public void write(RatingState.Unknown state, JsonGenerator g) {
      String note = state.note();
      if (note == null) {
        g.writeBooleanProperty(type(), true);
      } else {
        g.writeStringProperty(type(), note);
      }
    }
  }
}
