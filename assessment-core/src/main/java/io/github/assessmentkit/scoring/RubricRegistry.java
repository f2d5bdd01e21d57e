package io.github.assessmentkit.scoring;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rubrics an application knows, looked up by id (the newest version) or by {@code id@version}.
 * Immutable and thread-safe once built.
 *
 * <pre>{@code
 * RubricRegistry rubrics = RubricRegistry.builder().discover().build();
 * Rubric cqa = rubrics.get("cqa");               // newest version
 * Rubric pinned = rubrics.get("cqa@2025.1");     // exactly that one
 * }</pre>
 */
public final class RubricRegistry {
  private final Map<String, Rubric> byRef;

  RubricRegistry(Map<String, Rubric> byRef) {
    this.byRef = Collections.unmodifiableMap(new LinkedHashMap<>(byRef));
  }

  /** {@return an empty builder} */
  public static RubricRegistryBuilder builder() {
    return new RubricRegistryBuilder();
  }

  /**
   * Looks a rubric up by {@code id@version}, or by {@code id} alone for its newest version
   * (versions compared number by number, so {@code 2025.10} is newer than {@code 2025.9}).
   *
   * @param reference {@code id} or {@code id@version}
   * @return the rubric
   * @throws UnknownRubricException if none matches
   */
  public Rubric get(String reference) {
    Checks.notBlank(reference, "reference");
    if (reference.contains("@")) {
      return get(RubricRef.parse(reference));
    }
    return byRef.values().stream()
        .filter(r -> r.id().equals(reference))
        .max(Comparator.comparing(Rubric::version, RubricRegistry::compareVersions))
        .orElseThrow(() -> new UnknownRubricException(reference, byRef.keySet()));
  }

  /**
   * Looks a rubric up by exact reference.
   *
   * @param ref the reference
   * @return the rubric
   * @throws UnknownRubricException if it is not registered
   */
  public Rubric get(RubricRef ref) {
    Rubric r = byRef.get(ref.toString());
    if (r == null) {
      throw new UnknownRubricException(ref.toString(), byRef.keySet());
    }
    return r;
  }

  /** {@return every registered {@code id@version}, in registration order} */
  public Set<String> references() {
    return byRef.keySet();
  }

  /** {@return every registered rubric, in registration order} */
  public List<Rubric> all() {
    return List.copyOf(byRef.values());
  }

  static int compareVersions(String a, String b) {
    String[] x = a.split("[.\\-]");
    String[] y = b.split("[.\\-]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      String p = i < x.length ? x[i] : "";
      String q = i < y.length ? y[i] : "";
      int c;
      if (p.matches("\\d{1,9}") && q.matches("\\d{1,9}")) {
        c = Integer.compare(Integer.parseInt(p), Integer.parseInt(q));
      } else {
        c = p.compareTo(q);
      }
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
