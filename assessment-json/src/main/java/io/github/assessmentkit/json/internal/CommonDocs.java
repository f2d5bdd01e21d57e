package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.internal.Identifiers;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.text.Text;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Records of shapes shared by every document: bilingual text and provenance. */
final class CommonDocs {
  private CommonDocs() {}

  /**
   * {@code {"th": "...", "en": "..."}}, at least one of them.
   *
   * @param th Thai
   * @param en English
   */
  record TextDoc(@Nullable String th, @Nullable String en) {
    Text toModel() {
      return Text.of(th, en);
    }
  }

  /**
   * {@code {"source": Text, "verified": false, "note": Text}}.
   *
   * @param source the source
   * @param verified whether checked
   * @param note the note
   */
  record ProvenanceDoc(
      @NotNull(message = K.REQUIRED) @Nullable TextDoc source,
      @NotNull(message = K.REQUIRED) @Nullable Boolean verified,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc note) {
    Provenance toModel() {
      return new Provenance(
          Objects.requireNonNull(source).toModel(),
          Objects.requireNonNull(verified),
          Objects.requireNonNull(note).toModel());
    }
  }

  /**
   * Reads a text property.
   *
   * @param o the parent
   * @param name the property
   * @return the text, or null when absent or unreadable
   */
  static @Nullable TextDoc text(Obj o, String name) {
    Obj t = o.object(name);
    return t == null ? null : text(t);
  }

  /**
   * Reads a text object.
   *
   * @param t the object
   * @return the text, or null when neither language is given
   */
  static @Nullable TextDoc text(Obj t) {
    String th = t.string("th");
    String en = t.string("en");
    t.noRest();
    if ((th == null || Identifiers.isBlankText(th))
        && (en == null || Identifiers.isBlankText(en))) {
      if (!t.issues().coveredAt(t.path())) {
        t.issues().add(t.path(), "text.required", null, JsonMessages.textNeeded());
      }
      return null;
    }
    return new TextDoc(th, en);
  }

  /**
   * Reads a text from an array element or map value.
   *
   * @param o any object of the document, for its context
   * @param node the node
   * @param at its place
   * @return the text, or null
   */
  static @Nullable TextDoc text(Obj o, Node node, Where at) {
    Obj t = o.sub(node, at);
    return t == null ? null : text(t);
  }

  /**
   * Reads a provenance property.
   *
   * @param o the parent
   * @param name the property
   * @return the provenance, or null
   */
  static @Nullable ProvenanceDoc provenance(Obj o, String name) {
    Obj p = o.object(name);
    if (p == null) {
      return null;
    }
    ProvenanceDoc d = new ProvenanceDoc(text(p, "source"), p.bool("verified"), text(p, "note"));
    p.noRest();
    return d;
  }

  /**
   * Gives the elements of a list that could be read; in a valid document, all of them.
   *
   * @param <T> the element type
   * @param list the list, or null when unreadable
   * @return the elements that are present
   */
  static <T> List<T> present(@Nullable List<@Nullable T> list) {
    List<T> out = new ArrayList<>(list == null ? 0 : list.size());
    if (list != null) {
      for (T t : list) {
        if (t != null) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /**
   * Gives the elements of a list that could be read, without a copy when all of them could: only
   * for a model constructor that copies the list it is given.
   *
   * @param <T> the element type
   * @param list the list, or null when unreadable
   * @return the list itself when it holds no null, else its elements that are present
   */
  static <T> List<T> presentShared(@Nullable List<@Nullable T> list) {
    if (list == null) {
      return List.of();
    }
    for (T t : list) {
      if (t == null) {
        return present(list);
      }
    }
    return list; // none of its elements is null
  }
}
