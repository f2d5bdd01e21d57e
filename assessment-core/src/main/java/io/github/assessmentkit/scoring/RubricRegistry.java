package io.github.assessmentkit.scoring;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.spi.RubricProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
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

  private RubricRegistry(Map<String, Rubric> byRef) {
    this.byRef = Collections.unmodifiableMap(new LinkedHashMap<>(byRef));
  }

  /** {@return an empty builder} */
  public static Builder builder() {
    return new Builder();
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

  /** Builds a {@link RubricRegistry}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Rubric> byRef = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Registers a rubric.
     *
     * @param rubric the rubric
     * @return this builder
     * @throws DuplicateRubricException if its {@code id@version} is already registered
     */
    public Builder register(Rubric rubric) {
      Checks.notNull(rubric, "rubric");
      String ref = rubric.ref().toString();
      if (byRef.putIfAbsent(ref, rubric) != null) {
        throw new DuplicateRubricException(ref);
      }
      return this;
    }

    /**
     * Registers every rubric of a provider.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder register(RubricProvider provider) {
      new ArrayList<>(provider.rubrics()).forEach(this::register);
      return this;
    }

    /**
     * Registers the rubrics of every provider {@link ServiceLoader} finds.
     *
     * @return this builder
     * @throws DuplicateRubricException if two providers supply the same {@code id@version}
     */
    public Builder discover() {
      ServiceLoader.load(RubricProvider.class).forEach(this::register);
      return this;
    }

    /** {@return the immutable registry} */
    public RubricRegistry build() {
      return new RubricRegistry(byRef);
    }
  }
}
