package io.github.assessmentkit.testing;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.spi.RubricProvider;
import java.util.List;

/**
 * A rubric provider for tests, listed in {@code
 * META-INF/services/io.github.assessmentkit.spi.RubricProvider} of the test resources: it supplies
 * the mini award in versions 1 and 2025.9 and the checklist.
 */
public final class TestRubricProvider implements RubricProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} needs a public constructor. */
  public TestRubricProvider() {}

  @Override
  public String name() {
    return "test rubrics";
  }

  @Override
  public List<Rubric> rubrics() {
    return List.of(
        MiniRubrics.award(),
        Rubric.from(MiniRubrics.award()).version("2025.9").build(),
        MiniRubrics.checklist());
  }
}
