package io.github.assessmentkit.spi;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.RubricRegistryBuilder;
import java.util.List;

/**
 * Supplies criteria sets. A module that ships rubrics implements this interface and declares it
 * with {@code provides io.github.assessmentkit.spi.RubricProvider with ...} (or a {@code
 * META-INF/services} file); {@link RubricRegistryBuilder#discover()} finds it.
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor.
 */
public interface RubricProvider {

  /** {@return a short name for the provider, used in messages} */
  String name();

  /** {@return the rubrics this provider supplies} */
  List<Rubric> rubrics();
}
