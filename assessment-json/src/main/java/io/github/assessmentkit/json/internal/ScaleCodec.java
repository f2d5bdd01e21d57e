package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.scale.Scale;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes one kind of scale: the one file a scale kind needs in the JSON module, next to
 * its model file in the core. Registered in {@link ScaleCodecs}.
 *
 * @param <S> the scale's model class
 */
interface ScaleCodec<S extends Scale> extends Kind<S> {
  /**
   * Reads the scale's properties (its {@code type} already read) into its document record.
   *
   * @param s the scale object
   * @return the record
   */
  Doc read(Obj s);

  /**
   * Writes the scale's properties after its {@code type}.
   *
   * @param scale the scale
   * @param g the generator, inside the scale's object
   */
  void write(S scale, JsonGenerator g);

  /** The record a scale is read into, with its Jakarta constraints. */
  interface Doc {
    /** {@return the scale} */
    Scale toModel();
  }
}
