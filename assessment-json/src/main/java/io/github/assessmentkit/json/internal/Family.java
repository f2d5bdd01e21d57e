package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The codecs of one sealed model family, one per permitted kind: found by a document's {@code
 * "type"} name when reading and by the value's class when writing. A value of a kind with no codec
 * fails loudly rather than being written as something else; {@code EveryKindHasACodecTest} checks
 * that every permitted subtype of each family has one. Immutable and thread-safe.
 *
 * @param <M> the family's sealed model type
 * @param <C> the family's codec type
 */
final class Family<M, C extends Kind<? extends M>> {
  private final Class<M> root;
  private final Map<String, C> byType = new LinkedHashMap<>();
  private final Map<Class<?>, C> byKind = new HashMap<>();
  private final List<String> types;

  /**
   * Registers the codecs of a family.
   *
   * @param root the family's sealed model type
   * @param codecs one codec per kind; their order is the order names are listed in messages
   * @throws IllegalArgumentException if two codecs share a name or a model class
   */
  Family(Class<M> root, List<C> codecs) {
    this.root = root;
    for (C c : codecs) {
      if (byType.put(c.type(), c) != null || byKind.put(c.kind(), c) != null) {
        throw new InvalidValueException(
            JsonMessages.twoCodecs(root.getSimpleName(), c.type(), String.valueOf(c.kind())));
      }
    }
    this.types = List.copyOf(byType.keySet());
  }

  /** {@return the family's sealed model type} */
  Class<M> root() {
    return root;
  }

  /** {@return the kinds' names, in registration order} */
  List<String> types() {
    return types;
  }

  /** {@return the model classes that have a codec} */
  Set<Class<?>> kinds() {
    return Collections.unmodifiableSet(byKind.keySet());
  }

  /** {@return the codecs, in registration order} */
  List<C> codecs() {
    return new ArrayList<>(byType.values());
  }

  /**
   * Finds the codec of a kind by its name in a document.
   *
   * @param type the name
   * @return the codec, or null when no kind has that name
   */
  @Nullable C byType(String type) {
    return byType.get(type);
  }

  /**
   * Finds the codec of a kind by its name, which the reader has already checked.
   *
   * @param type a known name
   * @return the codec
   * @throws IllegalStateException if no kind has that name
   */
  C known(String type) {
    C c = byType.get(type);
    if (c == null) {
      throw new ConflictingStateException(JsonMessages.noKindNamed(root.getSimpleName(), type));
    }
    return c;
  }

  /**
   * Finds the codec of a value's kind.
   *
   * @param value the value
   * @return the codec
   * @throws IllegalStateException if the value's class has no codec: a kind was added to the model
   *     without one
   */
  C of(M value) {
    C c = byKind.get(value.getClass());
    if (c == null) {
      throw new ConflictingStateException(
          JsonMessages.noCodec(root.getSimpleName(), value.getClass().getName()));
    }
    return c;
  }
}
