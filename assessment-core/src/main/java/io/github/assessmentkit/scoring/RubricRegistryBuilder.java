package io.github.assessmentkit.scoring;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.spi.RubricProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Builds a {@link RubricRegistry}; start with {@link RubricRegistry#builder()}.
 *
 * <pre>{@code
 * RubricRegistry rubrics = RubricRegistry.builder().discover().register(myRubric).build();
 * }</pre>
 *
 * <p>Not thread-safe: meant for one thread. {@link #build()} copies what was registered into an
 * immutable registry, so the builder may go on being used afterwards without changing it.
 */
public final class RubricRegistryBuilder {
  private final Map<String, Rubric> byRef = new LinkedHashMap<>();

  RubricRegistryBuilder() {}

  /**
   * Registers a rubric.
   *
   * @param rubric the rubric
   * @return this builder
   * @throws DuplicateRubricException if its {@code id@version} is already registered
   */
  public RubricRegistryBuilder register(Rubric rubric) {
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
   * @throws DuplicateRubricException if one of its rubrics repeats an {@code id@version}
   */
  public RubricRegistryBuilder register(RubricProvider provider) {
    new ArrayList<>(provider.rubrics()).forEach(this::register);
    return this;
  }

  /**
   * Registers the rubrics of every provider {@link ServiceLoader} finds.
   *
   * @return this builder
   * @throws DuplicateRubricException if two providers supply the same {@code id@version}
   */
  public RubricRegistryBuilder discover() {
    ServiceLoader.load(RubricProvider.class).forEach(this::register);
    return this;
  }

  /** {@return an immutable registry of the rubrics registered so far, in the order registered} */
  public RubricRegistry build() {
    return new RubricRegistry(byRef);
  }
}
