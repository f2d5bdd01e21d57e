package io.github.assessmentkit.json.internal;

/**
 * The JSON side of one kind of a sealed model family (a scale, metric, condition, rating value or
 * rating state): the {@code "type"} name it has in a document and the model class it reads and
 * writes. Each kind's codec implements this and is registered in its family's {@link Family} table.
 *
 * @param <M> the model class of the kind
 */
interface Kind<M> {
  /** {@return the kind's name in a document, for example {@code "band"}} */
  String type();

  /** {@return the model class of the kind, for example {@code BandScale.class}} */
  Class<M> kind();
}
